// A fast, zod-free validator for the common case: a well-formed school export. It
// either returns exactly what `schoolExportSchema.parse` returns (same values, same key
// order, same defaults and trimming) or `undefined`, and then the zod schema — still the
// single authority — decides and explains. It never rejects what zod would accept with
// a different answer: anything unusual is simply left to zod. Zod's construction and
// its per-value overhead were most of `check`'s start-up and batch time.
import type { Question, Respondent, SchoolExport } from './export-schema.js';
import { EXPORT_FORMAT, ISO_INSTANT, MAX_NAME_LENGTH, MAX_VERSION_LENGTH, NPSN, UUID } from './export-format.js';
import { COMMITTEE_ROLES, MAX_GRADE, MIN_GRADE, RESPONDENT_TYPES, SCHOOL_LEVELS, TEACHER_ROLES } from './respondent-types.js';
import { isValidZone } from './zone-name.js';

type Obj = Record<string, unknown>;

/** A plain object, as JSON.parse makes them (anything else is left to zod). */
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Every own key of `o` is one of `allowed` (a strict object). */
function onlyKeys(o: Obj, allowed: readonly string[]): boolean {
  for (const key in o) if (!allowed.includes(key)) return false;
  return true;
}

/** zod's `z.string().trim().min(1)`: the trimmed string, or undefined. */
function nonEmpty(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const trimmed = v.trim();
  return trimmed.length >= 1 ? trimmed : undefined;
}

const isGrade = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= MIN_GRADE && v <= MAX_GRADE;
const optionalString = (o: Obj, key: string) => !(key in o) || typeof o[key] === 'string';

const FAIL = Symbol('fail');

const ROOT_KEYS = ['format', 'aplikasi', 'diekspor', 'sekolah', 'instrumen', 'responden'];
const SCHOOL_KEYS = ['sekolah_id', 'npsn', 'nama', 'bentuk_pendidikan', 'kabupaten_kota', 'provinsi', 'zona_waktu'];
const QUESTION_KEYS = ['id', 'wajib', 'pilihan', 'teks'];
const KEYS_BY_TYPE: Record<string, readonly string[]> = {
  kepala_sekolah: ['id', 'nama', 'jawaban', 'jenis'],
  pendidik: ['id', 'nama', 'jawaban', 'jenis', 'peran', 'tingkat'],
  peserta_didik: ['id', 'nama', 'jawaban', 'jenis', 'tingkat'],
  komite_sekolah: ['id', 'nama', 'jawaban', 'jenis', 'peran'],
  pengawas: ['id', 'nama', 'jawaban', 'jenis'],
};

function question(v: unknown): Question | typeof FAIL {
  if (!isObject(v) || !onlyKeys(v, QUESTION_KEYS)) return FAIL;
  const id = nonEmpty(v.id);
  if (id === undefined) return FAIL;
  const wajib = 'wajib' in v ? v.wajib : true;
  if (typeof wajib !== 'boolean') return FAIL;
  const out: Question = { id, wajib };
  if ('pilihan' in v) {
    const p = v.pilihan;
    if (!Array.isArray(p) || p.length < 1) return FAIL;
    for (const choice of p) if (typeof choice !== 'string') return FAIL;
    out.pilihan = p.slice() as string[];
  }
  if ('teks' in v) {
    if (typeof v.teks !== 'string') return FAIL;
    out.teks = v.teks;
  }
  return out;
}

function instrument(v: unknown): { pertanyaan: Question[] } | typeof FAIL {
  if (!isObject(v) || !onlyKeys(v, ['pertanyaan']) || !Array.isArray(v.pertanyaan)) return FAIL;
  const seen = new Set<string>();
  const pertanyaan: Question[] = [];
  for (const raw of v.pertanyaan) {
    const q = question(raw);
    if (q === FAIL || seen.has(q.id)) return FAIL;
    seen.add(q.id);
    pertanyaan.push(q);
  }
  return { pertanyaan };
}

/**
 * The answers, as zod returns them: a copy with the same keys in the same order. With
 * `reuse` (the caller owns the parsed value and drops it) the object itself is returned:
 * equal in every way, and copying thousands of answers was the validator's main cost.
 */
function answers(v: unknown, reuse: boolean): Record<string, string | null> | typeof FAIL {
  if (!isObject(v)) return FAIL;
  for (const key in v) {
    // zod assigns keys one by one, so "__proto__" would not survive as a key: leave it to zod.
    if (key === '__proto__') return FAIL;
    const value = v[key];
    if (typeof value !== 'string' && value !== null) return FAIL;
  }
  return reuse ? (v as Record<string, string | null>) : { ...(v as Record<string, string | null>) };
}

