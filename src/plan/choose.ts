// `plan`: who should fill in the PMP questionnaire, chosen from the school's roster in
// Dapodik by the ruleset `check` uses. Pure: the four answers and a ruleset in, a plan out.
// The choice is deterministic (the same roster gives the same plan) without being the
// first names in alphabetical order: people are ordered by a hash of the school's id and
// theirs, and students are spread across each grade's rombels. Every chosen person says
// why (role, grade, rombel, subject). Linear in the roster but for one sort per group.
import type { Finding } from '../domain/readiness.js';
import type { RespondentType, Role, SchoolLevel, TeacherRole } from '../domain/respondent-types.js';
import type { LevelRule, Ruleset, TypeRule } from '../domain/ruleset.js';
import type { Answers, GtkRow, RombelRow, StudentRow } from '../dapodik/schema.js';

export type PlanProblemCode = 'KEPALA_SEKOLAH_TIDAK_ADA' | 'KEPALA_SEKOLAH_GANDA' | 'DAPODIK_KURANG';
export type PlanWarningCode = 'DI_BAWAH_SARAN';
export type PlanProblem = Finding<PlanProblemCode>;
export type PlanWarning = Finding<PlanWarningCode>;

/** Why a person was chosen. */
export type Reason = 'kepala_sekolah' | 'wali_kelas' | 'guru_kelas' | 'mengajar_agama' | 'mengajar_pjok' | 'mengajar' | 'guru' | 'tambahan' | 'siswa_kelas' | 'siswa_tambahan';

export interface Chosen {
  id: string;
  nama: string;
  alasan: Reason;
  peran?: TeacherRole;
  tingkat?: number;
  rombel?: string;
  mapel?: string;
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
  /** How many of this type the roster holds (dapodik types only). */
  tersedia?: number;
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

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
export const isPrincipal = (g: GtkRow) => norm(g.jenis_ptk_id_str) === 'kepala sekolah';
/** Guru Kelas, Guru Mapel, Guru BK, Guru Pendamping…; not Tenaga Administrasi, not the principal. */
export const isTeacher = (g: GtkRow) => norm(g.jenis_ptk_id_str).startsWith('guru');
const RELIGION = /agama|budi pekerti/i;
const PJOK = /jasmani|olah ?raga|pjok/i;

/** FNV-1a: a stable, well-spread order key for a person in a school. */
function orderKey(seed: string, id: string): number {
  let hash = 0x811c9dc5;
  const text = `${seed}\u0000${id}`;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function ordered<T>(items: readonly T[], seed: string, idOf: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ item, key: orderKey(seed, idOf(item)), id: idOf(item) }));
  keyed.sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((k) => k.item);
}

const collator = new Intl.Collator('id', { numeric: true });
/** Rombel names in the order a school writes them: 4A, 4B, …, 10A before 11A. */
const byName = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** Yields one item from each list in turn, until all are used up. */
function* roundRobin<T>(lists: readonly (readonly T[])[]): Generator<T> {
  const cursors = lists.map(() => 0);
  for (let any = true; any; ) {
    any = false;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] as readonly T[];
      const at = cursors[i] as number;
      if (at < list.length) {
        any = true;
        cursors[i] = at + 1;
        yield list[at] as T;
      }
    }
  }
}

function take<T>(source: Iterator<T>, count: number, accept: (item: T) => boolean): T[] {
  const out: T[] = [];
  while (out.length < count) {
    const next = source.next();
    if (next.done) break;
    if (accept(next.value)) out.push(next.value);
  }
  return out;
}

function shortfall(jenis: RespondentType, ada: number, dibutuhkan: number, extra: { tingkat?: number; peran?: Role } = {}): PlanProblem {
  return { kode: 'DAPODIK_KURANG', jenis, ...extra, detail: { ada, dibutuhkan } };
}

function emptyType(jenis: RespondentType, rule: TypeRule, sumber: TypePlan['sumber']): TypePlan {
  return { jenis, sumber, minimum: rule.minimum, ...(rule.saran !== undefined ? { saran: rule.saran } : {}), dipilih: [], isian: [], masalah: [], peringatan: [] };
}

function planPrincipal(gtk: readonly GtkRow[], rule: TypeRule): TypePlan {
  const plan = emptyType('kepala_sekolah', rule, 'dapodik');
  const heads = gtk.filter(isPrincipal);
  plan.tersedia = heads.length;
  if (heads.length < rule.minimum) plan.masalah.push({ kode: 'KEPALA_SEKOLAH_TIDAK_ADA', jenis: 'kepala_sekolah', detail: { ada: heads.length, dibutuhkan: rule.minimum } });
  else if (rule.maksimum !== undefined && heads.length > rule.maksimum) {
    plan.masalah.push({ kode: 'KEPALA_SEKOLAH_GANDA', jenis: 'kepala_sekolah', detail: { ada: heads.length, nama: heads.map((h) => h.nama).join(', ') } });
  } else plan.dipilih = heads.map((h) => ({ id: h.ptk_id, nama: h.nama, alasan: 'kepala_sekolah' }));
  return plan;
}

