// The respondent plan in the operator's words: a table per type for the terminal, the
// `pmp-offline/rencana@1` JSON document, and the workbook to print and tick off.
import { visible } from '../../core/visible.js';
import { t, type MessageKey } from '../../i18n/index.js';
import type { Terminal } from '../../output/terminal.js';
import { roleName, typeName } from '../../school/describe.js';
import { workbookBytes, type SheetSpec } from '../../output/workbook.js';
import type { Chosen, Place, Plan, PlanProblem, PlanWarning, TypePlan } from './types.js';

export const PLAN_JSON_FORMAT = 'pmp-offline/rencana@1';

export interface PlanSource {
  jenis: 'dapodik' | 'folder';
  alamat: string;
}

function where(c: Pick<Chosen, 'tingkat' | 'rombel'>): string {
  if (c.rombel && c.tingkat !== undefined) return t('plan.where.both', { rombel: c.rombel, tingkat: c.tingkat });
  if (c.rombel) return c.rombel;
  return c.tingkat !== undefined ? t('check.grade', { tingkat: c.tingkat }) : '';
}

/** Why this person, in words: "wali kelas 4A (kelas 4)", "guru agama: Pendidikan Agama Islam… (5B)". */
export function describeChosen(c: Chosen): string {
  const at = where(c);
  const role = (): string => {
    if (c.peran === 'guru_kelas') return t(c.alasan === 'guru_kelas' ? 'plan.reason.classTeacher' : 'plan.reason.wali', { where: at });
    if (c.mapel) return t('plan.reason.teaches', { role: roleName(c.peran ?? 'guru_mapel'), mapel: c.mapel, where: at });
    return t('plan.reason.teacher');
  };
  switch (c.alasan) {
    case 'kepala_sekolah':
      return t('plan.reason.head');
    case 'siswa_kelas':
      return at;
    case 'siswa_tambahan':
      return t('plan.reason.extraStudent', { where: at });
    case 'sampai_minimum':
      return t('plan.reason.toMinimum', { what: role() });
    case 'tambahan':
      return t('plan.reason.extra', { what: role() });
    default:
      return role();
  }
}

export function describePlace(p: Place): string {
  const role = p.peran ? roleName(p.peran) : '';
  if (!p.usulan) return role;
  const u = p.usulan;
  return t('plan.place.suggest', { role, nama: u.nama, hubungan: t(`plan.parent.${u.hubungan}` as MessageKey), anak: u.anak.nama, where: where(u.anak) });
}

export function describePlanFinding(f: PlanProblem | PlanWarning): string {
  const d = f.detail;
  const subject = f.jenis
    ? typeName(f.jenis) + (f.peran ? ` (${roleName(f.peran)})` : '') + (f.tingkat !== undefined ? ` ${t('check.grade', { tingkat: f.tingkat })}` : '')
    : '';
  if (f.kode === 'DAPODIK_KURANG' && f.peran === 'guru_kelas' && f.tingkat !== undefined) return t('plan.problem.noClassTeacher', { tingkat: f.tingkat });
  return t(`plan.problem.${f.kode}` as MessageKey, { ...d, subjek: subject });
}

function typeHeading(p: TypePlan): string {
  const name = typeName(p.jenis);
  if (p.sumber === 'manual') return t(p.jenis === 'pengawas' ? 'plan.heading.supervisor' : 'plan.heading.manual', { type: name, count: p.isian.length });
  const parts = [t('plan.heading.minimum', { minimum: p.minimum })];
  if (p.saran !== undefined) parts.push(t('plan.heading.saran', { saran: p.saran }));
  parts.push(t(p.jenis === 'peserta_didik' ? 'plan.heading.availableSurveyed' : 'plan.heading.available', { count: p.tersedia ?? 0 }));
  return t('plan.heading.chosen', { type: name, count: p.dipilih.length, detail: parts.join('; ') });
}

/** A person's PMP login as shown: "NISN 0012345678", or their email. */
function loginOf(c: Chosen): string {
  return c.nisn ? `NISN ${c.nisn}` : c.email ? visible(c.email) : '';
}

