// Human output: the time line (WIB, and the operator's zone beside it), the picture,
// the cut-off verdict and the one thing to do now. Several files: one table row each.
import path from 'node:path';
import { visible } from '../../core/visible.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { WIB, zoneLabel } from '../../domain/zones.js';
import type { Terminal } from '../../output/terminal.js';
import { formatDuration, formatLong, formatShort, todoLine } from '../../time/format.js';
import { drawPicture } from './picture.js';
import type { EtaEntry, EtaFailure, EtaResult } from './types.js';

export interface TextOptions {
  /** Draw the picture with Unicode glyphs (UTF-8 terminal and colour not switched off). */
  unicodePicture: boolean;
}

const POINTS = ['dikirim', 'diproses', 'tampil', 'batas2x24', 'batas3x24'] as const;

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

function showsOtherZone(zone: string): boolean {
  return zoneLabel(zone) !== zoneLabel(WIB);
}

function sourceLine(entry: EtaEntry, zone: string): string {
  switch (entry.source) {
    case 'sent':
      return t('eta.source.sent');
    case 'now':
      return t('eta.source.now');
    case 'manifest':
      return t('eta.source.manifest', { file: entry.berkas ?? '' });
    case 'filename':
      return t('eta.source.filename', { file: entry.berkas ?? '', zone: zoneLabel(zone) });
  }
}

function verdictLine(entry: EtaEntry, result: EtaResult, term: Terminal): string {
  const c = term.color;
  if (entry.source === 'now') {
    const left = result.cutoff.toMillis() - result.now.toMillis();
    return left >= 0 ? c.green(t('eta.cutoff.left', { left: formatDuration(left) })) : c.red(t('eta.cutoff.passed', { late: formatDuration(left) }));
  }
  const text = entry.verdict.onTime
    ? `${term.sym.ok} ${c.green(t('eta.cutoff.onTime', { margin: formatDuration(entry.verdict.marginMs) }))}`
    : `${term.sym.fail} ${c.red(t('eta.cutoff.late', { late: formatDuration(entry.verdict.marginMs) }))}`;
  return entry.source === 'sent' ? text : `${text} ${t('eta.cutoff.fileNote')}`;
}

export function renderEntry(entry: EtaEntry, result: EtaResult, term: Terminal, options: TextOptions): string {
  const c = term.color;
  const other = showsOtherZone(result.zone);
  const tl = entry.timeline;
  const out: string[] = [];
  out.push(c.bold(t('eta.title')));
  out.push(sourceLine(entry, result.zone));
  out.push('');

  const labels = POINTS.map((p) => t(`eta.point.${p}` as MessageKey));
  const labelWidth = Math.max(...labels.map((l) => [...l].length));
  const wib = POINTS.map((p) => formatLong(tl[p], WIB));
  const wibWidth = Math.max(...wib.map((w) => [...w].length));
  const locals = POINTS.map((p) => (other ? formatLong(tl[p], result.zone) : ''));
  const localWidth = Math.max(...locals.map((l) => [...l].length));
  POINTS.forEach((p, i) => {
    const local = other ? `  ${pad(locals[i] ?? '', localWidth)}` : '';
    out.push(
      `  ${i + 1}  ${pad(labels[i] ?? '', labelWidth)}  ${pad(wib[i] ?? '', wibWidth)}${local}  ${c.dim(`${term.sym.arrow} ${t(`eta.note.${p}` as MessageKey)}`)}`,
    );
  });
  out.push('');
  for (const line of drawPicture(tl, result.now, { unicode: options.unicodePicture, nowLabel: t('eta.nowWord') })) {
    out.push(`  ${line}`);
  }
  out.push('');

  out.push(t('eta.cutoff.label', { when: formatLong(result.cutoff, WIB) }));
  out.push(`  ${verdictLine(entry, result, term)}`);
  const nowText = other ? `${formatLong(result.now, WIB)} (${formatLong(result.now, result.zone)})` : formatLong(result.now, WIB);
  const tahap = t(`eta.tahap.${entry.tahap}` as MessageKey);
  // The stage in bold: coloured after the sentence is made (placeholders take plain text).
  out.push(t('eta.now.label', { when: nowText, dash: term.sym.dash, tahap }).replace(tahap, c.bold(tahap)));
  if (entry.dijadwalkan) out.push(c.yellow(t('eta.warn.sentAhead', { dikirim: formatLong(tl.dikirim, WIB) })));
  out.push(`  ${term.sym.arrow} ${todoLine(entry.langkah, tl, result.cutoff, entry.dijadwalkan)}`);
  return `${out.join('\n')}\n`;
}

function renderTable(result: EtaResult, term: Terminal): string {
  const c = term.color;
  const header = ['file', 'sent', 'source', 'visible', 'onTime', 'tahap'].map((k) => t(`eta.table.${k}` as MessageKey));
  const rows: string[][] = result.entries.map((e: EtaEntry | EtaFailure) => {
    const name = visible(path.basename(e.berkas ?? ''));
    if (e.kind === 'error') return [name, `${term.sym.fail} ${e.error.message}`];
    return [
      name,
      formatShort(e.timeline.dikirim, WIB),
      t(`eta.sourceShort.${e.source}` as MessageKey),
      formatShort(e.timeline.tampil, WIB),
      t(e.verdict.onTime ? 'eta.table.yes' : 'eta.table.no'),
      t(`eta.tahap.${e.tahap}` as MessageKey),
    ];
  });
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.filter((r) => r.length > 2).map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]): string =>
    cells.length === 2
      ? `  ${pad(cells[0] ?? '', widths[0] ?? 0)}  ${cells[1] ?? ''}`
      : `  ${cells.map((cell, i) => pad(cell, widths[i] ?? 0)).join('  ')}`.trimEnd();
  const out = [c.bold(t('eta.title')), '', c.bold(line(header)), ...rows.map(line), ''];
  if (result.entries.some((e) => e.kind === 'ok' && (e.source === 'manifest' || e.source === 'filename'))) {
    out.push(t('eta.table.fileNote'));
  }
  out.push(t('eta.cutoff.label', { when: formatLong(result.cutoff, WIB) }));
  out.push(t('eta.table.now', { when: formatLong(result.now, WIB) }));
  return `${out.join('\n')}\n`;
}

export function renderText(result: EtaResult, term: Terminal, options: TextOptions): string {
  const [only] = result.entries;
  if (result.entries.length === 1 && only?.kind === 'ok') return renderEntry(only, result, term, options);
  return renderTable(result, term);
}
