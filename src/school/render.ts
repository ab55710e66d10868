// Rendering check results: human text for a terminal, or the `pmp-offline/cek@1` JSON.
import { visible } from '../core/visible.js';
import { t } from '../i18n/index.js';
import type { Terminal } from '../output/terminal.js';
import type { Problem, Warning } from '../domain/readiness.js';
import { describeProblem, describeWarning, nextSteps, typeName } from './describe.js';
import { MAX_DEPTH, type SkippedInput } from './discover.js';
import type { CheckItem, CheckTotals } from './check.js';

export const CHECK_JSON_FORMAT = 'pmp-offline/cek@1';
/** Human output lists at most this many findings of one code per school; JSON lists all. */
const MAX_LISTED_PER_CODE = 8;

function findingJson(finding: Problem | Warning, pesan: string) {
  return {
    kode: finding.kode,
    jenis: finding.jenis,
    ...(finding.tingkat !== undefined ? { tingkat: finding.tingkat } : {}),
    ...(finding.peran !== undefined ? { peran: finding.peran } : {}),
    ...(finding.responden !== undefined ? { responden: finding.responden } : {}),
    pesan,
  };
}

export function itemToJson(item: CheckItem) {
  if (!item.ok) {
    return {
      berkas: item.berkas,
      siap: false,
      galat: item.galat,
      sekolah: null,
      versi: null,
      aturan: null,
      jenis: null,
      masalah: null,
      peringatan: null,
      langkah: [t('check.next.unreadable')],
    };
  }
  const a = item.assessment;
  const { sekolah_id, npsn, nama, bentuk_pendidikan } = item.sekolah;
  return {
    berkas: item.berkas,
    masukan: item.masukan ?? 'ekspor',
    siap: a.siap,
    galat: null,
    sekolah: { sekolah_id, npsn, nama, bentuk_pendidikan },
    versi: { ditemukan: a.versi.ditemukan, diwajibkan: a.versi.diwajibkan, ok: a.versi.ok },
    aturan: a.aturan,
    jenis: a.jenis,
    masalah: a.masalah.map((p) => findingJson(p, describeProblem(p))),
    peringatan: a.peringatan.map((w) => findingJson(w, describeWarning(w))),
    langkah: nextSteps(a, item.berkas, item.container !== undefined ? 'wadah' : (item.masukan ?? 'ekspor')),
    ...(item.container ? { wadah: item.container } : {}),
  };
}

export function skippedToJson(skipped: readonly SkippedInput[]) {
  return skipped.map((s) => ({
    berkas: s.berkas,
    alasan: s.alasan,
    ...(s.sama_dengan !== undefined ? { sama_dengan: s.sama_dengan } : {}),
    pesan: skippedMessage(s),
  }));
}

export function resultToJson(
  items: readonly ReturnType<typeof itemToJson>[],
  totals: CheckTotals,
  dilewati: ReturnType<typeof skippedToJson> = [],
  dihentikan = false,
) {
  return {
    format: CHECK_JSON_FORMAT,
    siap: !dihentikan && items.length > 0 && totals.siap === items.length,
    ...(dihentikan ? { dihentikan: true } : {}),
    ringkasan: { jumlah: items.length, ...totals, dilewati: dilewati.length },
    hasil: items,
    dilewati,
  };
}

export function skippedMessage(s: SkippedInput): string {
  return t(`input.skipped.${s.alasan}`, { file: s.berkas, first: s.sama_dengan ?? '', max: MAX_DEPTH });
}

/** What was skipped, for stderr: a title and one line each. */
export function renderSkipped(skipped: readonly SkippedInput[], term: Terminal): string {
  const lines = [`pmp-offline: ${term.color.yellow(t('input.skipped.title', { count: skipped.length }))}`];
  for (const s of skipped) lines.push(`  ${term.color.yellow(term.sym.warn)} ${skippedMessage(s)}`);
  return `${lines.join('\n')}\n`;
}

function limited<T extends { kode: string }>(findings: readonly T[], render: (f: T) => string, term: Terminal, symbol: string): string[] {
  const lines: string[] = [];
  const shown = new Map<string, number>();
  const hidden = new Map<string, number>();
  for (const f of findings) {
    const count = shown.get(f.kode) ?? 0;
    if (count < MAX_LISTED_PER_CODE) {
      shown.set(f.kode, count + 1);
      lines.push(`    ${symbol} ${render(f)}`);
    } else hidden.set(f.kode, (hidden.get(f.kode) ?? 0) + 1);
  }
  for (const count of hidden.values()) lines.push(`      ${term.color.dim(t('check.andMore', { count, ellipsis: term.sym.ellipsis }))}`);
  return lines;
}