interface Teaching {
  rombel: RombelRow;
  mapel: string;
}

function planTeachers(answers: Answers, rule: TypeRule, seed: string): TypePlan {
  const plan = emptyType('pendidik', rule, 'dapodik');
  const teachers = ordered(answers.getGtk.filter(isTeacher), seed, (g) => g.ptk_id);
  plan.tersedia = teachers.length;
  const known = new Map(teachers.map((g) => [g.ptk_id, g]));
  const rombels = [...answers.getRombonganBelajar].sort((a, b) => byName(a.nama, b.nama));
  const waliOf = new Map<string, RombelRow>();
  const teaching = new Map<string, Teaching[]>();
  for (const r of rombels) {
    if (r.ptk_id && !waliOf.has(r.ptk_id)) waliOf.set(r.ptk_id, r);
    for (const p of r.pembelajaran ?? []) {
      if (!p.ptk_id) continue;
      const list = teaching.get(p.ptk_id) ?? [];
      list.push({ rombel: r, mapel: p.mata_pelajaran_id_str ?? '' });
      teaching.set(p.ptk_id, list);
    }
  }
  const chosen = new Set<string>();
  const choose = (g: GtkRow, c: Omit<Chosen, 'id' | 'nama'>) => {
    chosen.add(g.ptk_id);
    plan.dipilih.push({ id: g.ptk_id, nama: g.nama, ...c });
  };
  const free = (g: GtkRow | undefined): g is GtkRow => g !== undefined && !chosen.has(g.ptk_id);

  const classTeachers = (grade: number | undefined): Array<[GtkRow, Omit<Chosen, 'id' | 'nama'>]> => {
    const inGrade = (r: RombelRow) => grade === undefined || r.tingkat_pendidikan_id === grade;
    const walis = rombels
      .filter((r) => inGrade(r) && r.ptk_id !== null && r.ptk_id !== undefined && r.tingkat_pendidikan_id !== null)
      .map((r) => [known.get(r.ptk_id as string), r] as const)
      .filter((pair): pair is readonly [GtkRow, RombelRow] => pair[0] !== undefined);
    const fromWali = ordered(walis, seed, ([g]) => g.ptk_id).map(([g, r]): [GtkRow, Omit<Chosen, 'id' | 'nama'>] => [
      g,
      { alasan: 'wali_kelas', peran: 'guru_kelas', tingkat: r.tingkat_pendidikan_id as number, rombel: r.nama },
    ]);
    // A Guru Kelas who teaches in a rombel of the grade but is nobody's wali kelas.
    const fromTeaching = teachers
      .filter((g) => norm(g.jenis_ptk_id_str) === 'guru kelas')
      .flatMap((g): Array<[GtkRow, Omit<Chosen, 'id' | 'nama'>]> => {
        const at = (teaching.get(g.ptk_id) ?? []).find((x) => inGrade(x.rombel) && x.rombel.tingkat_pendidikan_id !== null);
        return at ? [[g, { alasan: 'guru_kelas', peran: 'guru_kelas', tingkat: at.rombel.tingkat_pendidikan_id as number, rombel: at.rombel.nama }]] : [];
      });
    return [...fromWali, ...fromTeaching];
  };

  const subjectTeachers = (match: RegExp | undefined, alasan: Reason): Array<[GtkRow, Omit<Chosen, 'id' | 'nama'>]> =>
    teachers.flatMap((g): Array<[GtkRow, Omit<Chosen, 'id' | 'nama'>]> => {
      const at = (teaching.get(g.ptk_id) ?? []).find((x) => (match ? match.test(x.mapel) : true));
      if (!at) return match === undefined && norm(g.jenis_ptk_id_str) === 'guru mapel' ? [[g, { alasan, peran: 'guru_mapel' }]] : [];
      const withGrade = at.rombel.tingkat_pendidikan_id !== null ? { tingkat: at.rombel.tingkat_pendidikan_id } : {};
      const peran: TeacherRole = alasan === 'mengajar_agama' ? 'guru_agama' : alasan === 'mengajar_pjok' ? 'guru_pjok' : 'guru_mapel';
      return [[g, { alasan, peran, mapel: at.mapel, rombel: at.rombel.nama, ...(peran === 'guru_mapel' ? withGrade : {}) }]];
    });

  const fill = (candidates: Array<[GtkRow, Omit<Chosen, 'id' | 'nama'>]>, need: number): number => {
    let got = 0;
    for (const [g, c] of candidates) {
      if (got >= need) break;
      if (!free(g)) continue;
      choose(g, c);
      got++;
    }
    return got;
  };

  for (const roleRule of rule.per_peran ?? []) {
    const peran = roleRule.peran;
    const grades: Array<number | undefined> = roleRule.per_tingkat ?? [undefined];
    for (const grade of grades) {
      const candidates =
        peran === 'guru_kelas'
          ? classTeachers(grade)
          : peran === 'guru_agama'
            ? subjectTeachers(RELIGION, 'mengajar_agama')
            : peran === 'guru_pjok'
              ? subjectTeachers(PJOK, 'mengajar_pjok')
              : peran === 'guru_mapel'
                ? subjectTeachers(undefined, 'mengajar')
                : teachers.map((g): [GtkRow, Omit<Chosen, 'id' | 'nama'>] => [g, { alasan: 'guru', peran: 'guru_lain' }]);
      const got = fill(candidates, roleRule.minimum);
      if (got < roleRule.minimum) plan.masalah.push(shortfall('pendidik', got, roleRule.minimum, { peran, ...(grade !== undefined ? { tingkat: grade } : {}) }));
    }
  }

  // Then others up to the recommended number, each in the role Dapodik gives them.
  const target = Math.max(rule.minimum, rule.saran ?? 0);
  for (const g of teachers) {
    if (plan.dipilih.length >= target) break;
    if (!free(g)) continue;
    const wali = waliOf.get(g.ptk_id);
    const taught = teaching.get(g.ptk_id)?.[0];
    if (wali && wali.tingkat_pendidikan_id !== null) choose(g, { alasan: 'tambahan', peran: 'guru_kelas', tingkat: wali.tingkat_pendidikan_id, rombel: wali.nama });
    else if (taught) choose(g, { alasan: 'tambahan', peran: 'guru_mapel', mapel: taught.mapel, rombel: taught.rombel.nama });
    else choose(g, { alasan: 'tambahan', peran: 'guru_lain' });
  }
  if (teachers.length < rule.minimum) plan.masalah.push(shortfall('pendidik', teachers.length, rule.minimum));
  else if (rule.saran !== undefined && teachers.length < rule.saran) plan.peringatan.push({ kode: 'DI_BAWAH_SARAN', jenis: 'pendidik', detail: { ada: teachers.length, saran: rule.saran } });
  return plan;
}

