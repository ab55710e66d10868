// Shared set-up for the robustness suite: fixed fuzz seeds (printed, and overridable to
// replay a failure), temporary folders, a terminal that writes nowhere, and the input
// guard every command-running test uses to prove it left its inputs byte-identical.
import { chmodSync, cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { createTerminal, type Terminal } from '../../src/output/terminal.js';
import { ROOT, hashFiles, runCli, runCliProcess, type CliResult } from './cli.js';

/**
 * The seed every property in the suite starts from. Fixed so `npm test` is repeatable;
 * `PMP_FUZZ_SEED=<n>` replays another run, `PMP_FUZZ_SCALE=<k>` multiplies the runs.
 */
export const FUZZ_SEED = Number.parseInt(process.env.PMP_FUZZ_SEED ?? '20171020', 10);
const SCALE = Number.parseFloat(process.env.PMP_FUZZ_SCALE ?? '1');

/** fast-check parameters for one property; its seed is derived from the suite seed and a label. */
export function fuzz(label: string, numRuns: number): { seed: number; numRuns: number; endOnFailure: true } {
  let h = FUZZ_SEED >>> 0;
  for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const seed = h | 0;
  return { seed, numRuns: Math.max(1, Math.round(numRuns * SCALE)), endOnFailure: true };
}

/** Cases run per property, summed over the suite, for the closing report. */
export const counted: Record<string, number> = {};
export function count(label: string, n = 1): void {
  counted[label] = (counted[label] ?? 0) + n;
}

export function tmp(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `pmp-robust-${label}-`));
}

/** A terminal that swallows its output (renderers are exercised, nothing is printed). */
export function silentTerminal(unicode = true): Terminal {
  const sink = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
  return createTerminal({ env: unicode ? { LANG: 'C.UTF-8' } : { LANG: 'C' }, stdout: sink, stderr: sink, noColor: true });
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const info = statSync(full, { throwIfNoEntry: false });
    if (!info) return [];
    return info.isDirectory() ? filesUnder(full) : info.isFile() ? [full] : [];
  });
}

/**
 * Remembers the SHA-256 of every input a test hands to a command; `verify()` (called
 * after each command, and again in afterAll) fails if any byte changed.
 */
export class InputGuard {
  private readonly before = new Map<string, string>();

  add(...files: string[]): void {
    for (const [file, hash] of Object.entries(hashFiles(files.filter((f) => !this.before.has(f))))) this.before.set(file, hash);
  }

  addTree(dir: string): void {
    this.add(...filesUnder(dir));
  }

  /** Verifies `file`, then stops watching it (before a test deletes a large input). */
  release(file: string): void {
    const before = this.before.get(file);
    expect(hashFiles([file])[file]).toBe(before);
    this.before.delete(file);
  }

  get size(): number {
    return this.before.size;
  }

  verify(): void {
    const files = [...this.before.keys()];
    expect(hashFiles(files)).toEqual(Object.fromEntries(this.before));
  }
}

/** A stack trace line as Node prints one. */
export const STACK = /\n\s+at [^\n]+:\d+:\d+/;

/**
 * `check` on each file through the built CLI, two at a time (the machine has two cores),
 * with the invariants every run must keep: an allowed exit code, no stack trace, and an
 * unreadable file named on one line of stderr. Returns how often each exit code came.
 */
export async function checkEachThroughCli(
  files: readonly string[],
  allowed: readonly number[],
  guard: InputGuard,
  onResult: (file: string, result: CliResult) => void,
): Promise<Record<string, number>> {
  const codes: Record<string, number> = {};
  for (let i = 0; i < files.length; i += 2) {
    const pair = files.slice(i, i + 2);
    const results = await Promise.all(pair.map((file) => runCli(['check', file])));
    results.forEach((r, k) => {
      const file = pair[k] as string;
      expect(allowed, `${file}\n${r.stderr}`).toContain(r.code);
      expect(r.stderr).not.toMatch(STACK);
      if (r.code === 3) {
        expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain(file);
      }
      onResult(file, r);
      codes[String(r.code)] = (codes[String(r.code)] ?? 0) + 1;
    });
    guard.verify();
  }
  return codes;
}

/** The unprivileged user the permission tests run the CLI as when the suite runs as root. */
export const NOBODY = 65534;
export const RUNNING_AS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

let publicBin: string | undefined;

/**
 * The built CLI copied where any user can read it. The clone may live in a folder only
 * its owner can enter (`mktemp -d` makes one, as many CI systems do), so a test that
 * drops privileges must not run the CLI from there. The bundle is self-contained:
 * bin/, dist/ and package.json are all it needs.
 */
export function publicCliBin(): string {
  if (publicBin) return publicBin;
  const dir = tmp('cli');
  for (const part of ['bin', 'dist', 'package.json']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  const open = (p: string) => {
    const info = statSync(p);
    chmodSync(p, info.isDirectory() ? 0o755 : 0o644);
    if (info.isDirectory()) for (const name of readdirSync(p)) open(path.join(p, name));
  };
  open(dir);
  publicBin = path.join(dir, 'bin', 'pmp-offline.cjs');
  return publicBin;
}

/**
 * Runs the built CLI as a process, optionally as another user (root ignores file
 * permissions, so a permission test must drop privileges to mean anything); as another
 * user it runs a world-readable copy of the CLI (publicCliBin).
 */
export function runCliAs(args: string[], options: { uid?: number; cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const asOther = options.uid !== undefined ? { uid: options.uid, bin: publicCliBin() } : {};
  return runCliProcess(args, { cwd: options.cwd ?? tmpdir(), env: options.env, ...asOther });
}
