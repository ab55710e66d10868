// makeRoster: a school as the Dapodik WebService serves it, the four answers `plan`
// reads (getSekolah, getGtk, getPesertaDidik, getRombonganBelajar), each in the envelope
// Dapodik sends ({ results, id, start, limit, rows }). Seeded: the same options give the
// same bytes. By default the roster can meet every pmp-2017 minimum; the options make
// the shortfalls a real school has (a grade with too few students, a rombel without a
// wali kelas, no principal, two principals, too few teachers).
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES, REGIONS } from './data.mjs';
import { createRng } from './prng.mjs';
import { pad, personName, uuidFrom } from './school.mjs';

/** Grades with rombels, per level (SLB: a few grades, as a small SLB has). */
export const ROSTER_GRADES = {
  SD: [1, 2, 3, 4, 5, 6],
  SMP: [7, 8, 9],
  SMA: [10, 11, 12],
  SMK: [10, 11, 12],
  SLB: [1, 4, 7, 10],
};

const RELIGION = 'Pendidikan Agama Islam dan Budi Pekerti';
const PJOK = 'Pendidikan Jasmani, Olahraga, dan Kesehatan';
const SUBJECTS = ['Matematika', 'Bahasa Indonesia', 'Ilmu Pengetahuan Alam', 'Bahasa Inggris', 'Seni Budaya', 'Pendidikan Pancasila dan Kewarganegaraan'];

/**
 * @param {object} options
 * @param {number | string} options.seed
 * @param {'SD'|'SMP'|'SMA'|'SMK'|'SLB'} [options.level]
 * @param {number} [options.rombelsPerGrade]   default 2
 * @param {number} [options.studentsPerRombel] default 8
 * @param {Record<number, number>} [options.studentsInGrade] students of a grade (spread over its rombels)
 * @param {number} [options.extraTeachers]    teachers beyond the walis and the two subject teachers; default 4
 * @param {number} [options.principals]       default 1
 * @param {number[]} [options.gradesWithoutWali] rombels of these grades have no wali kelas
 * @param {boolean} [options.noSubjectTeachers] no religion or PJOK teacher
 * @param {{ sekolah_id?: string, npsn?: string, nama?: string, kabupaten_kota?: string, provinsi?: string }} [options.identity] fixed school identity
 * @param {Record<number, number>} [options.withoutNisn] how many students of a grade have no NISN (missing, empty or malformed in turn)
 * @param {number} [options.teachersWithoutEmail] with it, GTK rows carry `email` (as some Dapodik versions do), and this many teachers have none
 */
