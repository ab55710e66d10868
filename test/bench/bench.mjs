// `npm run bench`: times pmp-offline as whole processes, each figure against its own
// baseline measured in the same run (issue 5), prints one table and writes it as JSON
// under .bench/. Benchmark targets, never test assertions.
//
//   node test/bench/bench.mjs [--schools 40,160] [--runs 7] [--warmup 2]
//                             [--only version,eta,check-one,check-district,pack,plan,views-xlsx,views-html,views-memory,board-xlsx,board-html,board-ics,memory]
//                             [--no-hyperfine] [--jobs N] [--node PATH] [--exe PATH]
//
// Both sides of every figure run as users run them: NODE_EXTRA_CA_CERTS and
// NODE_OPTIONS removed (timing.mjs, USER_ENV). --node times another runtime (the CLI
// and `node -e 0` both on it); --exe times a standalone binary against --node's
// `node -e 0` (give the binary's own runtime).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureDistrict, ensureRoster, ensureUploadLog, PROVINCE_SIZES } from './districts.mjs';
import { renderTable } from './table.mjs';
import { spawnSync } from 'node:child_process';
import { hasHyperfine, median, peakRss, timePairHyperfine, timePairLoop, USER_ENV } from './timing.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = path.join(root, '.bench');
const bin = path.join(root, 'bin', 'pmp-offline.cjs');
let node = process.execPath;
const here = (name) => fileURLToPath(new URL(name, import.meta.url));

const USAGE = `usage: npm run bench -- [--runtimes 20,22,24,binary] [--schools 40,160] [--runs 7] [--warmup 2]
                        [--only version,eta,check-one,check-district,pack,plan,views-xlsx,views-html,views-memory,board-xlsx,board-html,board-ics,memory]
                        [--no-hyperfine] [--jobs N]
Times pmp-offline against its baselines (README "Performance"); writes .bench/bench-*.json.
`;

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      // 160 schools: a district's own size, where start-up and worker start-up still show.
      schools: { type: 'string', default: '40,160' },
      runs: { type: 'string', default: '7' },
      warmup: { type: 'string', default: '2' },
      only: { type: 'string' },
      'no-hyperfine': { type: 'boolean', default: false },
      jobs: { type: 'string' },
      node: { type: 'string' },
      exe: { type: 'string' },
      province: { type: 'string', default: '5000' },
      'log-rows': { type: 'string', default: '20000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  process.stderr.write(`bench: ${err.message}\n${USAGE}`);
  // eslint-disable-next-line no-restricted-properties -- this script is an entry point
  process.exit(2);
}
if (opts.help) {
  process.stdout.write(USAGE);
  // eslint-disable-next-line no-restricted-properties -- this script is an entry point
  process.exit(0);
}

if (opts.node) node = path.resolve(opts.node);
const exe = opts.exe ? path.resolve(opts.exe) : undefined;
const sizes = opts.schools.split(',').map(Number);
if (sizes.length === 1) sizes.unshift(Math.max(1, Math.round(sizes[0] / 4)));
if (sizes.length !== 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  throw new Error(`--schools: expected N or SMALL,LARGE (whole numbers), got ${opts.schools}`);
}
const [small, large] = sizes;
const runs = Number(opts.runs);
const warmup = Number(opts.warmup);
const only = opts.only ? new Set(opts.only.split(',')) : undefined;
const useHyperfine = !opts['no-hyperfine'] && hasHyperfine();
const jobsArgs = opts.jobs ? ['--jobs', opts.jobs] : [];

mkdirSync(benchDir, { recursive: true });
const districtSmall = await ensureDistrict(path.join(benchDir, 'data'), small);
const districtLarge = await ensureDistrict(path.join(benchDir, 'data'), large);
const oneSchool = districtSmall.files[0];
const bigRoster = ensureRoster(path.join(benchDir, 'data'));
const wants = (id) => !only || only.has(id);
const province =
  wants('views-xlsx') || wants('views-html') || wants('views-memory')
    ? await ensureDistrict(path.join(benchDir, 'data'), Number(opts.province), PROVINCE_SIZES, 'provinsi')
    : undefined;
const uploadLog = ensureUploadLog(path.join(benchDir, 'data'), Number(opts['log-rows']));
const viewsOut = path.join(benchDir, 'views-out');
mkdirSync(viewsOut, { recursive: true });

