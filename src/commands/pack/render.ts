// Rendering pack results: human text for a terminal, or the `pmp-offline/pack@1` JSON.
// A school that is not ready is shown with check's own renderer (same problems, same words).
import { DateTime } from '../../domain/luxon.js';
import { itemToJson, renderItem, skippedMessage, skippedToJson } from '../../school/render.js';
import type { SkippedInput } from '../../school/discover.js';
import { describeProblem, quoteArg } from '../../school/describe.js';
import { WIB } from '../../domain/zones.js';
import { formatLong } from '../../time/format.js';
import { visible } from '../../core/visible.js';
import { getLang, t } from '../../i18n/index.js';
import type { Terminal } from '../../output/terminal.js';
import { asCheckItem, type PackItem } from './run.js';

export const PACK_JSON_FORMAT = 'pmp-offline/pack@1';

export function packItemToJson(item: PackItem) {
  const check = item.status === 'ditolak' ? asCheckItem(item) : undefined;
  return {
    sumber: item.sumber,
    siap: item.siap,
    berkas: item.berkas,
    ukuran: item.ukuran,
    sha256: item.sha256,
    dibuat: item.dibuat,
    status: item.status,
    masalah: check ? (itemToJson(check).masalah ?? []) : [],
    galat: item.galat ? { kode: item.galat.kode, pesan: item.galat.pesan } : null,
    ...(item.sekolah_id !== undefined ? { sekolah_id: item.sekolah_id } : {}),
    ...(item.lebih_baru !== undefined ? { lebih_baru: item.lebih_baru } : {}),
    ...(item.sama ? { sama: true } : {}),
    ...(item.dipindah ? { dipindah: item.dipindah } : {}),
  };
}

export function packResultToJson(
  items: readonly PackItem[],
  skipped: readonly SkippedInput[] = [],
  cleaned: readonly string[] = [],
  dihentikan = false,
  daftar?: { sha256sums: string; unggahan: string; jumlah: number },
) {
  return {
    format: PACK_JSON_FORMAT,
    ...(dihentikan ? { dihentikan: true } : {}),
    hasil: items.map(packItemToJson),
    dilewati: skippedToJson(skipped),
    dibersihkan: [...cleaned],
    ...(daftar ? { daftar } : {}),
  };
}

/** The lists written beside collected `.pmp` files, and what to do with them. */
export function renderLists(daftar: { sha256sums: string; unggahan: string; jumlah: number }): string {
  return t('collect.lists', { sums: daftar.sha256sums, list: daftar.unggahan, count: daftar.jumlah });
}

/** Leftovers of a killed run that were removed, for stderr. */
export function renderCleaned(cleaned: readonly string[], term: Terminal): string {
  const lines = [`pmp-offline: ${t('pack.cleaned', { count: cleaned.length })}`];
  for (const name of cleaned) lines.push(`  ${term.sym.bullet} ${visible(name)}`);
  return `${lines.join('\n')}\n`;
}

/** Number formats per language, made once: building an Intl.NumberFormat costs more than using it. */
const numberFormats = new Map<string, { whole: Intl.NumberFormat; oneDecimal: Intl.NumberFormat }>();

function formatSize(bytes: number): string {
  const lang = getLang();
  let formats = numberFormats.get(lang);
  if (!formats) {
    formats = { whole: new Intl.NumberFormat(lang), oneDecimal: new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) };
    numberFormats.set(lang, formats);
  }
  return t('pack.size', { bytes: formats.whole.format(bytes), kib: formats.oneDecimal.format(bytes / 1024) });
}

