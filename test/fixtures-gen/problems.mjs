// Mutations that turn a READY school into one with exactly one problem (or one warning).
// Each keeps every other rule satisfied, so a fixture shows one thing only.
import { GRADES, MIN_PER_GRADE, respondentId } from './school.mjs';

/** @typedef {import('./school.mjs').School} School */
/** @typedef {import('./school.mjs').Respondent} Respondent */
/** @typedef {import('./school.mjs').MutateContext} MutateContext */
/** @typedef {(school: School, ctx: MutateContext) => void} Mutation */

const MIN_STUDENTS = 15;

/** Numbers respondents r-001, r-002, … in file order, so a mutated fixture reads as cleanly as a fresh one. */
export function renumber(/** @type {School} */ school) {
  school.responden.forEach((r, i) => void (r.id = respondentId(i + 1)));
}

/**
 * Puts `r` among the respondents of its jenis (after those of a lower or equal tingkat, so
 * students stay sorted by grade), then renumbers.
 */
export function insertRespondent(/** @type {School} */ school, /** @type {Respondent} */ r) {
  const list = school.responden;
  const grade = (/** @type {Respondent | undefined} */ x) => (typeof x?.tingkat === 'number' ? x.tingkat : -Infinity);
  let at = -1;
  for (let i = 0; i < list.length; i += 1) {
    if (list[i]?.jenis !== r.jenis) continue;
    if (at === -1) at = i; // before the first of its jenis when every one has a higher grade
    if (grade(list[i]) <= grade(r)) at = i + 1;
  }
  if (at === -1) at = list.length;
  school.responden.splice(at, 0, r);
  renumber(school);
  return r;
}

/** @param {School} school @param {string} jenis */
export const byJenis = (school, jenis) => school.responden.filter((r) => r.jenis === jenis);

/** @param {School} school @param {Respondent} r */
function remove(school, r) {
  school.responden.splice(school.responden.indexOf(r), 1);
  renumber(school);
}

/**
 * Leaves `count` students in `tingkat` (all complete) and keeps the total at least 15 by
 * adding students to the other required grades.
 * @param {School} school @param {MutateContext} ctx @param {number} tingkat @param {number} count
 */
export function setGradeCount(school, ctx, tingkat, count) {
  const total = byJenis(school, 'peserta_didik').length;
  let inGrade = byJenis(school, 'peserta_didik').filter((r) => r.tingkat === tingkat);
  while (inGrade.length > count) {
    remove(school, /** @type {Respondent} */ (inGrade.pop()));
  }
  while (inGrade.length < count) {
    inGrade.push(insertRespondent(school, ctx.respondent({ jenis: 'peserta_didik', tingkat })));
  }
  const others = GRADES[ctx.level].required.filter((g) => g !== tingkat);
  for (let i = 0; byJenis(school, 'peserta_didik').length < Math.max(total, MIN_STUDENTS); i += 1) {
    insertRespondent(school, ctx.respondent({ jenis: 'peserta_didik', tingkat: others[i % others.length] ?? tingkat }));
  }
}

/**
 * Makes required answers of `r` invalid, one per mode, on distinct required questions:
 * 'absent' drops the key, 'null' sets null, 'blank' sets spaces, 'invalid' an answer
 * outside pilihan (on a question that has pilihan).
 * @param {School} school @param {Respondent} r @param {('absent' | 'null' | 'blank' | 'invalid')[]} modes
 */
export function breakAnswers(school, r, modes) {
  const jenis = /** @type {keyof School['instrumen']} */ (r.jenis);
  const required = school.instrumen[jenis].pertanyaan.filter((q) => q.wajib !== false);
  const used = new Set();
  for (const mode of modes) {
    const q =
      required.find((x) => !used.has(x.id) && (mode === 'invalid' ? Boolean(x.pilihan) : mode === 'blank' ? !x.pilihan : true)) ??
      required.find((x) => !used.has(x.id) && (mode !== 'invalid' || x.pilihan));
    if (!q) throw new RangeError(`not enough required questions in ${jenis} to break ${modes.join(', ')}`);
    used.add(q.id);
    if (mode === 'absent') delete r.jawaban[q.id];
    else if (mode === 'null') r.jawaban[q.id] = null;
    else if (mode === 'blank') r.jawaban[q.id] = '   ';
    else r.jawaban[q.id] = '5';
  }
}

/** A grade no student of this level may be in. */
const WRONG_GRADE = { SD: 3, SMP: 10, SMA: 9, SMK: 9, SLB: 2 };