export function makeRoster(options) {
  const rng = createRng(`roster/${options.seed}`);
  const level = options.level ?? 'SD';
  const region = rng.pick(REGIONS);
  const sekolah = {
    sekolah_id: uuidFrom(rng),
    npsn: `${region.npsn}${pad(rng.int(0, 999999), 6)}`,
    nama: `${level} NEGERI ${rng.int(1, 9)} ${rng.pick(region.tempat)}`,
    bentuk_pendidikan_id_str: level,
    status_sekolah_str: 'Negeri', // a field plan does not read: ignored
    kabupaten_kota: region.kabupaten_kota,
    provinsi: region.provinsi,
    ...options.identity,
  };
  const sekolah_id = sekolah.sekolah_id;
  /** @type {any[]} */
  const gtk = [];
  const person = (/** @type {string} */ jenis, /** @type {string} */ kind) => {
    const row = {
      ptk_id: uuidFrom(rng),
      nama: personName(rng, kind),
      jenis_ptk_id_str: jenis,
      nuptk: pad(rng.int(0, 99999999), 16),
      status_kepegawaian_id_str: 'PNS',
    };
    gtk.push(row);
    return row;
  };
  for (let i = 0; i < (options.principals ?? 1); i++) person('Kepala Sekolah', 'kepala_sekolah');
  const grades = ROSTER_GRADES[level];
  const perGrade = options.rombelsPerGrade ?? 2;
  /** @type {any[]} */
  const rombels = [];
  for (const grade of grades) {
    for (let r = 0; r < perGrade; r++) {
      const wali = (options.gradesWithoutWali ?? []).includes(grade) ? undefined : person(level === 'SD' ? 'Guru Kelas' : 'Guru Mapel', 'pendidik');
      rombels.push({
        rombongan_belajar_id: uuidFrom(rng),
        nama: `${grade}${String.fromCharCode(65 + r)}`,
        tingkat_pendidikan_id: String(grade),
        semester_id: '20171',
        jenis_rombel_str: 'Kelas',
        ptk_id: wali?.ptk_id ?? null,
        ptk_id_str: wali?.nama ?? null,
        pembelajaran: wali ? [{ ptk_id: wali.ptk_id, mata_pelajaran_id_str: level === 'SD' ? 'Tematik' : rng.pick(SUBJECTS) }] : [],
      });
    }
  }
  if (!options.noSubjectTeachers) {
    const religion = person('Guru Mapel', 'pendidik');
    const pe = person('Guru Mapel', 'pendidik');
    for (const r of rombels)
      r.pembelajaran.push({ ptk_id: religion.ptk_id, mata_pelajaran_id_str: RELIGION }, { ptk_id: pe.ptk_id, mata_pelajaran_id_str: PJOK });
  }
  for (let i = 0; i < (options.extraTeachers ?? 4); i++) {
    const teacher = person('Guru Mapel', 'pendidik');
    const r = rng.pick(rombels);
    if (r) r.pembelajaran.push({ ptk_id: teacher.ptk_id, mata_pelajaran_id_str: rng.pick(SUBJECTS) });
  }
  person('Tenaga Administrasi Sekolah', 'pendidik');
  person('Tenaga Perpustakaan', 'pendidik');
  if (options.teachersWithoutEmail !== undefined) {
    let missing = options.teachersWithoutEmail;
    for (const row of gtk) {
      const teacher = String(row.jenis_ptk_id_str).startsWith('Guru');
      row.email =
        teacher && missing-- > 0
          ? ''
          : `${String(row.nama)
              .toLowerCase()
              .replace(/[^a-z]+/g, '.')
              .replace(/^\.|\.$/g, '')}@sekolah.sch.id`;
    }
  }

  /** @type {any[]} */
  const students = [];
  for (const grade of grades) {
    const inGrade = rombels.filter((r) => r.tingkat_pendidikan_id === String(grade));
    const count = options.studentsInGrade?.[grade] ?? perGrade * (options.studentsPerRombel ?? 8);
    for (let i = 0; i < count; i++) {
      const r = inGrade[i % inGrade.length];
      const female = rng.chance(0.5);
      const family = rng.pick(FAMILY_NAMES);
      students.push({
        peserta_didik_id: uuidFrom(rng),
        nama: `${rng.pick(female ? FEMALE_NAMES : MALE_NAMES)} ${family}`,
        nisn: pad(rng.int(0, 9999999999), 10),
        jenis_kelamin: female ? 'P' : 'L',
        nama_ayah: `${rng.pick(MALE_NAMES)} ${family}`,
        nama_ibu: `${rng.pick(FEMALE_NAMES)} ${rng.pick(FAMILY_NAMES)}`,
        rombongan_belajar_id: r.rombongan_belajar_id,
        tingkat_pendidikan_id: String(grade),
        nama_rombel: r.nama,
      });
    }
    // Students without an NISN: the field missing, empty, or not 10 digits, in turn.
    const lacking = options.withoutNisn?.[grade] ?? 0;
    const inThisGrade = students.filter((s) => s.tingkat_pendidikan_id === String(grade));
    for (let i = 0; i < lacking && i < inThisGrade.length; i++) {
      const s = inThisGrade[i];
      if (i % 3 === 0) delete s.nisn;
      else s.nisn = i % 3 === 1 ? '' : s.nisn.slice(0, 7);
    }
  }
  const envelope = (/** @type {any} */ rows) => ({
    results: Array.isArray(rows) ? rows.length : 1,
    id: sekolah_id,
    start: 0,
    limit: Array.isArray(rows) ? rows.length : 1,
    rows,
  });
  return {
    getSekolah: envelope(sekolah),
    getGtk: envelope(gtk),
    getPesertaDidik: envelope(students),
    getRombonganBelajar: envelope(rombels),
  };
}