function planStudents(answers: Answers, level: LevelRule, rule: TypeRule, seed: string): TypePlan {
  const plan = emptyType('peserta_didik', rule, 'dapodik');
  const allowed = rule.tingkat ?? level.tingkat;
  const rombelName = new Map(answers.getRombonganBelajar.map((r) => [r.rombongan_belajar_id, r.nama]));
  const nameOf = (s: StudentRow) => s.nama_rombel ?? (s.rombongan_belajar_id ? rombelName.get(s.rombongan_belajar_id) : undefined) ?? '';
  // grade → rombel → students
  const byGrade = new Map<number, Map<string, StudentRow[]>>();
  for (const s of answers.getPesertaDidik) {
    const grade = s.tingkat_pendidikan_id;
    if (grade === null || !allowed.includes(grade)) continue;
    const rombels = byGrade.get(grade) ?? new Map<string, StudentRow[]>();
    const key = s.rombongan_belajar_id ?? '';
    const list = rombels.get(key) ?? [];
    list.push(s);
    rombels.set(key, list);
    byGrade.set(grade, rombels);
  }
  const available = (grade: number) => [...(byGrade.get(grade)?.values() ?? [])].reduce((n, list) => n + list.length, 0);
  plan.tersedia = allowed.reduce((n, g) => n + available(g), 0);
  // Each grade hands out its students one rombel at a time, in a stable order.
  const streams = new Map<number, Iterator<StudentRow>>(
    [...allowed].sort((a, b) => a - b).map((grade) => {
      const rombels = [...(byGrade.get(grade)?.values() ?? [])]
        .map((list) => ordered(list, seed, (s) => s.peserta_didik_id))
        .sort((a, b) => byName(nameOf(a[0] as StudentRow), nameOf(b[0] as StudentRow)));
      return [grade, roundRobin(rombels)];
    }),
  );
  const seen = new Set<string>();
  const add = (s: StudentRow, alasan: Reason) => {
    seen.add(s.peserta_didik_id);
    const rombel = nameOf(s);
    plan.dipilih.push({ id: s.peserta_didik_id, nama: s.nama, alasan, tingkat: s.tingkat_pendidikan_id as number, ...(rombel ? { rombel } : {}) });
  };
  const fresh = (s: StudentRow) => !seen.has(s.peserta_didik_id);
  if (rule.per_tingkat) {
    for (const grade of rule.per_tingkat.tingkat) {
      const stream = streams.get(grade);
      const got = stream ? take(stream, rule.per_tingkat.minimum, fresh) : [];
      for (const s of got) add(s, 'siswa_kelas');
      if (got.length < rule.per_tingkat.minimum) plan.masalah.push(shortfall('peserta_didik', available(grade), rule.per_tingkat.minimum, { tingkat: grade }));
    }
  }
  // Then up to the total, taking from each surveyed grade in turn.
  const target = Math.max(rule.minimum, rule.saran ?? 0);
  const pending = [...streams.values()];
  while (plan.dipilih.length < target && pending.length > 0) {
    for (let i = 0; i < pending.length && plan.dipilih.length < target; ) {
      const next = take(pending[i] as Iterator<StudentRow>, 1, fresh)[0];
      if (next) {
        add(next, 'siswa_tambahan');
        i++;
      } else pending.splice(i, 1);
    }
  }
  if (plan.tersedia < rule.minimum) plan.masalah.push(shortfall('peserta_didik', plan.tersedia, rule.minimum));
  else if (rule.saran !== undefined && plan.tersedia < rule.saran) plan.peringatan.push({ kode: 'DI_BAWAH_SARAN', jenis: 'peserta_didik', detail: { ada: plan.tersedia, saran: rule.saran } });
  return plan;
}