/**
 * Not-ready mutations, named as the fixture files. `levels` lists where each applies
 * (a per-role minimum exists only for SD; a total-only shortfall only for SLB, since
 * elsewhere >= 5 per grade over 3 grades already means >= 15).
 * @type {Record<string, { levels: string[], apply: Mutation }>}
 */
export const PROBLEMS = {
  'versi-lama': { levels: ['SD', 'SMP', 'SMA', 'SMK', 'SLB'], apply: (s) => void (s.aplikasi.versi = '2.1') },
  'versi-tidak-dikenali': { levels: ['SD', 'SMP', 'SMA', 'SMK', 'SLB'], apply: (s) => void (s.aplikasi.versi = 'v2.2') },
  'responden-kurang-total': {
    levels: ['SLB'],
    apply: (s) => {
      const students = byJenis(s, 'peserta_didik');
      while (students.length > MIN_STUDENTS - 1) remove(s, /** @type {Respondent} */ (students.pop()));
    },
  },
  'responden-kurang-tingkat': {
    levels: ['SD', 'SMP', 'SMA', 'SMK'],
    apply: (s, ctx) => setGradeCount(s, ctx, /** @type {number} */ (GRADES[ctx.level].required[1]), MIN_PER_GRADE - 1),
  },
  'responden-kurang-peran': {
    levels: ['SD'],
    // The PJOK teachers become subject teachers: the total stays, the role is gone.
    apply: (s) =>
      byJenis(s, 'pendidik')
        .filter((r) => r.peran === 'guru_pjok')
        .forEach((r) => void (r.peran = 'guru_mapel')),
  },
  'responden-kurang-komite': {
    levels: ['SD', 'SMP', 'SMA', 'SMK', 'SLB'],
    // One parent stays; the others become anggota_lain, so the committee total stays >= 3.
    apply: (s) =>
      byJenis(s, 'komite_sekolah')
        .filter((r) => r.peran === 'orang_tua')
        .slice(1)
        .forEach((r) => void (r.peran = 'anggota_lain')),
  },
  'responden-kurang-pengawas': { levels: ['SD', 'SMP', 'SMA', 'SMK', 'SLB'], apply: (s) => byJenis(s, 'pengawas').forEach((r) => remove(s, r)) },
  'belum-lengkap': {
    levels: ['SD', 'SMP', 'SMA', 'SMK', 'SLB'],
    // An extra student who left three required answers invalid: the others still meet every minimum.
    apply: (s, ctx) => {
      const r = insertRespondent(s, ctx.respondent({ jenis: 'peserta_didik', tingkat: /** @type {number} */ (GRADES[ctx.level].allowed[0]) }));
      breakAnswers(s, r, ['null', 'blank', 'invalid']);
    },
  },
  'tingkat-tidak-sesuai': {
    levels: ['SD', 'SMP', 'SMA', 'SMK', 'SLB'],
    apply: (s, ctx) => void insertRespondent(s, ctx.respondent({ jenis: 'peserta_didik', tingkat: WRONG_GRADE[ctx.level] })),
  },
  'kepala-sekolah-ganda': {
    levels: ['SD', 'SMP', 'SMA', 'SMK', 'SLB'],
    apply: (s, ctx) => void insertRespondent(s, ctx.respondent({ jenis: 'kepala_sekolah' })),
  },
  'id-responden-ganda': {
    levels: ['SD', 'SMP', 'SMA', 'SMK', 'SLB'],
    // A new, complete student that reuses an existing student's id.
    apply: (s, ctx) => {
      const first = /** @type {Respondent} */ (byJenis(s, 'peserta_didik')[0]);
      const copy = insertRespondent(s, ctx.respondent({ jenis: 'peserta_didik', tingkat: /** @type {number} */ (first.tingkat) }));
      copy.id = first.id;
    },
  },
};

/**
 * Warnings on a school that stays READY (fewer than 10 teachers is made with sizes).
 * @type {Record<string, Mutation>}
 */
export const WARNINGS = {
  'versi-lebih-baru': (s) => void (s.aplikasi.versi = '2.10'),
  'jawaban-tidak-dikenal': (s) => {
    const r = /** @type {Respondent} */ (byJenis(s, 'pendidik')[0]);
    r.jawaban['XX-999'] = '3';
  },
};

/** @param {string} level */
export const problemsFor = (level) => Object.keys(PROBLEMS).filter((name) => PROBLEMS[name]?.levels.includes(level));
