// `node test/snapshot.mjs [--repo DIR] OUT`: every output the CLI makes from the committed
// fixtures, a generated 200-school district and the demo, written under OUT in a form two
// checkouts can be compared by (`diff -r`): paths and the pages' "made at" time replaced,
// workbooks as their cells (a workbook's bytes carry its creation time). Used to show
// that a change of structure changed no output:
//   git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci && npm run build)
//   node test/snapshot.mjs --repo /tmp/before /tmp/a && node test/snapshot.mjs /tmp/b && diff -r /tmp/a /tmp/b
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { generateDistrict } from './fixtures-gen/index.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--repo');
const repo = path.resolve(at >= 0 ? args.splice(at, 2)[1] : fileURLToPath(new URL('..', import.meta.url)));
const out = args[0] ? path.resolve(args[0]) : undefined;
if (!out) {
  process.stderr.write('usage: node test/snapshot.mjs [--repo DIR] OUT\n');
  // eslint-disable-next-line no-restricted-properties -- this script is its own entry point
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
const made = path.join(out, 'made');
mkdirSync(made, { recursive: true });
const district = path.join(out, 'input', 'kabupaten-200');
await generateDistrict({ seed: 'snapshot-200', schools: 200, outDir: district });

const env = { ...process.env, TZ: 'America/Los_Angeles', NO_COLOR: '1', CI: '1', NODE_EXTRA_CA_CERTS: undefined, PMP_OFFLINE_LANG: undefined };
// The launcher was bin/pmp-offline.js before the build became CommonJS.
const bin = ['pmp-offline.cjs', 'pmp-offline.js'].map((name) => path.join(repo, 'bin', name)).find((file) => existsSync(file));
const fixtures = path.join(repo, 'fixtures');
const hide = (text) => text.split(out).join('OUT').split(repo).join('REPO');
const codes = [];
let n = 0;
function run(...argv) {
  n++;
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd: repo, env, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  writeFileSync(path.join(out, `${n}.out`), hide(r.stdout));
  writeFileSync(path.join(out, `${n}.err`), hide(r.stderr));
  codes.push(`${n} ${r.status} ${hide(argv.join(' '))}`);
}
const o = (name) => path.join(made, name);
const files = (dir, pattern) =>
  readdirSync(path.join(fixtures, dir))
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => path.join(fixtures, dir, f));

run('eta', '--sent', '20/10/2017 14.30', '--now', '20/10/2017 15.10');
run('eta', '--sent', '20/10/2017 14.30', '--now', '20/10/2017 15.10', '--json');
run('eta', '--sent', '21/10/2017 00.30', '--zone', 'WITA', '--now', '21/10/2017 08.00', '--lang', 'en');
run('eta', '--sent', '2017-10-20 14:30', '--zone', 'Asia/Tokyo', '--now', '22/10/2017 08.00');
run('eta', '--sent', '19/10/2017 23.30', '--now', '25/10/2017 08.00', '--ics', o('cal.ics'), '--json');
run('eta', path.join(fixtures, 'kirim-offline'), '--now', '21/10/2017 08.00', '--json', '--lang', 'en');
const dirs = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'dapodik')
  .map((d) => d.name)
  .sort();
for (const dir of dirs) {
  for (const file of files(dir, /\.(json|pmp|xlsx|csv)$/)) {
    run('check', file, '--json');
    run('check', file);
    run('check', file, '--lang', 'en');
  }
}
run('check', path.join(fixtures, 'kabupaten-contoh'), '--summary', '--xlsx', o('rekap.xlsx'), '--html', o('laporan.html'));
run('check', path.join(fixtures, 'kabupaten-contoh'), '--lang', 'en', '--xlsx', o('rekap-en.xlsx'), '--html', o('laporan-en.html'));
run('pack', path.join(fixtures, 'kabupaten-contoh'), '--out', o('kirim'), '--now', '18/10/2017 13.10', '--json');
run('pack', path.join(fixtures, 'kirim-offline'), '--out', o('kumpul'), '--json');
const log = o('kumpul/unggahan.csv');
run('eta', '--log', log, '--now', '21/10/2017 08.00', '--json');
run('eta', '--log', log, '--now', '21/10/2017 08.00', '--xlsx', o('papan.xlsx'), '--html', o('papan.html'), '--ics', o('papan.ics'));
run('eta', '--log', log, '--now', '21/10/2017 08.00', '--lang', 'en', '--xlsx', o('papan-en.xlsx'), '--html', o('papan-en.html'));
for (const dir of readdirSync(path.join(fixtures, 'dapodik')).sort()) {
  run('plan', path.join(fixtures, 'dapodik', dir), '--json');
  run('plan', path.join(fixtures, 'dapodik', dir), '--lang', 'en');
}
run('plan', path.join(fixtures, 'dapodik', 'sdn-1-contoh'), '--xlsx', o('rencana.xlsx'));
run('check', district, '--json', '--jobs', '1');
run('check', district, '--json', '--jobs', '2');
run('check', district, '--summary', '--xlsx', o('rekap-200.xlsx'), '--html', o('laporan-200.html'));
run('pack', district, '--out', o('kirim-200'), '--now', '18/10/2017 13.10', '--json', '--jobs', '2');
const demo = spawnSync(process.execPath, [path.join(repo, 'test', 'demo.mjs')], { cwd: repo, env, encoding: 'utf8' });
writeFileSync(path.join(out, 'demo.out'), hide(demo.stdout + demo.stderr));
codes.push(`demo ${demo.status}`);
if (existsSync(path.join(repo, '.demo'))) cpSync(path.join(repo, '.demo'), o('demo'), { recursive: true });
writeFileSync(path.join(out, 'codes'), `${codes.join('\n')}\n`);

// Workbooks as cells; pages and calendars with paths and the "made at" time replaced.
for (const file of readdirSync(made, { recursive: true }).map((f) => path.join(made, String(f)))) {
  if (file.endsWith('.xlsx')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const lines = [];
    wb.eachSheet((sheet) => {
      lines.push(`## ${sheet.name}`);
      sheet.eachRow({ includeEmpty: true }, (row, i) => lines.push(`${i}: ${JSON.stringify(row.values)}`));
    });
    writeFileSync(`${file}.cells`, hide(`${lines.join('\n')}\n`));
    rmSync(file);
  } else if (/\.(html|ics|csv|out|txt)$/.test(file) || path.basename(file) === 'SHA256SUMS') {
    writeFileSync(file, hide(readFileSync(file, 'utf8')).replace(/(dibuat|made) [^<]*WIB/g, '$1 …'));
  }
}
process.stdout.write(`${n} runs and the demo written to ${out}\n`);
