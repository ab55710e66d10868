// The stylesheet and the one script of every page ./html.ts writes. The script is
// TypeScript for the browser (./page/table.ts), typechecked against the DOM and bundled
// into a string by the build (esbuild.patches.mjs, buildDefines).

export const PAGE_STYLE = `
:root { --ok: #1b7f3b; --bad: #b3261e; --off: #6b6b6b; --info: #1f5fa8; --line: #d0d4da; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1d1f23; margin: 0 auto; max-width: 1200px; padding: 16px 20px 40px; }
h1 { font-size: 1.5em; margin: 0 0 4px; }
.meta { color: #555; margin: 0 0 16px; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 20px; }
.tile { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 150px; }
.tile b { display: block; font-size: 1.8em; line-height: 1.1; }
.tile.ok b { color: var(--ok); } .tile.bad b { color: var(--bad); } .tile.off b { color: var(--off); } .tile.info b { color: var(--info); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 8px 24px; }
figure.chart { margin: 0 0 16px; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 4px; }
figure.chart svg { max-width: 640px; }
svg text { font-size: 12px; fill: #1d1f23; }
rect.ok { fill: var(--ok); } rect.bad { fill: var(--bad); } rect.off { fill: #a8a8a8; } rect.info { fill: var(--info); }
.controls { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin: 20px 0 8px; }
.controls input, .controls select, .controls button, .pager button { font: inherit; padding: 4px 8px; }
.controls input { min-width: 260px; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 6px; text-align: left; vertical-align: top; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button:focus-visible, td button:focus-visible { outline: 2px solid var(--info); }
th[aria-sort="ascending"] button::after { content: " \\25B2"; } th[aria-sort="descending"] button::after { content: " \\25BC"; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.row { cursor: pointer; } tr.row:hover { background: #f4f6f9; }
tr.row td:first-child button { all: unset; cursor: pointer; width: 1.2em; display: inline-block; }
td.status { white-space: nowrap; }
tr.st-siap .status, tr.st-selesai .status { color: var(--ok); font-weight: 600; }
tr.st-belum_siap .status, tr.st-hubungi_dinas .status, tr.st-eskalasi_lpmp .status, tr.st-terlambat .status { color: var(--bad); font-weight: 600; }
tr.st-tidak_terbaca .status { color: var(--off); font-weight: 600; }
tr.detail td { background: #fafbfc; }
tr.detail h3 { font-size: 1em; margin: 6px 0 2px; }
tr.detail ul { margin: 0 0 6px; padding-left: 20px; }
.pager { display: flex; gap: 8px; align-items: center; margin-top: 10px; }
.empty { color: #555; padding: 12px 0; }
@media print {
  @page { size: A4; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  .no-print, .pager, tr.row td:first-child button { display: none !important; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .charts { grid-template-columns: 1fr 1fr; }
  a { color: inherit; text-decoration: none; }
}
`;

declare const __PMP_PAGE_SCRIPT__: string;
/** The table script (./page/table.ts), bundled by the build into plain script text. */
export const TABLE_SCRIPT: string = __PMP_PAGE_SCRIPT__;