/** One school's report, as lines of text (no trailing newline). */
export function renderItem(item: CheckItem, term: Terminal): string {
  const { color: c, sym } = term;
  if (!item.ok) {
    return `${c.red(sym.fail)} ${item.galat.pesan}`;
  }
  const a = item.assessment;
  const s = item.sekolah;
  const lines: string[] = [];
  const region = visible([s.kabupaten_kota, s.provinsi].filter(Boolean).join(', '));
  const dot = sym.dot;
  lines.push(`${c.bold(visible(s.nama))} ${c.dim(`(NPSN ${s.npsn} ${dot} ${s.bentuk_pendidikan}${region ? ` ${dot} ${region}` : ''})`)}`);
  lines.push(`  ${t('check.label.file').padEnd(16)}${visible(item.berkas)}`);
  const versionMark = a.versi.ok ? (a.versi.verdict === 'lebih_baru' ? c.yellow(sym.warn) : c.green(sym.ok)) : c.red(sym.fail);
  lines.push(
    `  ${t('check.label.version').padEnd(16)}${a.versi.ditemukan === '' ? t('check.label.versionUnknown') : visible(a.versi.ditemukan)} (${t('check.label.required', { versi: a.versi.diwajibkan })}) ${versionMark}`,
  );
  lines.push(`  ${t('check.label.rules').padEnd(16)}${visible(a.aturan)}`);
  const nameWidth = Math.max(t('check.col.type').length, ...a.jenis.map((j) => typeName(j.jenis).length)) + 2;
  const cols = [t('check.col.registered'), t('check.col.complete'), t('check.col.minimum')];
  const widths = cols.map((col) => Math.max(col.length, 4) + 2);
  // Marks are padded to one width, so the table lines up in ASCII too ([OK] / [X]).
  const markWidth = Math.max(sym.ok.length, sym.fail.length);
  lines.push(`  ${' '.repeat(markWidth + 1)}${c.dim(t('check.col.type').padEnd(nameWidth) + cols.map((col, i) => col.padStart(widths[i] ?? 6)).join(''))}`);
  for (const j of a.jenis) {
    const mark = j.ok ? c.green(sym.ok.padEnd(markWidth)) : c.red(sym.fail.padEnd(markWidth));
    const cells = [j.terdaftar, j.lengkap, j.minimum].map((n, i) => String(n).padStart(widths[i] ?? 6)).join('');
    lines.push(`  ${mark} ${typeName(j.jenis).padEnd(nameWidth)}${cells}`);
  }
  if (a.masalah.length > 0) {
    lines.push(`  ${c.red(t('check.problems'))}`);
    lines.push(...limited(a.masalah, describeProblem, term, c.red(sym.fail)));
  }
  if (a.peringatan.length > 0) {
    lines.push(`  ${c.yellow(t('check.warnings'))}`);
    lines.push(...limited(a.peringatan, describeWarning, term, c.yellow(sym.warn)));
  }
  const verdict = a.siap ? c.green.bold(`${sym.ok} ${t('check.verdict.ready')}`) : c.red.bold(`${sym.fail} ${t('check.verdict.notReady')}`);
  lines.push(`  ${verdict}`);
  const steps = nextSteps(a, item.berkas, item.container !== undefined ? 'wadah' : (item.masukan ?? 'ekspor'));
  if (steps.length === 1) lines.push(`  ${t('check.next')} ${steps[0]}`);
  else {
    lines.push(`  ${t('check.next')}`);
    steps.forEach((step, i) => lines.push(`    ${i + 1}. ${step.charAt(0).toUpperCase()}${step.slice(1)}`));
  }
  return lines.join('\n');
}

export interface SummaryLine {
  berkas: string;
  nama?: string;
  alasan: string;
}

export function renderSummary(
  totals: CheckTotals,
  notReady: readonly SummaryLine[],
  unreadable: readonly SummaryLine[],
  skipped: readonly SkippedInput[],
  term: Terminal,
): string {
  const { color: c, sym } = term;
  const total = totals.siap + totals.belum_siap + totals.tidak_terbaca;
  const rows: Array<[string, number, (s: string) => string]> = [
    [t('check.summary.ready'), totals.siap, c.green],
    [t('check.summary.notReady'), totals.belum_siap, c.red],
    [t('check.summary.unreadable'), totals.tidak_terbaca, c.red],
  ];
  if (skipped.length > 0) rows.push([t('check.summary.skipped'), skipped.length, c.yellow]);
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = [c.bold(t('check.summary.title', { total }))];
  for (const [label, n, paint] of rows) lines.push(`  ${label.padEnd(width)}${(n > 0 ? paint : (s: string) => s)(String(n).padStart(5))}`);
  if (notReady.length > 0) {
    lines.push(`  ${t('check.summary.listNotReady')}`);
    for (const row of notReady) lines.push(`    ${c.red(sym.fail)} ${visible(row.berkas)}${row.nama ? ` (${visible(row.nama)})` : ''}: ${row.alasan}`);
  }
  if (unreadable.length > 0) {
    lines.push(`  ${t('check.summary.listUnreadable')}`);
    for (const row of unreadable) lines.push(`    ${c.red(sym.fail)} ${row.alasan}`);
  }
  if (skipped.length > 0) {
    lines.push(`  ${t('input.skipped.title', { count: skipped.length })}`);
    for (const s of skipped) lines.push(`    ${c.yellow(sym.warn)} ${skippedMessage(s)}`);
  }
  return lines.join('\n');
}
