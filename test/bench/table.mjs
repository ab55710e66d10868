// The benchmark table: figure, median, baseline median, ratio, target, met or not.
const fmt = (value, unit) => (unit === 'MiB' ? `${value.toFixed(1)} MiB` : `${value.toFixed(0)} ms`);

export function renderTable(result) {
  const header = ['figure', 'median', 'baseline', 'baseline median', 'ratio', 'target', 'met'];
  const lines = result.rows.map((r) =>
    r.notMeasured !== undefined
      ? [r.figure, 'not measured', r.baseline, '', '', `≤ ${r.target}`, `— ${r.notMeasured}`]
      : [r.figure, fmt(r.median, r.unit), r.baseline, fmt(r.baselineMedian, r.unit), r.ratio.toFixed(2), `≤ ${r.target}`, r.met ? 'yes' : 'NO'],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const row = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  const m = result.machine;
  const s = result.settings;
  return [
    `pmp-offline bench — ${m.cores} cores, ${m.cpu}, Node ${m.node}; ${s.runs} runs after ${s.warmup} warm-up, medians (${s.timer}); districts of ${s.schools.join(' and ')} schools`,
    '',
    row(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.map(row),
  ].join('\n');
}
