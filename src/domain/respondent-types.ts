// The five respondent types of the PMP questionnaire, in the order every report uses.
export const RESPONDENT_TYPES = ['kepala_sekolah', 'pendidik', 'peserta_didik', 'komite_sekolah', 'pengawas'] as const;
export type RespondentType = (typeof RESPONDENT_TYPES)[number];

export const SCHOOL_LEVELS = ['SD', 'SMP', 'SMA', 'SMK', 'SLB'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const TEACHER_ROLES = ['guru_kelas', 'guru_mapel', 'guru_agama', 'guru_pjok', 'guru_lain'] as const;
export type TeacherRole = (typeof TEACHER_ROLES)[number];

export const COMMITTEE_ROLES = ['pimpinan_komite', 'orang_tua', 'anggota_lain'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

export type Role = TeacherRole | CommitteeRole;

export const MIN_GRADE = 1;
export const MAX_GRADE = 13;
