// A fast, zod-free validator for the common case: a well-formed school export. It
// either returns exactly what `schoolExportSchema.parse` returns (same values, same key
// order, same defaults and trimming) or `undefined`, and then the zod schema — still the
// single authority — decides and explains. It never rejects what zod would accept with
// a different answer: anything unusual is simply left to zod. Zod's construction and
// its per-value overhead were most of `check`'s start-up and batch time.
import { scanAnswers, type AnswerTally, type QuestionIndex } from './answer-scan.js';
import type { Question, Respondent, SchoolExport } from './export-schema.js';
import {
  EXPORT_FORMAT,
  ISO_INSTANT,
  MAX_NAME_LENGTH,
  MAX_VERSION_LENGTH,
  NPSN,
  QUESTION_KEYS,
  RESPONDENT_KEYS,
  ROOT_KEYS,
  SCHOOL_KEYS,
  UUID,
} from './export-format.js';
import { COMMITTEE_ROLES, MAX_GRADE, MIN_GRADE, RESPONDENT_TYPES, SCHOOL_LEVELS, TEACHER_ROLES } from './respondent-types.js';
import { isValidZone } from './zone-name.js';
import { hasControl } from '../core/visible.js';

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

/** The schema's `identifier`: non-empty once trimmed, no control characters. */
function identifier(v: unknown): string | undefined {
  const id = nonEmpty(v);
  return id === undefined || hasControl(id) ? undefined : id;
}

const isGrade = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= MIN_GRADE && v <= MAX_GRADE;
const optionalString = (o: Obj, key: string) => !(key in o) || typeof o[key] === 'string';

const FAIL = Symbol('fail');

const KEYS_BY_TYPE: Record<string, readonly string[]> = RESPONDENT_KEYS;

/** Where each question key stands in zod's output order (id, wajib, pilihan, teks). */
const QUESTION_KEY_ORDER = new Map<string, number>(QUESTION_KEYS.map((key, at) => [key, at]));

function question(v: unknown, reuse: boolean): Question | typeof FAIL {
  if (!isObject(v)) return FAIL;
  let last = -1;
  let ordered = true;
  for (const key in v) {
    const at = QUESTION_KEY_ORDER.get(key);
    if (at === undefined) return FAIL;
    if (at < last) ordered = false;
    last = at;
  }
  const id = identifier(v.id);
  if (id === undefined) return FAIL;
  const wajib = 'wajib' in v ? v.wajib : true;
  if (typeof wajib !== 'boolean') return FAIL;
  if ('pilihan' in v) {
    const p = v.pilihan;
    if (!Array.isArray(p) || p.length < 1) return FAIL;
    for (const choice of p) if (typeof choice !== 'string') return FAIL;
  }
  if ('teks' in v && typeof v.teks !== 'string') return FAIL;
  // Already exactly what zod returns (keys in its order, id trimmed, wajib given): with
  // `reuse`, share it, as the answers are; a district has hundreds of thousands.
  if (reuse && ordered && id === v.id && 'wajib' in v) return v as unknown as Question;
  const out: Question = { id, wajib };
  if ('pilihan' in v) out.pilihan = (v.pilihan as string[]).slice();
  if ('teks' in v) out.teks = v.teks as string;
  return out;
}

function instrument(v: unknown, reuse: boolean): { pertanyaan: Question[]; index: QuestionIndex } | typeof FAIL {
  if (!isObject(v) || !onlyKeys(v, ['pertanyaan']) || !Array.isArray(v.pertanyaan)) return FAIL;
  const byId = new Map<string, Question>();
  let required = 0;
  const pertanyaan: Question[] = [];
  for (const raw of v.pertanyaan) {
    const q = question(raw, reuse);
    if (q === FAIL || byId.has(q.id)) return FAIL;
    byId.set(q.id, q);
    if (q.wajib) required++;
    pertanyaan.push(q);
  }
  return { pertanyaan, index: { byId, required } };
}

/**
 * The answers, as zod returns them: a copy with the same keys in the same order. With
 * `reuse` (the caller owns the parsed value and drops it) the object itself is returned:
 * equal in every way, and copying thousands of answers was the validator's main cost.
 * The values are checked by the same pass that tallies them for readiness.
 */