function respondent(v: unknown, reuse: boolean): Respondent | typeof FAIL {
  if (!isObject(v)) return FAIL;
  const jenis = v.jenis;
  // Own keys only: `"jenis": "__proto__"` must not find Object.prototype.
  const keys = typeof jenis === 'string' && Object.hasOwn(KEYS_BY_TYPE, jenis) ? KEYS_BY_TYPE[jenis] : undefined;
  if (keys === undefined || !onlyKeys(v, keys)) return FAIL;
  const id = nonEmpty(v.id);
  if (id === undefined || !optionalString(v, 'nama')) return FAIL;
  const jawaban = answers(v.jawaban, reuse);
  if (jawaban === FAIL) return FAIL;
  // Keys in the schema's order: id, nama?, jawaban, jenis, peran?, tingkat?.
  const out: Obj = { id };
  if ('nama' in v) out.nama = v.nama;
  out.jawaban = jawaban;
  out.jenis = jenis;
  if (jenis === 'pendidik') {
    const peran = v.peran;
    if (!(TEACHER_ROLES as readonly unknown[]).includes(peran)) return FAIL;
    out.peran = peran;
    if ('tingkat' in v) {
      if (!isGrade(v.tingkat) || (peran !== 'guru_kelas' && peran !== 'guru_mapel')) return FAIL;
      out.tingkat = v.tingkat;
    } else if (peran === 'guru_kelas') return FAIL;
  } else if (jenis === 'peserta_didik') {
    if (!isGrade(v.tingkat)) return FAIL;
    out.tingkat = v.tingkat;
  } else if (jenis === 'komite_sekolah') {
    if (!(COMMITTEE_ROLES as readonly unknown[]).includes(v.peran)) return FAIL;
    out.peran = v.peran;
  }
  return out as unknown as Respondent;
}

const tooLong = (v: unknown) => typeof v === 'string' && v.length > MAX_NAME_LENGTH;

function school(v: unknown): SchoolExport['sekolah'] | typeof FAIL {
  if (!isObject(v) || !onlyKeys(v, SCHOOL_KEYS)) return FAIL;
  const { sekolah_id, npsn, bentuk_pendidikan } = v;
  if (typeof sekolah_id !== 'string' || !UUID.test(sekolah_id)) return FAIL;
  if (typeof npsn !== 'string' || !NPSN.test(npsn)) return FAIL;
  const nama = nonEmpty(v.nama);
  if (nama === undefined || nama.length > MAX_NAME_LENGTH) return FAIL;
  if (!(SCHOOL_LEVELS as readonly unknown[]).includes(bentuk_pendidikan)) return FAIL;
  if (!optionalString(v, 'kabupaten_kota') || !optionalString(v, 'provinsi')) return FAIL;
  if (tooLong(v.kabupaten_kota) || tooLong(v.provinsi)) return FAIL;
  const zone = 'zona_waktu' in v ? v.zona_waktu : 'Asia/Jakarta';
  if (typeof zone !== 'string' || !isValidZone(zone)) return FAIL;
  const out: Obj = { sekolah_id: sekolah_id.toLowerCase(), npsn, nama, bentuk_pendidikan };
  if ('kabupaten_kota' in v) out.kabupaten_kota = v.kabupaten_kota;
  if ('provinsi' in v) out.provinsi = v.provinsi;
  out.zona_waktu = zone;
  return out as SchoolExport['sekolah'];
}

/**
 * The validated export, exactly as the zod schema would return it; undefined: ask zod.
 * `reuse`: the caller owns `value` and will not use it again, so answer objects may be
 * shared with it instead of copied.
 */
export function fastValidateExport(value: unknown, options: { reuse?: boolean } = {}): SchoolExport | undefined {
  const reuse = options.reuse === true;
  if (!isObject(value) || !onlyKeys(value, ROOT_KEYS) || value.format !== EXPORT_FORMAT) return undefined;
  const { aplikasi } = value;
  if (!isObject(aplikasi) || !onlyKeys(aplikasi, ['versi']) || typeof aplikasi.versi !== 'string') return undefined;
  if (aplikasi.versi.length > MAX_VERSION_LENGTH) return undefined;
  if ('diekspor' in value && (typeof value.diekspor !== 'string' || !ISO_INSTANT.test(value.diekspor))) return undefined;
  const sekolah = school(value.sekolah);
  if (sekolah === FAIL) return undefined;
  const rawInstruments = value.instrumen;
  if (!isObject(rawInstruments) || !onlyKeys(rawInstruments, RESPONDENT_TYPES)) return undefined;
  const instrumen: Obj = {};
  for (const type of RESPONDENT_TYPES) {
    const parsed = instrument(rawInstruments[type]);
    if (parsed === FAIL) return undefined;
    instrumen[type] = parsed;
  }
  if (!Array.isArray(value.responden)) return undefined;
  const responden: Respondent[] = [];
  for (const raw of value.responden) {
    const r = respondent(raw, reuse);
    if (r === FAIL) return undefined;
    responden.push(r);
  }
  const out: Obj = { format: EXPORT_FORMAT, aplikasi: { versi: aplikasi.versi } };
  if ('diekspor' in value) out.diekspor = value.diekspor;
  out.sekolah = sekolah;
  out.instrumen = instrumen;
  out.responden = responden;
  return out as unknown as SchoolExport;
}
