// makeSchool: one school export in the `pmp-offline/sekolah@1` format that is READY by
// the pmp-2017 ruleset (src/domain/rules/pmp-2017.json): version 2.2, every respondent
// complete, every minimum met.
import { createRng } from './prng.mjs';
import {
  FAMILY_NAMES,
  FEMALE_FAMILY_NAMES,
  FEMALE_NAMES,
  HEAD_DEGREES,
  MALE_NAMES,
  OPEN_ANSWERS,
  OPEN_PROMPTS,
  QUESTION_MANNERS,
  QUESTION_OBJECTS,
  QUESTION_PREFIX,
  QUESTION_SUBJECTS,
  QUESTION_VERBS,
  REGIONS,
  SCHOOL_KINDS,
  TEACHER_DEGREES,
} from './data.mjs';

/** @typedef {import('./prng.mjs').Rng} Rng */
/** @typedef {'SD' | 'SMP' | 'SMA' | 'SMK' | 'SLB'} Level */
/** @typedef {'kepala_sekolah' | 'pendidik' | 'peserta_didik' | 'komite_sekolah' | 'pengawas'} Jenis */
/** @typedef {[number, number]} Range */
/** @typedef {{ teachers: Range, students: Range, committee: Range, questions: Range, pengawas: Range }} Sizes */
/** @typedef {Partial<Record<keyof Sizes, number | Range>>} SizesInput  a count or an inclusive [min, max] */
/** @typedef {{ id: string, wajib?: boolean, pilihan?: string[], teks?: string }} Question */
/** @typedef {{ id: string, jenis: string, nama?: string, peran?: string, tingkat?: number | string, jawaban: Record<string, string | null> }} Respondent */
/**
 * @typedef {object} School
 * @property {string} format
 * @property {{ versi: string }} aplikasi
 * @property {string} [diekspor]
 * @property {{ sekolah_id: string, npsn: string, nama: string, bentuk_pendidikan: string, kabupaten_kota?: string, provinsi?: string, zona_waktu?: string }} sekolah
 * @property {Record<Jenis, { pertanyaan: Question[] }>} instrumen
 * @property {Respondent[]} responden
 */

export const FORMAT = 'pmp-offline/sekolah@1';
export const LEVELS = /** @type {const} */ (['SD', 'SMP', 'SMA', 'SMK', 'SLB']);
export const JENIS = /** @type {const} */ (['kepala_sekolah', 'pendidik', 'peserta_didik', 'komite_sekolah', 'pengawas']);
export const PILIHAN = ['1', '2', '3', '4'];

/**
 * Grades per level, mirroring pmp-2017: `required` grades need >= 5 complete students each,
 * `allowed` are the grades a student may be in, `teacher` the grades a guru_kelas may teach.
 * @type {Record<Level, { required: number[], allowed: number[], teacher: number[] }>}
 */
export const GRADES = {
  SD: { required: [4, 5, 6], allowed: [4, 5, 6], teacher: [1, 2, 3, 4, 5, 6] },
  SMP: { required: [7, 8, 9], allowed: [7, 8, 9], teacher: [7, 8, 9] },
  SMA: { required: [10, 11, 12], allowed: [10, 11, 12], teacher: [10, 11, 12] },
  SMK: { required: [10, 11, 12], allowed: [10, 11, 12, 13], teacher: [10, 11, 12] },
  SLB: { required: [], allowed: [4, 5, 6, 7, 8, 9, 10, 11, 12], teacher: [4, 5, 6, 7, 8, 9, 10, 11, 12] },
};

export const MIN_PER_GRADE = 5;

/** Small by default, so committed fixtures stay readable. @type {Sizes} */
export const DEFAULT_SIZES = { teachers: [10, 12], students: [15, 18], committee: [3, 3], questions: [5, 10], pengawas: [1, 1] };

/** The least a READY school can have (8 teachers is ready, with a warning below 10). */
const FLOOR = { teachers: 8, students: 15, committee: 3, questions: 3, pengawas: 1 };

/**
 * @param {SizesInput} [sizes]
 * @returns {Sizes}
 */
export function resolveSizes(sizes = {}) {
  /** @type {Record<string, Range>} */
  const out = {};
  for (const key of /** @type {(keyof Sizes)[]} */ (Object.keys(DEFAULT_SIZES))) {
    const given = sizes[key] ?? DEFAULT_SIZES[key];
    /** @type {Range} */
    const range = typeof given === 'number' ? [given, given] : [given[0], given[1]];
    if (!Number.isInteger(range[0]) || !Number.isInteger(range[1]) || range[0] > range[1]) {
      throw new RangeError(`sizes.${key}: expected integers min <= max, got ${JSON.stringify(given)}`);
    }
    if (range[0] < FLOOR[key]) {
      throw new RangeError(`sizes.${key}: a ready school needs at least ${FLOOR[key]}, got ${range[0]}`);
    }
    out[key] = range;
  }
  return /** @type {Sizes} */ (out);
}

/** @param {number} n @param {number} width */
export const pad = (n, width) => String(n).padStart(width, '0');