function answers(v: unknown, index: QuestionIndex, reuse: boolean): { jawaban: Record<string, string | null>; tally: AnswerTally } | typeof FAIL {
  if (!isObject(v)) return FAIL;
  const tally = scanAnswers(v, index);
  if (tally === undefined) return FAIL;
  const jawaban = v as Record<string, string | null>;
  return { jawaban: reuse ? jawaban : { ...jawaban }, tally };
}

function respondent(v: unknown, indexes: ReadonlyMap<string, QuestionIndex>, reuse: boolean): { r: Respondent; tally: AnswerTally } | typeof FAIL {
  if (!isObject(v)) return FAIL;
  const jenis = v.jenis;
  // Own keys only: `"jenis": "__proto__"` must not find Object.prototype.
  const keys = typeof jenis === 'string' && Object.hasOwn(KEYS_BY_TYPE, jenis) ? KEYS_BY_TYPE[jenis] : undefined;
  if (keys === undefined || !onlyKeys(v, keys)) return FAIL;
  const id = identifier(v.id);
  if (id === undefined || !optionalString(v, 'nama')) return FAIL;
  const scanned = answers(v.jawaban, indexes.get(jenis as string) as QuestionIndex, reuse);
  if (scanned === FAIL) return FAIL;
  // Keys in the schema's order: id, nama?, jawaban, jenis, peran?, tingkat?.
  const out: Obj = { id };
  if ('nama' in v) out.nama = v.nama;
  out.jawaban = scanned.jawaban;
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
  return { r: out as unknown as Respondent, tally: scanned.tally };
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

/** A validated export with, per respondent (same index), its answers tallied for readiness. */
export interface TalliedExport {
  data: SchoolExport;
  tallies: AnswerTally[];
}

function validate(value: unknown, reuse: boolean): TalliedExport | undefined {
  if (!isObject(value) || !onlyKeys(value, ROOT_KEYS) || value.format !== EXPORT_FORMAT) return undefined;
  const { aplikasi } = value;
  if (!isObject(aplikasi) || !onlyKeys(aplikasi, ['versi']) || typeof aplikasi.versi !== 'string') return undefined;
  if (aplikasi.versi.length > MAX_VERSION_LENGTH || hasControl(aplikasi.versi)) return undefined;
  if ('diekspor' in value && (typeof value.diekspor !== 'string' || !ISO_INSTANT.test(value.diekspor))) return undefined;
  const sekolah = school(value.sekolah);
  if (sekolah === FAIL) return undefined;
  const rawInstruments = value.instrumen;
  if (!isObject(rawInstruments) || !onlyKeys(rawInstruments, RESPONDENT_TYPES)) return undefined;
  const instrumen: Obj = {};
  const indexes = new Map<string, QuestionIndex>();
  for (const type of RESPONDENT_TYPES) {
    const parsed = instrument(rawInstruments[type], reuse);
    if (parsed === FAIL) return undefined;
    instrumen[type] = { pertanyaan: parsed.pertanyaan };
    indexes.set(type, parsed.index);
  }
  if (!Array.isArray(value.responden)) return undefined;
  const responden: Respondent[] = [];
  const tallies: AnswerTally[] = [];
  for (const raw of value.responden) {
    const checked = respondent(raw, indexes, reuse);
    if (checked === FAIL) return undefined;
    responden.push(checked.r);
    tallies.push(checked.tally);
  }
  const out: Obj = { format: EXPORT_FORMAT, aplikasi: { versi: aplikasi.versi } };
  if ('diekspor' in value) out.diekspor = value.diekspor;
  out.sekolah = sekolah;
  out.instrumen = instrumen;
  out.responden = responden;
  return { data: out as unknown as SchoolExport, tallies };
}

/**
 * The validated export, exactly as the zod schema would return it; undefined: ask zod.
 * `reuse`: the caller owns `value` and will not use it again, so answer objects may be
 * shared with it instead of copied.
 */
export function fastValidateExport(value: unknown, options: { reuse?: boolean } = {}): SchoolExport | undefined {
  return validate(value, options.reuse === true)?.data;
}

/**
 * `fastValidateExport` for a value the caller owns and drops (answer objects shared),
 * with the answers already tallied, so readiness need not walk them again.
 */
export function fastValidateTallied(value: unknown): TalliedExport | undefined {
  return validate(value, true);
}
