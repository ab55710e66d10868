// What a progress sheet's words mean: column names in Indonesian or English, whatever
// their case, spacing or punctuation; respondent types (a column or the sheet's name);
// roles; grades; and completion as a tick, a word or a share. Pure.
import { RESPONDENT_TYPES, type CommitteeRole, type RespondentType, type TeacherRole } from '../../domain/respondent-types.js';
import { inEveryLang, type MessageKey } from '../../i18n/index.js';
import type { SheetCell } from './sheet.js';

/** "Selesai mengisi (✓)" → "selesai_mengisi": lower case, notes in brackets gone, "_" between words. */
export function normalise(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

export type Field = 'nama' | 'jenis' | 'kelas' | 'peran' | 'id' | 'login' | 'selesai' | 'progres' | 'terdaftar';

const FIELDS: Record<Field, readonly string[]> = {
  nama: ['nama', 'nama_lengkap', 'nama_responden', 'nama_pengguna', 'name', 'full_name'],
  jenis: ['jenis_responden', 'jenis', 'jenis_pengguna', 'respondent_type', 'type'],
  kelas: ['kelas', 'tingkat', 'tingkat_pendidikan', 'grade'],
  peran: ['peran', 'role', 'jabatan'],
  id: ['id', 'id_di_dapodik', 'id_dapodik', 'dapodik_id', 'nisn', 'email', 'nuptk', 'nik', 'username', 'login'],
  login: [],
  selesai: ['selesai_mengisi', 'selesai', 'status', 'konfirmasi', 'status_konfirmasi', 'sudah_konfirmasi', 'done', 'finished', 'completed', 'confirmed'],
  progres: ['progres', 'progress', 'persentase', 'persen', 'percentage', 'kemajuan'],
  terdaftar: ['didaftarkan_di_pmp', 'didaftarkan', 'terdaftar', 'registered', 'registered_in_pmp'],
};

/** The field a column name means: exact names first, then a column naming two identities ("NISN / Email"). */
export function fieldOf(header: string): Field | undefined {
  const key = normalise(header);
  if (key === '') return undefined;
  for (const field of Object.keys(FIELDS) as Field[]) if (FIELDS[field].includes(key)) return field;
  const words = key.split('_');
  if (words.filter((w) => ['nisn', 'email', 'nuptk', 'nik', 'id'].includes(w)).length >= 1 && words.length <= 5) return 'login';
  return undefined;
}

/** The columns of a header row, by field (the first column of each field counts). */
export function mapHeader(cells: readonly SheetCell[]): Map<Field, number> {
  const map = new Map<Field, number>();
  cells.forEach((cell, index) => {
    if (typeof cell.value !== 'string') return;
    const field = fieldOf(cell.value);
    if (field && !map.has(field)) map.set(field, index);
  });
  return map;
}

/** A header row names a person and a completion. */
export function isHeader(map: Map<Field, number>): boolean {
  return map.has('nama') && (map.has('selesai') || map.has('progres'));
}

const TYPE_WORDS: Record<RespondentType, readonly string[]> = {
  kepala_sekolah: ['kepala_sekolah', 'kepsek', 'principal', 'head_teacher', 'headmaster'],
  pendidik: ['pendidik', 'guru', 'ptk', 'gtk', 'teacher', 'teachers'],
  peserta_didik: ['peserta_didik', 'siswa', 'murid', 'student', 'students', 'pd'],
  komite_sekolah: ['komite_sekolah', 'komite', 'school_committee', 'committee'],
  pengawas: ['pengawas', 'pengawas_sekolah', 'pengawas_pembina', 'supervisor'],
};

/** A respondent type from a word or a sheet's name, in either language. */
export function typeFrom(text: string): RespondentType | undefined {
  const key = normalise(text);
  for (const type of RESPONDENT_TYPES) {
    const names = [...TYPE_WORDS[type], ...inEveryLang(`check.type.${type}` as MessageKey).map(normalise)];
    if (names.includes(key)) return type;
  }
  return undefined;
}

export function teacherRole(text: string): TeacherRole {
  const key = normalise(text);
  if (/kelas|class/.test(key)) return 'guru_kelas';
  if (/agama|religi/.test(key)) return 'guru_agama';
  if (/pjok|jasmani|olahraga|penjas|physical|sport/.test(key)) return 'guru_pjok';
  if (/mapel|mata_pelajaran|subject/.test(key)) return 'guru_mapel';
  return 'guru_lain';
}

export function committeeRole(text: string): CommitteeRole {
  const key = normalise(text);
  if (/pimpinan|ketua|leader|chair/.test(key)) return 'pimpinan_komite';
  if (/orang_tua|wali_murid|parent/.test(key)) return 'orang_tua';
  return 'anggota_lain';
}

/** The cell as text, as a person reads it. */
export function cellText(cell: SheetCell | undefined): string {
  const value = cell?.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && cell?.percent) return `${Math.round(value * 1000) / 10}%`;
  return String(value).trim();
}

/** A grade: 4, "4", "Kelas 4", "4A"; undefined when the cell says none, null when it says something else. */
export function gradeFrom(cell: SheetCell | undefined): number | undefined | null {
  const value = cell?.value;
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 13 ? value : null;
  const match = /^(?:kelas|grade|tingkat)?\s*(\d{1,2})\s*[a-z]?$/i.exec(String(value).trim());
  const n = match ? Number(match[1]) : NaN;
  return n >= 1 && n <= 13 ? n : null;
}

const DONE = new Set([
  '✓',
  '✔',
  '☑',
  '☒',
  '✅',
  'x',
  'v',
  'ya',
  'y',
  'yes',
  'sudah',
  'selesai',
  'sudah_selesai',
  'sudah_konfirmasi',
  'terkonfirmasi',
  'dikonfirmasi',
  'true',
  'benar',
  '1',
  'done',
  'confirmed',
  'complete',
  'completed',
]);
const NOT_DONE = new Set(['', '☐', '□', '-', 'belum', 'tidak', 'no', 'n', 'false', 'salah', '0', 'belum_selesai', 'belum_konfirmasi', 'not_done', 'pending']);

/** A tick or word: true complete, false not, undefined for a cell that says neither. */
export function tickFrom(cell: SheetCell | undefined): boolean | undefined {
  const value = cell?.value ?? null;
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (value instanceof Date) return undefined;
  const raw = value.trim();
  const key = /^[^\p{L}\p{N}]$/u.test(raw) ? raw : normalise(raw);
  if (DONE.has(key) || DONE.has(raw)) return true;
  if (NOT_DONE.has(key) || NOT_DONE.has(raw)) return false;
  return undefined;
}

/** A share: 100 % is complete, anything less is not; undefined for a cell that is no share. */
export function shareFrom(cell: SheetCell | undefined): boolean | undefined {
  const value = cell?.value ?? null;
  if (value === null) return false;
  if (typeof value === 'number') return cell?.percent ? value >= 1 : value >= 100;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return false;
  // "100", "100%", "100 %", "85,5%" (Indonesian decimal comma), "85.5 %".
  const match = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(text);
  if (!match) return undefined;
  return Number((match[1] as string).replace(',', '.')) >= 100;
}