/** "Siswa per kelas di Dapodik: kelas 4: 16 (2 tanpa NISN), kelas 5: 16, …". */
function gradesLine(p: TypePlan): string {
  const daftar = (p.per_tingkat ?? []).map((g) => t(g.tanpa_nisn > 0 ? 'plan.grade.noNisn' : 'plan.grade', { ...g })).join(', ');
  return t('plan.grades', { daftar });
}

export function nextStep(plan: Plan): string {
  return plan.dapat_dipenuhi ? t('plan.next.ok') : t('plan.next.fix');
}

export function renderPlan(plan: Plan, source: PlanSource, term: Terminal): string {
  const c = term.color;
  const s = plan.sekolah;
  const lines: string[] = [
    c.bold(t('plan.title', { nama: visible(s.nama), npsn: s.npsn, bentuk: s.bentuk_pendidikan })),
    `${t(source.jenis === 'dapodik' ? 'plan.source.dapodik' : 'plan.source.folder', { alamat: source.alamat })} ${term.sym.dot} ${t('check.label.rules')}: ${plan.aturan}`,
    t('plan.counts', plan.jumlah),
  ];
  for (const p of plan.jenis) {
    lines.push('', c.bold(typeHeading(p)));
    const width = String(Math.max(p.dipilih.length, 1)).length;
    if (p.per_tingkat) lines.push(`  ${gradesLine(p)}`);
    p.dipilih.forEach((person, i) =>
      lines.push(
        `  ${String(i + 1).padStart(width)}. ${visible(person.nama)}${loginOf(person) ? ` (${loginOf(person)})` : ''} ${term.sym.dash} ${describeChosen(person)}`,
      ),
    );
    p.isian.forEach((place) => {
      const what = describePlace(place);
      lines.push(`  [ ] ${what ? `${what}: ` : ''}${'_'.repeat(24)}`);
    });
    if (p.sumber === 'manual') lines.push(`  ${c.dim(t(p.jenis === 'pengawas' ? 'plan.manual.supervisor' : 'plan.manual.committee'))}`);
  }
  const problems = plan.jenis.flatMap((p) => p.masalah);
  const warnings = plan.jenis.flatMap((p) => p.peringatan);
  if (problems.length > 0) lines.push('', c.bold(t('check.problems')), ...problems.map((f) => `  ${c.red(term.sym.fail)} ${describePlanFinding(f)}`));
  if (warnings.length > 0) lines.push('', c.bold(t('check.warnings')), ...warnings.map((f) => `  ${c.yellow(term.sym.warn)} ${describePlanFinding(f)}`));
  lines.push('', plan.dapat_dipenuhi ? c.green(t('plan.verdict.ok')) : c.red(t('plan.verdict.short')), `${t('check.next')} ${nextStep(plan)}`);
  return lines.join('\n');
}

export function planToJson(plan: Plan, source: PlanSource) {
  const finding = (f: PlanProblem | PlanWarning) => ({
    kode: f.kode,
    jenis: f.jenis,
    ...(f.tingkat !== undefined ? { tingkat: f.tingkat } : {}),
    ...(f.peran !== undefined ? { peran: f.peran } : {}),
    detail: f.detail,
    pesan: describePlanFinding(f),
  });
  return {
    format: PLAN_JSON_FORMAT,
    aturan: plan.aturan,
    sumber: source,
    sekolah: plan.sekolah,
    jumlah: plan.jumlah,
    dapat_dipenuhi: plan.dapat_dipenuhi,
    jenis: plan.jenis.map((p) => ({
      jenis: p.jenis,
      sumber: p.sumber,
      minimum: p.minimum,
      ...(p.saran !== undefined ? { saran: p.saran } : {}),
      ...(p.tersedia !== undefined ? { tersedia: p.tersedia } : {}),
      ...(p.per_tingkat ? { per_tingkat: p.per_tingkat } : {}),
      dipilih: p.dipilih.map((c) => ({ ...c, keterangan: describeChosen(c) })),
      isian: p.isian.map((place) => ({ ...place, keterangan: describePlace(place) })),
      masalah: p.masalah.map(finding),
      peringatan: p.peringatan.map(finding),
    })),
    langkah: nextStep(plan),
  };
}

