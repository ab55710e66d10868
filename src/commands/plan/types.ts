// The respondent plan's shape (what `plan` makes and every renderer reads).
import type { Finding } from '../../domain/readiness.js';
import type { RespondentType, Role, SchoolLevel, TeacherRole } from '../../domain/respondent-types.js';

export type PlanProblemCode = 'KEPALA_SEKOLAH_TIDAK_ADA' | 'KEPALA_SEKOLAH_GANDA' | 'DAPODIK_KURANG' | 'NISN_KURANG' | 'EMAIL_KURANG';
export type PlanWarningCode = 'DI_BAWAH_SARAN' | 'EMAIL_TIDAK_DIKETAHUI';
export type PlanProblem = Finding<PlanProblemCode>;
export type PlanWarning = Finding<PlanWarningCode>;

/** Why a person was chosen. */
export type Reason =
  | 'kepala_sekolah'
  | 'wali_kelas'
  | 'guru_kelas'
  | 'mengajar_agama'
  | 'mengajar_pjok'
  | 'mengajar'
  | 'guru'
  | 'sampai_minimum'
  | 'tambahan'
  | 'siswa_kelas'
  | 'siswa_tambahan';

export interface Chosen {
  id: string;
  nama: string;
  alasan: Reason;
  peran?: TeacherRole;
  tingkat?: number;
  rombel?: string;
  mapel?: string;
  /** A student's NISN: their PMP login. */
  nisn?: string;
  /** A teacher's email in Dapodik, when the answer carries it: their PMP login. */
  email?: string;
}

/** Per surveyed grade: how many students Dapodik lists, and how many of them have no NISN. */
export interface GradeCount {
  tingkat: number;
  terdaftar: number;
  tanpa_nisn: number;
}

/** A place the operator fills by hand (committee, supervisor: not in Dapodik). */
export interface Place {
  peran?: Role;
  /** For a parent: the parent of a chosen student, from the student's record. */
  usulan?: { nama: string; hubungan: 'ibu' | 'ayah'; anak: { id: string; nama: string; tingkat?: number; rombel?: string } };
}

export interface TypePlan {
  jenis: RespondentType;
  /** `dapodik`: chosen from the roster; `manual`: places to fill by hand. */
  sumber: 'dapodik' | 'manual';
  minimum: number;
  saran?: number;
  /** How many of this type the PMP application can copy from the roster (dapodik types only). */
  tersedia?: number;
  /** Students: per surveyed grade, listed and without an NISN. */
  per_tingkat?: GradeCount[];
  dipilih: Chosen[];
  isian: Place[];
  masalah: PlanProblem[];
  peringatan: PlanWarning[];
}

export interface PlanSchool {
  sekolah_id: string;
  npsn: string;
  nama: string;
  bentuk_pendidikan: SchoolLevel;
  kabupaten_kota?: string;
  provinsi?: string;
}

export interface Plan {
  aturan: string;
  sekolah: PlanSchool;
  jumlah: { gtk: number; pendidik: number; peserta_didik: number; rombel: number };
  jenis: TypePlan[];
  /** The roster can meet every minimum of the types Dapodik holds. */
  dapat_dipenuhi: boolean;
}
