// `plan`: who should fill in the PMP questionnaire, chosen from the school's roster in
// Dapodik by the ruleset `check` uses. Pure: the four answers and a ruleset in, a plan out.
// The choice is deterministic (the same roster gives the same plan) without being the
// first names in alphabetical order: people are ordered by a hash of the school's id and
// theirs, and students are spread across each grade's rombels. Every chosen person says
// why (role, grade, rombel, subject). Linear in the roster but for one sort per group.
import type { SchoolLevel } from '../../domain/respondent-types.js';
import type { LevelRule, Ruleset, TypeRule } from '../../domain/ruleset.js';
import type { Answers, GtkRow, StudentRow } from '../../dapodik/schema.js';
import { byName, emptyType, isPrincipal, norm, ordered, roundRobin, shortfall, take } from './order.js';
import { planTeachers } from './teachers.js';
import type { Chosen, Place, Plan, Reason, TypePlan } from './types.js';

function planPrincipal(gtk: readonly GtkRow[], rule: TypeRule): TypePlan {
  const plan = emptyType('kepala_sekolah', rule, 'dapodik');
  const heads = gtk.filter(isPrincipal);
  plan.tersedia = heads.length;
  if (heads.length < rule.minimum)
    plan.masalah.push({ kode: 'KEPALA_SEKOLAH_TIDAK_ADA', jenis: 'kepala_sekolah', detail: { ada: heads.length, dibutuhkan: rule.minimum } });
  else if (rule.maksimum !== undefined && heads.length > rule.maksimum) {
    plan.masalah.push({ kode: 'KEPALA_SEKOLAH_GANDA', jenis: 'kepala_sekolah', detail: { ada: heads.length, nama: heads.map((h) => h.nama).join(', ') } });
  } else plan.dipilih = heads.map((h) => ({ id: h.ptk_id, nama: h.nama, alasan: 'kepala_sekolah' }));
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
  // The PMP application copies only students with an NISN (their login): the others are
  // counted per grade, never chosen.
  const withoutNisn = new Map<number, number>();
  for (const [grade, rombels] of byGrade) {
    for (const [key, list] of rombels) {
      const kept = list.filter((s) => s.nisn !== null);
      withoutNisn.set(grade, (withoutNisn.get(grade) ?? 0) + list.length - kept.length);
      rombels.set(key, kept);
    }
  }
  const available = (grade: number) => [...(byGrade.get(grade)?.values() ?? [])].reduce((n, list) => n + list.length, 0);
  const lacking = (grade: number) => withoutNisn.get(grade) ?? 0;
  plan.tersedia = allowed.reduce((n, g) => n + available(g), 0);
  plan.per_tingkat = [...allowed]
    .sort((a, b) => a - b)
    .map((tingkat) => ({ tingkat, terdaftar: available(tingkat) + lacking(tingkat), tanpa_nisn: lacking(tingkat) }));
  const totalLacking = allowed.reduce((n, g) => n + lacking(g), 0);
  /** A shortfall of `ada` against `dibutuhkan`: NISN's doing when the students without one would have met it. */
  const short = (ada: number, dibutuhkan: number, tanpa: number, extra: { tingkat?: number } = {}) =>
    tanpa > 0 && ada + tanpa >= dibutuhkan
      ? { kode: 'NISN_KURANG' as const, jenis: 'peserta_didik' as const, ...extra, detail: { ada, dibutuhkan, tanpa_nisn: tanpa } }
      : shortfall('peserta_didik', ada, dibutuhkan, extra);
  // Each grade hands out its students one rombel at a time, in a stable order.
  const streams = new Map<number, Iterator<StudentRow>>(
    [...allowed]
      .sort((a, b) => a - b)
      .map((grade) => {
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
    plan.dipilih.push({
      id: s.peserta_didik_id,
      nama: s.nama,
      alasan,
      tingkat: s.tingkat_pendidikan_id as number,
      ...(rombel ? { rombel } : {}),
      ...(s.nisn ? { nisn: s.nisn } : {}),
    });
  };
  const fresh = (s: StudentRow) => !seen.has(s.peserta_didik_id);
  if (rule.per_tingkat) {
    for (const grade of rule.per_tingkat.tingkat) {
      const stream = streams.get(grade);
      const got = stream ? take(stream, rule.per_tingkat.minimum, fresh) : [];
      for (const s of got) add(s, 'siswa_kelas');
      if (got.length < rule.per_tingkat.minimum) plan.masalah.push(short(available(grade), rule.per_tingkat.minimum, lacking(grade), { tingkat: grade }));
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
  if (plan.tersedia < rule.minimum) plan.masalah.push(short(plan.tersedia, rule.minimum, totalLacking));
  else if (rule.saran !== undefined && plan.tersedia < rule.saran)
    plan.peringatan.push({ kode: 'DI_BAWAH_SARAN', jenis: 'peserta_didik', detail: { ada: plan.tersedia, saran: rule.saran } });
  return plan;
}

function planCommittee(rule: TypeRule, students: readonly Chosen[], answers: Answers): TypePlan {
  const plan = emptyType('komite_sekolah', rule, 'manual');
  const byId = new Map(answers.getPesertaDidik.map((s) => [s.peserta_didik_id, s]));
  const suggested = new Set<string>();
  const parents = students.flatMap((c): Place['usulan'][] => {
    const s = byId.get(c.id);
    const [nama, hubungan] = s?.nama_ibu?.trim()
      ? [s.nama_ibu.trim(), 'ibu' as const]
      : s?.nama_ayah?.trim()
        ? [s.nama_ayah.trim(), 'ayah' as const]
        : [undefined, undefined];
    if (!nama || !hubungan || suggested.has(norm(nama))) return [];
    suggested.add(norm(nama));
    return [
      {
        nama,
        hubungan,
        anak: { id: c.id, nama: c.nama, ...(c.tingkat !== undefined ? { tingkat: c.tingkat } : {}), ...(c.rombel ? { rombel: c.rombel } : {}) },
      },
    ];
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
