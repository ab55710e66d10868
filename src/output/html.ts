// The one way this tool writes an HTML page (the district report, the board of who to
// call): a single self-contained file (no network, no external script, font or image)
// that opens from a flash drive. Text from the data reaches the page only escaped
// (`escapeHtml`) or inside a JSON data block (`jsonForScript`) that the page's script
// puts into the document with textContent, never as markup. A Content-Security-Policy
// meta tag allows nothing but the page's own inline script and style, by their hashes.
import { createHash } from 'node:crypto';
import { readHead } from '../io/read-text.js';
import { visible } from '../core/visible.js';
import { getLang, t } from '../i18n/index.js';
import { checkOutput, writeReplacingOurs, type IsOurs, type OutputErrors } from './write.js';
import { TABLE_SCRIPT, PAGE_STYLE } from './html-assets.js';
import type { TableData } from './page/data.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML text node or a quoted attribute value; control characters shown as escapes. */
export function escapeHtml(text: string): string {
  return visible(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON that can sit inside <script type="application/json">: no "</script>", no comment
 * openers. One pass over the text (a board of 20,000 schools is 16 MB of it).
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => SCRIPT_ESCAPES[ch] ?? ch);
}

/** How a page of this tool is recognised (and may be replaced). */
const GENERATOR = '<meta name="generator" content="pmp-offline">';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** What the page's table script is given (see html-assets.ts). */
export type { TableData };

/** The words of the page's table controls, from the catalogue; `filter` names the status select. */
export function tableLabels(filter: string, all: string): TableData['labels'] {
  return {
    search: t('report.search'),
    status: filter,
    all,
    details: t('report.details'),
    prev: t('report.prev'),
    next: t('report.next'),
    page: t('report.page'),
    shown: t('report.shown'),
    noRows: t('report.noRows'),
  };
}

export interface PageParts {
  title: string;
  /** Markup built with escapeHtml only. */
  body: string;
  table: TableData;
}

/** The whole page. */
export function htmlPage(parts: PageParts): string {
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(TABLE_SCRIPT)}'`,
    `style-src 'sha256-${sha256(PAGE_STYLE)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${getLang()}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    GENERATOR,
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    parts.body,
    `<section id="tabel" aria-live="polite"></section>`,
    `<script type="application/json" id="data">${jsonForScript(parts.table)}</script>`,
    `<script>${TABLE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export interface Bar {
  label: string;
  /** Segments left to right; `cls` is one of ok, bad, off, info. */
  parts: Array<{ value: number; cls: 'ok' | 'bad' | 'off' | 'info' }>;
  /** Shown at the end of the bar. */
  note: string;
}

/** A horizontal bar chart as inline SVG (classes only: the CSP allows no style attribute). */
export function barChart(title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((n, p) => n + p.value, 0)));
  const labelWidth = 210;
  const barWidth = 380;
  const rowHeight = 26;
  const height = bars.length * rowHeight + 8;
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight + 4;
    let x = labelWidth;
    const rects = bar.parts
      .filter((p) => p.value > 0)
      .map((p) => {
        const w = Math.max(1, (p.value / max) * barWidth);
        const rect = `<rect class="${p.cls}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18"></rect>`;
        x += w;
        return rect;
      })
      .join('');
    const label = bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label;
    return `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${escapeHtml(label)}</text>${rects}<text x="${(x + 6).toFixed(1)}" y="${y + 13}">${escapeHtml(bar.note)}</text>`;
  });
  return [
    `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption>`,
    `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${labelWidth + barWidth + 130} ${height}" width="100%">${rows.join('')}</svg>`,
    '</figure>',
  ].join('');
}

/** A page of ours to replace: an .html this tool wrote (its generator meta). */
const isOurPage: IsOurs = async (target) => /\.html?$/i.test(target) && (await readHead(target, 1024)).includes(GENERATOR);

/** Before a batch: whether `writeHtml` could write `file` (output/write.ts). */
export function checkHtmlOutput(file: string, errors: OutputErrors, force = false): Promise<void> {
  return checkOutput(file, isOurPage, errors, force);
}

/**
 * Writes the page atomically. An earlier page of this tool is replaced; any other file
 * (an export, a container, a page someone else wrote, a link) is left alone: exit 4.
 */
export function writeHtml(file: string, html: string, errors: OutputErrors, force = false): Promise<void> {
  return writeReplacingOurs(file, html, isOurPage, errors, force);
}
