// The teachers of a plan: first each role rule of the level (a class teacher per grade
// from the rombels' wali kelas, religion and PJOK teachers from what they teach), then
// others up to the recommended number, each in the role Dapodik gives them.
import type { TeacherRole } from '../../domain/respondent-types.js';
import type { TypeRule } from '../../domain/ruleset.js';
import type { Answers, GtkRow, RombelRow } from '../../dapodik/schema.js';
import { byName, emptyType, isTeacher, norm, ordered, PJOK, RELIGION, shortfall } from './order.js';
import type { Chosen, Reason, TypePlan } from './types.js';

interface Teaching {
  rombel: RombelRow;
  mapel: string;
}

export function planTeachers(answers: Answers, rule: TypeRule, seed: string): TypePlan {
  const plan = emptyType('pendidik', rule, 'dapodik');
  // The PMP application copies only teachers with an email in Dapodik (their login). The
  // WebService's usual answer has no email: then the plan says so once; where an answer
  // does carry it, only teachers with one are chosen.
  const listed = answers.getGtk.filter(isTeacher);
  const carriesEmail = answers.getGtk.some((g) => g.email !== undefined);
  const teachers = ordered(carriesEmail ? listed.filter((g) => g.email) : listed, seed, (g) => g.ptk_id);
  const withoutEmail = listed.length - teachers.length;
  if (!carriesEmail) plan.peringatan.push({ kode: 'EMAIL_TIDAK_DIKETAHUI', jenis: 'pendidik', detail: {} });
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
    plan.dipilih.push({ id: g.ptk_id, nama: g.nama, ...c, ...(g.email ? { email: g.email } : {}) });
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
      if (got < roleRule.minimum)
        plan.masalah.push(shortfall('pendidik', got, roleRule.minimum, { peran, ...(grade !== undefined ? { tingkat: grade } : {}) }));
    }
  }

  // Then others, first up to the minimum, then up to the recommended number, each in the
  // role Dapodik gives them and named for which of the two it fills.
  const target = Math.max(rule.minimum, rule.saran ?? 0);
  for (const g of teachers) {
    if (plan.dipilih.length >= target) break;
    if (!free(g)) continue;
    const alasan: Reason = plan.dipilih.length < rule.minimum ? 'sampai_minimum' : 'tambahan';
    const wali = waliOf.get(g.ptk_id);
    const taught = teaching.get(g.ptk_id)?.[0];
    if (wali && wali.tingkat_pendidikan_id !== null) choose(g, { alasan, peran: 'guru_kelas', tingkat: wali.tingkat_pendidikan_id, rombel: wali.nama });
    else if (taught) choose(g, { alasan, peran: 'guru_mapel', mapel: taught.mapel, rombel: taught.rombel.nama });
    else choose(g, { alasan, peran: 'guru_lain' });
  }
  if (teachers.length < rule.minimum && withoutEmail > 0 && listed.length >= rule.minimum) {
    plan.masalah.push({ kode: 'EMAIL_KURANG', jenis: 'pendidik', detail: { ada: teachers.length, dibutuhkan: rule.minimum, tanpa_email: withoutEmail } });
  } else if (teachers.length < rule.minimum) plan.masalah.push(shortfall('pendidik', teachers.length, rule.minimum));
  else if (rule.saran !== undefined && teachers.length < rule.saran)
    plan.peringatan.push({ kode: 'DI_BAWAH_SARAN', jenis: 'pendidik', detail: { ada: teachers.length, saran: rule.saran } });
  return plan;
}