const cli = (...args) => (exe ? [exe, ...args] : [node, bin, ...args]);
const nodeBare = { argv: [node, '-e', '0'] };
// check exits 1 when a school is not ready; that is an answer, not a failure.
const checkExit = (r) => (r.status === 0 || r.status === 1 ? undefined : `exit ${r.status}`);

const packOut = path.join(benchDir, 'pack-out');
const zipOut = path.join(benchDir, 'zip-out');
const freshDir = (dir) => () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
};
const freshShell = (dir) => `sh -c 'rm -rf "${dir}" && mkdir -p "${dir}"'`;

/** @type {Array<{ id: string, figure: string, baselineLabel: string, target: number, unit: 'ms' | 'MiB', measure: () => { subject: number[], baseline: number[], tool: string } }>} */
const figures = [
  {
    id: 'version',
    figure: 'pmp-offline --version',
    baselineLabel: 'node -e 0',
    target: 1.5,
    subject: { argv: cli('--version') },
    baseline: nodeBare,
  },
  {
    id: 'eta',
    figure: 'pmp-offline eta --sent … --now …',
    baselineLabel: 'node -e 0',
    // The binary carries a V8 code cache: it is held to more.
    target: exe ? 1.6 : 2.0,
    subject: { argv: cli('eta', '--sent', '20/10/2017 14.30', '--now', '20/10/2017 15.10') },
    baseline: nodeBare,
  },
  {
    id: 'check-one',
    figure: 'pmp-offline check ONE.json',
    baselineLabel: 'node -e 0',
    target: 2.0,
    subject: { argv: cli('check', oneSchool), check: checkExit },
    baseline: nodeBare,
  },
  {
    id: 'check-district',
    figure: `pmp-offline check DISTRICT/ (${large} schools)`,
    baselineLabel: 'read + JSON.parse each file',
    target: 1.5,
    subject: { argv: cli('check', districtLarge.dir, ...jobsArgs), check: checkExit },
    baseline: { argv: [node, here('./read-parse.mjs'), districtLarge.dir] },
  },
  {
    id: 'pack',
    figure: `pmp-offline pack DISTRICT/ --out … (${large} schools)`,
    baselineLabel: 'zip -X -q -6, one archive per file',
    target: 1.5,
    subject: {
      argv: cli('pack', districtLarge.dir, '--out', packOut, '--now', '18/10/2017 13.10', '--force'),
      prepare: freshDir(packOut),
      prepareShell: freshShell(packOut),
      // Not-ready schools are reported and skipped (exit 1); the ready ones must be written.
      check: (r) =>
        r.status !== 0 && r.status !== 1 ? `exit ${r.status}` : readdirSync(packOut).some((n) => n.endsWith('.pmp')) ? undefined : 'no .pmp written',
    },
    baseline: {
      argv: ['sh', here('./zip-each.sh'), zipOut, ...districtLarge.files],
      prepare: freshDir(zipOut),
      prepareShell: freshShell(zipOut),
    },
  },
  {
    id: 'plan',
    figure: 'pmp-offline plan ROSTER/ (10,080 students)',
    // Flat: a school a hundred times bigger costs at most twice the time.
    baselineLabel: 'the same on a 96-student school',
    target: 2.0,
    subject: { argv: cli('plan', bigRoster) },
    baseline: { argv: cli('plan', path.join(root, 'fixtures', 'dapodik', 'sdn-1-contoh')) },
  },
  // The district views, one output at a time, each against the same run without it.
  ...[
    ['views-xlsx', '--xlsx', 'rekap.xlsx'],
    ['views-html', '--html', 'laporan.html'],
  ].map(([id, option, name]) => ({
    id,
    figure: `pmp-offline check PROVINCE/ --summary ${option} (${opts.province} schools)`,
    baselineLabel: 'the same check --summary alone',
    target: 1.3,
    subject: { argv: cli('check', province?.dir ?? '', '--summary', option, path.join(viewsOut, name)), check: checkExit },
    baseline: { argv: cli('check', province?.dir ?? '', '--summary'), check: checkExit },
  })),
  {
    id: 'views-memory',
    figure: `peak memory: check PROVINCE/ --xlsx --html (${opts.province} schools)`,
    baselineLabel: 'the same check --summary alone',
    target: 1.5,
    unit: 'MiB',
    memory: true,
    subject: {
      argv: cli('check', province?.dir ?? '', '--summary', '--xlsx', path.join(viewsOut, 'rekap.xlsx'), '--html', path.join(viewsOut, 'laporan.html')),
      check: checkExit,
    },
    baseline: { argv: cli('check', province?.dir ?? '', '--summary'), check: checkExit },
  },
  ...[
    ['board-xlsx', '--xlsx', 'papan.xlsx'],
    ['board-html', '--html', 'papan.html'],
    ['board-ics', '--ics', 'papan.ics'],
  ].map(([id, option, name]) => ({
    id,
    figure: `pmp-offline eta --log LOG ${option} (${opts['log-rows']} rows)`,
    baselineLabel: 'the same board as text alone',
    target: 1.3,
    subject: { argv: cli('eta', '--log', uploadLog, '--now', '20/10/2017 18.00', option, path.join(viewsOut, name)) },
    baseline: { argv: cli('eta', '--log', uploadLog, '--now', '20/10/2017 18.00') },
  })),
  {
    id: 'memory',
    figure: `peak memory: check on ${large} schools`,
    baselineLabel: `the same on ${small} schools`,
    target: 1.2,
    unit: 'MiB',
    memory: true,
    subject: { argv: cli('check', districtLarge.dir, ...jobsArgs), check: checkExit },
    baseline: { argv: cli('check', districtSmall.dir, ...jobsArgs), check: checkExit },
  },
];

