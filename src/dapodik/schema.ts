// The Dapodik WebService's answers, as far as this tool reads them: one zod schema per
// endpoint, of the shape the public clients document (dapodix/dapodik-webservice,
// ardianryan/dapodik-sdk). Only the fields used are declared; Dapodik adds fields between
// versions, and unknown ones are ignored. This is the one reader of those answers,
// whether they come from the server or from a folder of saved responses.
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { hasControl } from '../core/visible.js';
import { NPSN } from '../domain/export-format.js';
import { MAX_GRADE, MIN_GRADE, type SchoolLevel } from '../domain/respondent-types.js';
import { t } from '../i18n/index.js';
import { mayHoldLoneSurrogate, parseJsonText, refuseLoneSurrogates, tryParseJson } from '../io/json.js';
import { configureZodLocale, formatPath } from '../io/validate-export.js';

/** The four answers a plan is made from, in the order they are asked and saved. */
export const ENDPOINTS = ['getSekolah', 'getGtk', 'getPesertaDidik', 'getRombonganBelajar'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((s) => !hasControl(s), { message: 'control' });
const name = z.string().max(512);
const optionalText = z.string().max(512).nullish();
/** Dapodik sends grades as strings ("4"); some versions as numbers. Out of 1–13 (PAUD, "99"): no grade. */
const grade = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => {
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(n) && n >= MIN_GRADE && n <= MAX_GRADE ? n : null;
  });

const sekolahRow = z.object({
  sekolah_id: id,
  npsn: z.string().trim().regex(NPSN),
  nama: z.string().trim().min(1).max(512),
  bentuk_pendidikan_id_str: z.string().trim().min(1).max(64),
  kabupaten_kota: optionalText,
  provinsi: optionalText,
});

/**
 * A student's NISN, the login the PMP application gives them: 10 digits. A number loses
 * its leading zeros in some exports, so up to 10 digits are padded; anything else
 * (missing, empty, letters, too long) is null: the application will not copy them.
 */
const nisn = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => {
    const text =
      typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? String(value).padStart(10, '0') : typeof value === 'string' ? value.trim() : '';
    return /^\d{10}$/.test(text) ? text : null;
  });

/** A teacher's email in Dapodik (their PMP login). Absent from the WebService's usual answer. */
const email = z
  .string()
  .nullish()
  .transform((value) => (value === undefined ? undefined : value !== null && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? value.trim() : null));

const gtkRow = z.object({
  ptk_id: id,
  nama: name,
  jenis_ptk_id_str: optionalText,
  email,
});

const studentRow = z.object({
  peserta_didik_id: id,
  nama: name,
  tingkat_pendidikan_id: grade,
  nisn,
  rombongan_belajar_id: id.nullish(),
  nama_rombel: optionalText,
  nama_ayah: optionalText,
  nama_ibu: optionalText,
});

const rombelRow = z.object({
  rombongan_belajar_id: id,
  nama: name,
  tingkat_pendidikan_id: grade,
  ptk_id: id.nullish(),
  pembelajaran: z.array(z.object({ ptk_id: id.nullish(), mata_pelajaran_id_str: optionalText })).nullish(),
});

const envelope = <T extends z.ZodType>(rows: T) =>
  z.object({
    results: z.number().int().min(0),
    rows,
  });

const schemas = {
  // getSekolah answers with one object; a one-element list is read the same.
  getSekolah: envelope(
    z.union([
      sekolahRow,
      z
        .array(sekolahRow)
        .length(1)
        .transform(([row]) => row as z.output<typeof sekolahRow>),
    ]),
  ),
  getGtk: envelope(z.array(gtkRow)),
  getPesertaDidik: envelope(z.array(studentRow)),
  getRombonganBelajar: envelope(z.array(rombelRow)),
} as const;

export type SekolahRow = z.output<typeof sekolahRow>;
export type GtkRow = z.output<typeof gtkRow>;
export type StudentRow = z.output<typeof studentRow>;
export type RombelRow = z.output<typeof rombelRow>;

export interface Answers {
  getSekolah: SekolahRow;
  getGtk: GtkRow[];
  getPesertaDidik: StudentRow[];
  getRombonganBelajar: RombelRow[];
}

/** The refusals Dapodik answers in plain text, and what each means. */
const REFUSALS: ReadonlyArray<{ match: RegExp; kode: string; key: 'dapodik.err.token' | 'dapodik.err.npsnMissing' | 'dapodik.err.schoolNotFound' }> = [
  { match: /access denied|not authori[sz]ed/i, kode: 'DAPODIK_TOKEN_DITOLAK', key: 'dapodik.err.token' },
  { match: /parameter npsn/i, kode: 'DAPODIK_NPSN_KOSONG', key: 'dapodik.err.npsnMissing' },
  { match: /sekolah tidak ditemukan/i, kode: 'DAPODIK_SEKOLAH_TIDAK_ADA', key: 'dapodik.err.schoolNotFound' },
];

/** A refusal text in `body`, as the error to throw; undefined when the body is not one. */
export function refusalIn(body: string, where: string): InputError | undefined {
  const head = body.slice(0, 2000);
  if (/^\s*[[{]/.test(head)) return undefined;
  const refusal = REFUSALS.find((r) => r.match.test(head));
  return refusal ? new InputError(refusal.kode, t(refusal.key, { where }), where) : undefined;
}

/**
 * The answer of `endpoint` in `body` (the text the server sent, or a saved file's), or an
 * InputError naming `where` (the endpoint at an address, or the file) and the field.
 */
export function parseAnswer<E extends Endpoint>(endpoint: E, body: string, where: string): Answers[E] {
  const refusal = refusalIn(body, where);
  if (refusal) throw refusal;
  const trimmed = body.trimStart();
  if (trimmed.startsWith('<')) throw new InputError('DAPODIK_BUKAN_DATA', t('dapodik.err.html', { where }), where);
  if (!/^[[{]/.test(trimmed)) throw new InputError('DAPODIK_BUKAN_DATA', t('dapodik.err.notJson', { where }), where);
  // The schemas read a fixed, shallow shape (unknown fields are dropped, not walked), so
  // JSON.parse alone is safe here; its failures are worded by parseJsonText.
  const value = tryParseJson(body) ?? parseJsonText(body, where);
  if (mayHoldLoneSurrogate(body)) refuseLoneSurrogates(value, where);
  configureZodLocale();
  const parsed = schemas[endpoint].safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? formatPath(issue.path, value) : t('schema.root');
    throw new InputError('DAPODIK_JAWABAN_TIDAK_SAH', t('dapodik.err.shape', { where, field, message: issue?.message ?? '' }), where);
  }
  const { results, rows } = parsed.data;
  const received = Array.isArray(rows) ? rows.length : 1;
  // A paged or cut-off answer: planning on part of a roster would pick the wrong people.
  if (results > received) throw new InputError('DAPODIK_JAWABAN_TERPOTONG', t('dapodik.err.partial', { where, results, received }), where);
  return rows as Answers[E];
}

/** The PMP level of a Dapodik `bentuk_pendidikan_id_str`, or undefined (PAUD, PKBM, …). */
export function levelOf(bentuk: string): SchoolLevel | undefined {
  const key = bentuk.trim().toUpperCase();
  if (key === 'SD' || key === 'SMP' || key === 'SMA' || key === 'SMK') return key;
  if (key === 'SLB' || key === 'SDLB' || key === 'SMPLB' || key === 'SMALB') return 'SLB';
  return undefined;
}