/** One input's outcome, as lines of text (no trailing newline). */
export function renderPackItem(item: PackItem, term: Terminal): string {
  const { color: c, sym } = term;
  if (item.status === 'galat') return failureLine(item);
  if (item.status === 'ditolak') {
    const check = asCheckItem(item);
    const report = check ? renderItem(check, term) : item.sumber;
    return `${report}\n  ${c.red(sym.fail)} ${t('pack.status.ditolak')}`;
  }
  const s = item.sekolah;
  if (item.status === 'dilewati') {
    const name = s ? `${c.bold(visible(s.nama))} ${c.dim(`(NPSN ${s.npsn})`)}` : c.bold(visible(item.sekolah_id ?? ''));
    const why = item.sama
      ? t('collect.same', { source: item.sumber, as: item.lebih_baru ?? '' })
      : item.sekolah_id !== undefined
        ? t('collect.older', {
            source: item.sumber,
            waktu: item.dibuat ? formatLong(DateTime.fromISO(item.dibuat, { setZone: true }), WIB) : '',
            newer: item.lebih_baru ?? '',
          })
        : t('pack.leftOut', { source: item.sumber, newer: item.lebih_baru ?? '' });
    return `${c.yellow(sym.warn)} ${name}  ${c.bold(c.yellow(t('pack.status.dilewati')))}\n  ${why}`;
  }
  const head = s
    ? `${c.bold(visible(s.nama))} ${c.dim(`(NPSN ${s.npsn} ${sym.dot} ${s.bentuk_pendidikan})`)}`
    : c.bold(visible(item.sekolah_id ? `sekolah_id ${item.sekolah_id}` : item.sumber));
  const status = item.status === 'dibuat' ? t('pack.status.dibuat') : item.status === 'disalin' ? t('pack.status.disalin') : t('pack.status.sudahAda');
  const labels = [t('pack.label.source'), t('pack.label.file'), t('pack.label.size'), 'SHA-256', t('pack.label.created')];
  const width = Math.max(...labels.map((l) => l.length)) + 2;
  const row = (label: string, value: string) => `  ${label.padEnd(width)}${value}`;
  const created = item.dibuat ? formatLong(DateTime.fromISO(item.dibuat, { setZone: true }), WIB) : '';
  return [
    `${c.green(sym.ok)} ${head}  ${c.green.bold(status)}`,
    row(labels[0] as string, visible(item.sumber)),
    row(labels[1] as string, c.bold(visible(item.berkas ?? ''))),
    row(labels[2] as string, formatSize(item.ukuran ?? 0)),
    row(labels[3] as string, item.sha256 ?? ''),
    row(labels[4] as string, created),
    ...(item.dipindah ?? []).map((m) => `  ${t('pack.retired', { from: m.dari, to: m.ke })}`),
  ].join('\n');
}

/** What to do with the file(s): upload, wait up to 2x24 hours, ask `eta`. */
export function renderNextSteps(items: readonly PackItem[]): string {
  const made = items.filter((item) => item.berkas !== null && item.status !== 'dilewati');
  if (made.length === 0) return '';
  const target = made.length === 1 ? quoteArg(made[0]?.berkas ?? '') : t('pack.next.anyFile');
  const steps = [t('pack.next.upload'), t('pack.next.wait'), `${t('pack.next.eta', { command: `pmp-offline eta ${target}` })} ${t('pack.next.etaSent')}`];
  return [t('pack.next.title'), ...steps.map((step, i) => `  ${i + 1}. ${step}`)].join('\n');
}

function firstProblem(item: PackItem): string {
  const problems = item.assessment?.masalah ?? [];
  const first = problems[0];
  if (!first) return t('check.verdict.notReady');
  return describeProblem(first) + (problems.length > 1 ? ` (+${problems.length - 1})` : '');
}

export function renderPackSummary(items: readonly PackItem[], skipped: readonly SkippedInput[], term: Terminal): string {
  const { color: c, sym } = term;
  const count = (status: PackItem['status']) => items.filter((item) => item.status === status).length;
  const rows: Array<[string, number, (s: string) => string]> = [
    [t('pack.summary.dibuat'), count('dibuat'), c.green],
    [t('pack.summary.disalin'), count('disalin'), c.green],
    [t('pack.summary.sudahAda'), count('sudah_ada'), c.green],
    [t('pack.summary.dilewati'), count('dilewati'), c.yellow],
    [t('pack.summary.ditolak'), count('ditolak'), c.red],
    [t('pack.summary.galat'), count('galat'), c.red],
  ];
  if (skipped.length > 0) rows.push([t('check.summary.skipped'), skipped.length, c.yellow]);
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = [c.bold(t('pack.summary.title', { total: items.length }))];
  for (const [label, n, paint] of rows) lines.push(`  ${label.padEnd(width)}${(n > 0 ? paint : (s: string) => s)(String(n).padStart(5))}`);
  const notReady = items.filter((item) => item.status === 'ditolak');
  if (notReady.length > 0) {
    lines.push(`  ${t('pack.summary.listProblems')}`);
    for (const item of notReady) {
      lines.push(`    ${c.red(sym.fail)} ${visible(item.sumber)}${item.sekolah ? ` (${visible(item.sekolah.nama)})` : ''}: ${firstProblem(item)}`);
    }
  }
  const failed = items.filter((item) => item.status === 'galat');
  if (failed.length > 0) {
    lines.push(`  ${t('pack.summary.listFailed')}`);
    for (const item of failed) lines.push(`    ${c.red(sym.fail)} ${failureLine(item)}`);
  }
  if (skipped.length > 0) {
    lines.push(`  ${t('input.skipped.title', { count: skipped.length })}`);
    for (const s of skipped) lines.push(`    ${c.yellow(sym.warn)} ${skippedMessage(s)}`);
  }
  return lines.join('\n');
}

/** A failed input: its source file and school (when it was read), then what went wrong. */
export function failureLine(item: PackItem): string {
  const message = item.galat?.pesan ?? '';
  if (!item.sekolah) return message;
  return t('pack.failedFor', { source: item.sumber, school: `${item.sekolah.nama}, NPSN ${item.sekolah.npsn}`, message });
}