function planCommittee(rule: TypeRule, students: readonly Chosen[], answers: Answers): TypePlan {
  const plan = emptyType('komite_sekolah', rule, 'manual');
  const byId = new Map(answers.getPesertaDidik.map((s) => [s.peserta_didik_id, s]));
  const suggested = new Set<string>();
  const parents = students.flatMap((c): Place['usulan'][] => {
    const s = byId.get(c.id);
    const [nama, hubungan] = s?.nama_ibu?.trim() ? [s.nama_ibu.trim(), 'ibu' as const] : s?.nama_ayah?.trim() ? [s.nama_ayah.trim(), 'ayah' as const] : [undefined, undefined];
    if (!nama || !hubungan || suggested.has(norm(nama))) return [];
    suggested.add(norm(nama));
    return [{ nama, hubungan, anak: { id: c.id, nama: c.nama, ...(c.tingkat !== undefined ? { tingkat: c.tingkat } : {}), ...(c.rombel ? { rombel: c.rombel } : {}) } }];
  });
  for (const roleRule of rule.per_peran ?? []) {
    for (let i = 0; i < roleRule.minimum; i++) {
      const usulan = roleRule.peran === 'orang_tua' ? parents.shift() : undefined;
      plan.isian.push({ peran: roleRule.peran, ...(usulan ? { usulan } : {}) });
    }
  }
  while (plan.isian.length < rule.minimum) plan.isian.push({});
  return plan;
}

function planSupervisor(rule: TypeRule): TypePlan {
  const plan = emptyType('pengawas', rule, 'manual');
  for (let i = 0; i < Math.max(rule.minimum, 0); i++) plan.isian.push({});
  return plan;
}

/** The plan for the school in `answers`, whose level is `level`, by `ruleset`. */
export function makePlan(answers: Answers, level: SchoolLevel, ruleset: Ruleset): Plan {
  const s = answers.getSekolah;
  const levelRule = ruleset.jenjang[level];
  const seed = s.sekolah_id.toLowerCase();
  const rules = levelRule.jenis;
  const principal = planPrincipal(answers.getGtk, rules.kepala_sekolah);
  const teachers = planTeachers(answers, rules.pendidik, seed);
  const students = planStudents(answers, levelRule, rules.peserta_didik, seed);
  const jenis = [principal, teachers, students, planCommittee(rules.komite_sekolah, students.dipilih, answers), planSupervisor(rules.pengawas)];
  return {
    aturan: ruleset.id,
    sekolah: {
      sekolah_id: seed,
      npsn: s.npsn,
      nama: s.nama,
      bentuk_pendidikan: level,
      ...(s.kabupaten_kota ? { kabupaten_kota: s.kabupaten_kota } : {}),
      ...(s.provinsi ? { provinsi: s.provinsi } : {}),
    },
    jumlah: {
      gtk: answers.getGtk.length,
      pendidik: teachers.tersedia ?? 0,
      peserta_didik: answers.getPesertaDidik.length,
      rombel: answers.getRombonganBelajar.length,
    },
    jenis,
    dapat_dipenuhi: jenis.every((p) => p.masalah.length === 0),
  };
}