/** @param {Rng} rng */
export function uuidFrom(rng) {
  const hex = [rng.uint32(), rng.uint32(), rng.uint32(), rng.uint32()].map((n) => pad(n.toString(16), 8)).join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** @typedef {(typeof REGIONS)[number]} Region */

/** @param {Rng} rng @param {Level} level @param {Region} [fixed] */
function identity(rng, level, fixed) {
  const picked = rng.pick(REGIONS);
  const region = fixed ?? picked;
  const kind = level === 'SLB' ? rng.pick(['NEGERI', 'NEGERI', 'PGRI']) : rng.pick(SCHOOL_KINDS);
  const nama = `${level} ${kind} ${rng.int(1, level === 'SD' ? 12 : 5)} ${rng.pick(region.tempat)}`;
  const day = rng.int(2, 20);
  const time = `${pad(rng.int(7, 21), 2)}:${pad(rng.int(0, 59), 2)}:${pad(rng.int(0, 59), 2)}`;
  return {
    diekspor: `2017-10-${pad(day, 2)}T${time}+07:00`,
    sekolah: {
      sekolah_id: uuidFrom(rng),
      npsn: `${region.npsn}${pad(rng.int(0, 999999), 6)}`,
      nama,
      bentuk_pendidikan: level,
      kabupaten_kota: region.kabupaten_kota,
      provinsi: region.provinsi,
      zona_waktu: region.zona_waktu,
    },
  };
}

/** @param {Rng} rng @param {Jenis} jenis @param {number} count @returns {Question[]} */
function questionsFor(rng, jenis, count) {
  /** @type {Question[]} */
  const list = [];
  for (let i = 1; i <= count; i += 1) {
    // The first three are always required (two with pilihan, one free text) so a fixture
    // can break three required answers in three different ways.
    const wajib = i <= 3 ? true : rng.chance(0.8);
    const pilihan = i === 2 ? false : i <= 3 ? true : rng.chance(0.75);
    /** @type {Question} */
    const q = { id: `${QUESTION_PREFIX[jenis]}-${pad(i, 3)}` };
    if (i <= 3 || !wajib || rng.chance(0.6)) q.wajib = wajib; // else left to the default (true)
    if (pilihan) {
      q.pilihan = [...PILIHAN];
      q.teks = `${rng.pick(QUESTION_SUBJECTS[jenis])} ${rng.pick(QUESTION_VERBS)} ${rng.pick(QUESTION_OBJECTS)} ${rng.pick(QUESTION_MANNERS)}.`;
    } else {
      q.teks = rng.pick(OPEN_PROMPTS);
    }
    list.push(q);
  }
  return list;
}

/** @param {Rng} rng @param {string} jenis */
export function personName(rng, jenis) {
  const female = rng.chance(0.5);
  const given = rng.pick(female ? FEMALE_NAMES : MALE_NAMES);
  const family = female && rng.chance(0.3) ? rng.pick(FEMALE_FAMILY_NAMES) : rng.pick(FAMILY_NAMES);
  const name = `${given} ${family}`;
  switch (jenis) {
    case 'kepala_sekolah':
      return `${!female && rng.chance(0.3) ? 'Drs. ' : ''}${name}, ${rng.pick(HEAD_DEGREES)}`;
    case 'pendidik':
      return `${name}, ${rng.pick(TEACHER_DEGREES)}`;
    case 'komite_sekolah':
      return `${rng.chance(0.3) ? (female ? 'Hj. ' : 'H. ') : ''}${name}`;
    case 'pengawas':
      return `${rng.chance(0.2) ? 'Dr. ' : ''}${name}, M.Pd.`;
    default:
      return name;
  }
}

/** @param {number} n */
export const respondentId = (n) => `r-${pad(n, 3)}`;

/** @param {{ responden: Respondent[] }} school */
export function nextRespondentId(school) {
  let max = 0;
  for (const r of school.responden) {
    const m = /^r-(\d+)$/.exec(r.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return respondentId(max + 1);
}

/**
 * A complete respondent of `spec.jenis` for this school's instrument (not added to it).
 * @param {School} school
 * @param {Rng} rng
 * @param {{ jenis: Jenis, peran?: string, tingkat?: number, id?: string, nama?: string }} spec
 * @returns {Respondent}
 */
export function makeRespondent(school, rng, spec) {
  const id = spec.id ?? nextRespondentId(school);
  /** @type {Respondent} */
  const r = { id, jenis: spec.jenis, nama: spec.nama ?? personName(rng, spec.jenis) };
  if (spec.peran !== undefined) r.peran = spec.peran;
  if (spec.tingkat !== undefined) r.tingkat = spec.tingkat;
  /** @type {Record<string, string | null>} */
  const jawaban = {};
  for (const q of school.instrumen[spec.jenis].pertanyaan) {
    const required = q.wajib !== false;
    if (!required && rng.chance(0.25)) jawaban[q.id] = null;
    else jawaban[q.id] = q.pilihan ? rng.pick(q.pilihan) : rng.pick(OPEN_ANSWERS);
  }
  r.jawaban = jawaban;
  return r;
}

/** @param {Rng} rng @param {Level} level @param {number} count */
function teacherSpecs(rng, level, count) {
  /** @type {{ peran: string, tingkat?: number }[]} */
  const specs = [];
  const grades = GRADES[level].teacher;
  if (level === 'SD') {
    for (const tingkat of grades) specs.push({ peran: 'guru_kelas', tingkat });
    specs.push({ peran: 'guru_agama' }, { peran: 'guru_pjok' });
  } else {
    specs.push({ peran: 'guru_agama' }, { peran: 'guru_pjok' });
  }
  while (specs.length < count) {
    const roll = rng.next();
    if (level === 'SD' || level === 'SLB') {
      if (roll < 0.5) specs.push({ peran: 'guru_kelas', tingkat: rng.pick(grades) });
      else if (roll < 0.8) specs.push({ peran: 'guru_mapel' });
      else specs.push({ peran: 'guru_lain' });
    } else if (roll < 0.6) specs.push({ peran: 'guru_mapel' });
    else if (roll < 0.85) specs.push({ peran: 'guru_mapel', tingkat: rng.pick(grades) });
    else specs.push({ peran: 'guru_lain' });
  }
  return rng.shuffle(specs);
}

/** @param {Rng} rng @param {Level} level @param {number} count */
function studentGrades(rng, level, count) {
  const { required, allowed } = GRADES[level];
  /** @type {number[]} */
  const grades = [];
  for (const g of required) for (let i = 0; i < MIN_PER_GRADE; i += 1) grades.push(g);
  // SLB has no per-grade rule: spread the first students over every allowed grade.
  if (level === 'SLB') for (const g of allowed) if (grades.length < count) grades.push(g);
  while (grades.length < count) grades.push(rng.pick(allowed));
  return grades.sort((a, b) => a - b);
}

/**
 * @param {{ seed: number | string, level: Level, sizes?: SizesInput,
 *   region?: Region, mutate?: (school: School, ctx: MutateContext) => School | void }} options
 *   `region` pins the kabupaten (a district shares one); by default it follows the seed.
 * @returns {School}
 */
export function makeSchool({ seed, level, sizes, region, mutate }) {
  if (!LEVELS.includes(level)) throw new RangeError(`unknown level ${String(level)}`);
  const s = resolveSizes(sizes);
  const rng = createRng(`sekolah/${String(seed)}/${level}`);
  const counts = rng.fork('counts');
  const n = {
    teachers: counts.int(...s.teachers),
    students: counts.int(...s.students),
    committee: counts.int(...s.committee),
    questions: JENIS.map(() => counts.int(...s.questions)),
    pengawas: counts.int(...s.pengawas),
  };
  const id = identity(rng.fork('identity'), level, region);
  const qrng = rng.fork('instrumen');
  /** @type {School} */
  const school = {
    format: FORMAT,
    aplikasi: { versi: '2.2' },
    diekspor: id.diekspor,
    sekolah: id.sekolah,
    instrumen: /** @type {School['instrumen']} */ (
      Object.fromEntries(JENIS.map((jenis, i) => [jenis, { pertanyaan: questionsFor(qrng, jenis, n.questions[i] ?? 3) }]))
    ),
    responden: [],
  };
  const people = rng.fork('responden');
  /** @param {Jenis} jenis @param {string} [peran] @param {number} [tingkat] */
  const add = (jenis, peran, tingkat) => {
    const spec = { jenis, ...(peran !== undefined ? { peran } : {}), ...(tingkat !== undefined ? { tingkat } : {}) };
    school.responden.push(makeRespondent(school, people, spec));
  };
  add('kepala_sekolah');
  for (const t of teacherSpecs(people, level, n.teachers)) add('pendidik', t.peran, t.tingkat);
  for (const g of studentGrades(people, level, n.students)) add('peserta_didik', undefined, g);
  add('komite_sekolah', 'pimpinan_komite');
  for (let i = 1; i < n.committee; i += 1) {
    add('komite_sekolah', i <= 2 || people.chance(0.7) ? 'orang_tua' : 'anggota_lain');
  }
  for (let i = 0; i < n.pengawas; i += 1) add('pengawas');

  if (!mutate) return school;
  const mrng = rng.fork('mutate');
  /** @type {MutateContext} */
  const ctx = {
    rng: mrng,
    level,
    respondent: (spec) => makeRespondent(school, mrng, spec),
    add: (spec) => {
      const r = makeRespondent(school, mrng, spec);
      school.responden.push(r);
      return r;
    },
  };
  return mutate(school, ctx) ?? school;
}

/**
 * @typedef {object} MutateContext
 * @property {Rng} rng  a stream reserved for the mutation
 * @property {Level} level
 * @property {(spec: { jenis: Jenis, peran?: string, tingkat?: number, id?: string, nama?: string }) => Respondent} respondent  a new complete respondent (not added)
 * @property {(spec: { jenis: Jenis, peran?: string, tingkat?: number, id?: string, nama?: string }) => Respondent} add  a new complete respondent, appended
 */
