// Types for the plain-JS fixture generator (index.mjs), so TypeScript tests and
// benchmarks can import it with allowJs off.

export type Level = 'SD' | 'SMP' | 'SMA' | 'SMK' | 'SLB';
export type Jenis = 'kepala_sekolah' | 'pendidik' | 'peserta_didik' | 'komite_sekolah' | 'pengawas';
export type Range = [number, number];
export interface Sizes {
  teachers: Range;
  students: Range;
  committee: Range;
  questions: Range;
  pengawas: Range;
}
/** Each size is a count or an inclusive [min, max]; missing ones take DEFAULT_SIZES. */
export type SizesInput = Partial<Record<keyof Sizes, number | Range>>;

export interface Question {
  id: string;
  wajib?: boolean;
  pilihan?: string[];
  teks?: string;
}
/** Loose on purpose: invalid fixtures put wrong values here. */
export interface Respondent {
  id: string;
  jenis: string;
  nama?: string;
  peran?: string;
  tingkat?: number | string;
  jawaban: Record<string, string | null>;
}
export interface School {
  format: string;
  aplikasi: { versi: string };
  diekspor?: string;
  sekolah: {
    sekolah_id: string;
    npsn: string;
    nama: string;
    bentuk_pendidikan: string;
    kabupaten_kota?: string;
    provinsi?: string;
    zona_waktu?: string;
  };
  instrumen: Record<Jenis, { pertanyaan: Question[] }>;
  responden: Respondent[];
}

export interface Rng {
  next(): number;
  uint32(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
  fork(label: string | number): Rng;
}
export interface RespondentSpec {
  jenis: Jenis;
  peran?: string;
  tingkat?: number;
  id?: string;
  nama?: string;
}
export interface MutateContext {
  rng: Rng;
  level: Level;
  /** A new complete respondent for this school's instrument (not added). */
  respondent(spec: RespondentSpec): Respondent;
  /** A new complete respondent, appended to `responden`. */
  add(spec: RespondentSpec): Respondent;
}
export interface Region {
  kabupaten_kota: string;
  provinsi: string;
  zona_waktu: string;
  npsn: string;
  tempat: readonly string[];
}
export type Mutation = (school: School, ctx: MutateContext) => void;

export function hashSeed(seed: number | string): number;
export function createRng(seed: number | string): Rng;

export const FORMAT: 'pmp-offline/sekolah@1';
export const LEVELS: readonly Level[];
export const JENIS: readonly Jenis[];
export const DEFAULT_SIZES: Sizes;
export const GRADES: Record<Level, { required: number[]; allowed: number[]; teacher: number[] }>;
export const REGIONS: readonly Region[];
export function resolveSizes(sizes?: SizesInput): Sizes;
export function makeRespondent(school: School, rng: Rng, spec: RespondentSpec): Respondent;
/** A school export that is READY by pmp-2017 (before `mutate`). */
export function makeSchool(options: {
  seed: number | string;
  level: Level;
  sizes?: SizesInput;
  region?: Region;
  mutate?: (school: School, ctx: MutateContext) => School | void;
}): School;

export const PROBLEMS: Record<string, { levels: Level[]; apply: Mutation }>;
export const WARNINGS: Record<string, Mutation>;
export function problemsFor(level: Level): string[];
/** Numbers respondents r-001, r-002, … in file order. */
export function renumber(school: School): void;
/** Inserts after the last respondent of the same jenis, then renumbers. */
export function insertRespondent(school: School, r: Respondent): Respondent;
export function setGradeCount(school: School, ctx: MutateContext, tingkat: number, count: number): void;
export function breakAnswers(school: School, r: Respondent, modes: ('absent' | 'null' | 'blank' | 'invalid')[]): void;

/** Writes `schools` exports into outDir one at a time; resolves to the paths, in order. */
export function generateDistrict(options: { seed: number | string; schools: number; outDir: string; sizes?: SizesInput; notReady?: number }): Promise<string[]>;
export function slug(name: string): string;
export function toJson(value: unknown): string;

export const OWNED: readonly string[];
export const DISTRICT: { dir: string; seed: string; schools: number; notReady: number };
export function demoSd(): School;
/** Rewrites every owned fixture under root; resolves to the relative paths written, sorted. */
export function writeFixtures(root: string): Promise<string[]>;

export interface RosterOptions {
  seed: number | string;
  level?: Level;
  rombelsPerGrade?: number;
  studentsPerRombel?: number;
  studentsInGrade?: Record<number, number>;
  extraTeachers?: number;
  principals?: number;
  gradesWithoutWali?: number[];
  noSubjectTeachers?: boolean;
  identity?: { sekolah_id?: string; npsn?: string; nama?: string; kabupaten_kota?: string; provinsi?: string };
  withoutNisn?: Record<number, number>;
  teachersWithoutEmail?: number;
}
/** One Dapodik WebService answer: the envelope Dapodik sends. */
export interface DapodikAnswer {
  results: number;
  id: string;
  start: number;
  limit: number;
  rows: unknown;
}
export interface Roster {
  getSekolah: DapodikAnswer;
  getGtk: DapodikAnswer;
  getPesertaDidik: DapodikAnswer;
  getRombonganBelajar: DapodikAnswer;
}
export const ROSTER_GRADES: Record<Level, number[]>;
/** A school as the Dapodik WebService serves it; by default it can meet pmp-2017. */
export function makeRoster(options: RosterOptions): Roster;
