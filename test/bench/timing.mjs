// Times whole processes. Each figure is a pair (subject, baseline) measured in the same
// run: the own loop alternates them (A B A B …) so load from other programs on a shared
// machine falls on both; hyperfine, where installed, runs them back to back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** @typedef {{ argv: string[], prepare?: () => void, check?: (r: { status: number | null, stdout: string, stderr: string }) => string | undefined }} Cmd */

/**
 * The environment both sides of every figure run in: the user's, as operators have it.
 * This machine sets NODE_EXTRA_CA_CERTS, which makes every Node 20 start load a CA
 * bundle (~45 ms on each side of a ratio); NODE_OPTIONS could change anything. Neither
 * is passed on.
 */
export const USER_ENV = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_EXTRA_CA_CERTS' && key !== 'NODE_OPTIONS'));

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function hasHyperfine() {
  return spawnSync('hyperfine', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Runs once; returns wall milliseconds, or throws with the reason the command failed. */
function runOnce(cmd) {
  cmd.prepare?.();
  const start = performance.now();
  const r = spawnSync(cmd.argv[0], cmd.argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: USER_ENV });
  const ms = performance.now() - start;
  if (r.error) throw new Error(`${cmd.argv[0]}: ${r.error.message}`);
  const problem = cmd.check ? cmd.check(r) : r.status === 0 ? undefined : `exit ${r.status}`;
  if (problem) throw new Error(`${problem}${r.stderr ? `: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`);
  return ms;
}

/** Own loop: `warmup` untimed pairs, then `runs` alternating pairs. */
export function timePairLoop(subject, baseline, { runs, warmup }) {
  for (let i = 0; i < warmup; i++) {
    runOnce(subject);
    runOnce(baseline);
  }
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first so neither always follows the other.
    if (i % 2 === 0) {
      a.push(runOnce(subject));
      b.push(runOnce(baseline));
    } else {
      b.push(runOnce(baseline));
      a.push(runOnce(subject));
    }
  }
  return { subject: a, baseline: b, tool: 'loop' };
}

const quote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/**
 * hyperfine: one invocation for the pair. A command's `prepare` must then be a shell
 * string in `prepareShell`. Commands run without a shell (-N) unless they need one.
 */
export function timePairHyperfine(subject, baseline, { runs, warmup }) {
  // Fail fast (and with a reason) before handing over to hyperfine.
  runOnce(subject);
  runOnce(baseline);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pmp-bench-'));
  try {
    const out = path.join(dir, 'hf.json');
    const args = ['--style', 'none', '--warmup', String(warmup), '--runs', String(runs), '--export-json', out, '-N'];
    for (const cmd of [subject, baseline]) {
      if (cmd.prepareShell) args.push('--prepare', cmd.prepareShell);
      else args.push('--prepare', 'true');
    }
    args.push('-i', ...[subject, baseline].map((c) => c.argv.map(quote).join(' ')));
    const r = spawnSync('hyperfine', args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: USER_ENV });
    if (r.status !== 0) throw new Error(`hyperfine: ${r.stderr.trim()}`);
    const results = JSON.parse(readFileSync(out, 'utf8')).results;
    const ms = (res) => res.times.map((s) => s * 1000);
    return { subject: ms(results[0]), baseline: ms(results[1]), tool: 'hyperfine' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak RSS (KiB) of each of `runs` runs of `cmd` (a node command line), measured inside the process. */
export function peakRss(cmd, { runs }) {
  // A standalone binary takes no --import: its peak is not measured this way.
  if (!/node(\.exe)?$/.test(path.basename(cmd.argv[0]))) throw new Error('peak memory is measured for node commands only');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pmp-bench-rss-'));
  const file = path.join(dir, 'rss');
  const preload = new URL('./maxrss.mjs', import.meta.url).href;
  const values = [];
  try {
    for (let i = 0; i < runs; i++) {
      rmSync(file, { force: true });
      const r = spawnSync(cmd.argv[0], ['--import', preload, ...cmd.argv.slice(1)], {
        stdio: 'ignore',
        env: { ...USER_ENV, PMP_BENCH_MAXRSS_FILE: file },
      });
      const problem = cmd.check ? cmd.check({ status: r.status, stdout: '', stderr: '' }) : r.status === 0 ? undefined : `exit ${r.status}`;
      if (problem) throw new Error(problem);
      values.push(Math.max(...readFileSync(file, 'utf8').trim().split('\n').map(Number)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return values;
}
