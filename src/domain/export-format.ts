// The constants of the school export format that do not need zod: shared by the zod
// schema (the authority) and the fast validator that spares zod on the common path.
export const EXPORT_FORMAT = 'pmp-offline/sekolah@1';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const NPSN = /^[0-9A-Z]{8}$/;
// An ISO 8601 instant that carries its offset (or Z): a bare wall-clock time is ambiguous.
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Longest school name, kabupaten/kota and province: what a container's manifest can hold. */
export const MAX_NAME_LENGTH = 512;
/** Longest application version string. */
export const MAX_VERSION_LENGTH = 64;

// The keys of each object, in the order zod's output has them: the schema's shapes are
// written in this order (a test holds them to these lists), and the fast validator
// accepts exactly these.
export const ROOT_KEYS = ['format', 'aplikasi', 'diekspor', 'sekolah', 'instrumen', 'responden'] as const;
export const SCHOOL_KEYS = ['sekolah_id', 'npsn', 'nama', 'bentuk_pendidikan', 'kabupaten_kota', 'provinsi', 'zona_waktu'] as const;
export const QUESTION_KEYS = ['id', 'wajib', 'pilihan', 'teks'] as const;
export const RESPONDENT_KEYS = {
  kepala_sekolah: ['id', 'nama', 'jawaban', 'jenis'],
  pendidik: ['id', 'nama', 'jawaban', 'jenis', 'peran', 'tingkat'],
  peserta_didik: ['id', 'nama', 'jawaban', 'jenis', 'tingkat'],
  komite_sekolah: ['id', 'nama', 'jawaban', 'jenis', 'peran'],
  pengawas: ['id', 'nama', 'jawaban', 'jenis'],
} as const;