const rows = [];
for (const f of figures) {
  if (only && !only.has(f.id)) continue;
  process.stderr.write(`bench: ${f.figure} …\n`);
  const row = { id: f.id, figure: f.figure, baseline: f.baselineLabel, target: f.target, unit: f.unit ?? 'ms' };
  try {
    let m;
    if (f.memory) {
      const memRuns = Math.max(3, Math.ceil(runs / 2));
      const kib = (xs) => xs.map((k) => k / 1024);
      m = { subject: kib(peakRss(f.subject, { runs: memRuns })), baseline: kib(peakRss(f.baseline, { runs: memRuns })), tool: 'getrusage' };
    } else {
      m = (useHyperfine ? timePairHyperfine : timePairLoop)(f.subject, f.baseline, { runs, warmup });
    }
    row.median = median(m.subject);
    row.baselineMedian = median(m.baseline);
    row.ratio = row.median / row.baselineMedian;
    row.met = row.ratio <= f.target;
    row.tool = m.tool;
    row.samples = { subject: m.subject.map(round1), baseline: m.baseline.map(round1) };
  } catch (err) {
    row.notMeasured = err instanceof Error ? err.message : String(err);
  }
  rows.push(row);
}
for (const dir of [packOut, zipOut, viewsOut]) if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });

function round1(x) {
  return Math.round(x * 10) / 10;
}

const runtimeVersion = spawnSync(node, ['--version'], { encoding: 'utf8', env: USER_ENV }).stdout.trim();
const result = {
  format: 'pmp-offline/bench@1',
  when: new Date().toISOString(),
  machine: {
    cores: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model ?? '',
    node: runtimeVersion,
    platform: `${process.platform}-${process.arch}`,
    loadavg: os.loadavg().map(round1),
  },
  environment: {
    subject: exe ? `standalone binary ${path.basename(exe)}` : `node ${runtimeVersion} bin/pmp-offline.cjs`,
    caBundleConfiguredHere: process.env.NODE_EXTRA_CA_CERTS !== undefined,
    removedFromBothSides: ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'],
  },
  settings: { schools: [small, large], runs, warmup, timer: useHyperfine ? 'hyperfine' : 'loop', jobs: opts.jobs ?? 'default' },
  rows,
};
const stamp = result.when.replace(/[:.]/g, '-');
writeFileSync(path.join(benchDir, `bench-${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(path.join(benchDir, 'bench-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(
  `Node ${runtimeVersion}, ${result.machine.cores} cores (${result.machine.cpu}); subject: ${result.environment.subject}; ` +
    `NODE_EXTRA_CA_CERTS ${result.environment.caBundleConfiguredHere ? 'set here, removed' : 'not set'} and NODE_OPTIONS removed on both sides\n\n`,
);
process.stdout.write(`${renderTable(result)}\n`);
process.stdout.write(`\n(written to .bench/bench-${stamp}.json)\n`);