const BOX = '☐';

/** One sheet per respondent type with tick-box columns, and a first sheet with the verdict. */
export function planWorkbook(plan: Plan, source: PlanSource): Promise<Buffer> {
  const s = plan.sekolah;
  // What `check` reads back from this sheet once the lists are ticked (school/progress/load.ts):
  // the school, its level, and the application version the operator fills in.
  const rows: Array<[string, string | number, string?]> = [
    [t('rekap.col.name'), s.nama],
    ['NPSN', s.npsn],
    [t('plan.row.sekolahId'), s.sekolah_id],
    [t('rekap.col.level'), s.bentuk_pendidikan],
    [t('rekap.col.region'), s.kabupaten_kota ?? ''],
    [t('plan.row.version'), '', t('plan.row.versionHint')],
    [t('plan.row.howToTick'), t('plan.row.howToTickText')],
    [t('plan.col.source'), source.alamat],
    [t('check.label.rules'), plan.aturan],
    [t('rekap.col.ready'), plan.dapat_dipenuhi ? t('plan.verdict.ok') : t('plan.verdict.short')],
    ...plan.jenis.flatMap((p) => [...p.masalah, ...p.peringatan]).map((f): [string, string] => [t('rekap.col.message'), describePlanFinding(f)]),
    [t('rekap.col.next'), nextStep(plan)],
  ];
  const summary: SheetSpec = {
    name: t('plan.sheet.summary'),
    columns: [
      { header: t('rekap.col.what'), key: 'what' },
      { header: t('plan.col.value'), key: 'value' },
      { header: '', key: 'note' },
    ],
    rows: rows.map(([what, value, note]) => ({ what, value: typeof value === 'string' ? visible(value) : value, note })),
  };
  return workbookBytes([summary, ...plan.jenis.map(typeSheet)]);
}

function typeSheet(p: TypePlan): SheetSpec {
  const ticks = [
    { header: t('plan.col.registered'), key: 'didaftarkan' },
    { header: t('plan.col.done'), key: 'selesai' },
  ];
  if (p.sumber === 'manual') {
    return {
      name: typeName(p.jenis),
      printA4: true,
      columns: [
        { header: 'No', key: 'no' },
        { header: t('rekap.col.role'), key: 'peran' },
        { header: t('plan.col.name'), key: 'nama' },
        { header: t('plan.col.suggestion'), key: 'usulan' },
        ...ticks,
      ],
      rows: p.isian.map((place, i) => ({
        no: i + 1,
        peran: place.peran ? roleName(place.peran) : '',
        nama: '',
        usulan: place.usulan ? visible(describePlace(place)) : '',
        didaftarkan: BOX,
        selesai: BOX,
      })),
    };
  }
  return {
    name: typeName(p.jenis),
    printA4: true,
    columns: [
      { header: 'No', key: 'no' },
      { header: t('plan.col.name'), key: 'nama' },
      { header: t('plan.col.id'), key: 'id' },
      { header: t('plan.col.login'), key: 'login' },
      { header: t('rekap.col.role'), key: 'peran' },
      { header: t('rekap.col.grade'), key: 'tingkat' },
      { header: t('plan.col.rombel'), key: 'rombel' },
      { header: t('plan.col.reason'), key: 'alasan' },
      ...ticks,
    ],
    rows: p.dipilih.map((c, i) => ({
      no: i + 1,
      nama: visible(c.nama),
      id: c.id,
      login: c.nisn ?? (c.email ? visible(c.email) : ''),
      peran: c.peran ? roleName(c.peran) : p.jenis === 'kepala_sekolah' ? typeName('kepala_sekolah') : '',
      tingkat: c.tingkat,
      rombel: c.rombel ? visible(c.rombel) : '',
      alasan: visible(describeChosen(c)),
      didaftarkan: BOX,
      selesai: BOX,
    })),
  };
}
