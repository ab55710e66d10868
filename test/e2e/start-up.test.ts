// Start-up: what a short command loads, and what the launcher does before the CLI runs.
// - No runtime module it does not use: commander would load node:child_process at start
//   (for executable subcommands this program never has; esbuild.patches.mjs makes its
//   spawn lazy), the worker pool node:worker_threads (only for a batch big enough for
//   workers), and the bundle is CommonJS so Node 20 never starts its ES module loader.
//   Each cost several ms of a start.
// - The compile cache (Node 22.1+) in the user's cache folder, never in the way.
// - A missing or partial build is one line and exit 70, not a stack trace.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, childEnv, runCliProcess } from '../helpers/cli.js';

const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');

const probes = mkdtempSync(path.join(tmpdir(), 'pmp-probe-'));
// Preloaded with --require (CommonJS), so the probe itself starts no ES module loader.
const probe = path.join(probes, 'probe.cjs');
writeFileSync(probe, 'process.on("exit",()=>process.stderr.write("\\n@@"+JSON.stringify(process.moduleLoadList)))');
const emptyScript = path.join(probes, 'empty.cjs');
writeFileSync(emptyScript, '');

/** The runtime's own modules a run of `script` (the built CLI by default) loaded, as the process had them at exit. */
function builtinsLoaded(args: string[], script = BIN): string[] {
  const r = spawnSync(process.execPath, ['--require', probe, script, ...args], { env: childEnv(), encoding: 'utf8' });
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  const list = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('@@') + 2)) as string[];
  return list.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length));
}

describe('a short command loads only what it uses', () => {
  let baseline: string[] | undefined;
  it.each([
    ['eta', ['eta', '--sent', '20/10/2017 14.30', '--now', '20/10/2017 15.10']],
    ['check of one school', ['check', READY]],
    ['check of the sample district (too few schools for workers)', ['check', path.join(FIXTURES, 'kabupaten-contoh'), '--jobs', '2']],
  ])('%s: no child_process, no worker_threads, no ES module loader', (_label, args) => {
    const loaded = builtinsLoaded(args);
    expect(loaded).toContain('fs');
    expect(loaded).not.toContain('child_process');
    expect(loaded).not.toContain('worker_threads');
    // No ES module is loaded as one: Node 20 and 22 load none of the loader's module
    // jobs for a CommonJS program (Node 24 loads them for any script, the empty one too).
    const jobs = (names: string[]) => names.filter((name) => name === 'internal/modules/esm/module_job' || name === 'internal/modules/esm/translators');
    baseline ??= builtinsLoaded([], emptyScript);
    expect(jobs(loaded)).toEqual(jobs(baseline));
  });
});

const supported = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe(`the compile cache (${supported ? 'this runtime has it' : 'not on this runtime'})`, () => {
  it('is kept in ~/.cache/pmp-offline where the runtime supports it, and the answer is the same', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'pmp-home-'));
    const first = await runCliProcess(['check', READY], { env: { HOME: home, XDG_CACHE_HOME: undefined, LOCALAPPDATA: undefined } });
    const again = await runCliProcess(['check', READY], { env: { HOME: home, XDG_CACHE_HOME: undefined, LOCALAPPDATA: undefined } });
    expect(first.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(first.stderr + again.stderr).toBe('');
    const dir = path.join(home, '.cache', 'pmp-offline', 'compile-cache');
    expect(existsSync(dir)).toBe(supported);
    if (supported) expect(readdirSync(dir).length).toBeGreaterThan(0);
  });

  it('a cache folder that cannot be made changes nothing: same answer, not a word on stderr', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'pmp-home-'));
    const notAFolder = path.join(base, 'berkas');
    writeFileSync(notAFolder, 'x');
    for (const env of [{ HOME: notAFolder, XDG_CACHE_HOME: undefined }, { XDG_CACHE_HOME: path.join(base, 'tidak-ada') }, { XDG_CACHE_HOME: notAFolder }]) {
      const r = await runCliProcess(['check', READY], { env });
      expect(r.code, JSON.stringify(env)).toBe(0);
      expect(r.stderr, JSON.stringify(env)).toBe('');
      expect(r.stdout).toContain('SIAP KIRIM');
    }
    expect(readdirSync(base)).toEqual(['berkas']);
  });
});

describe('the launcher without its build', () => {
  /** The package's launcher, with `files` of the build beside it. */
  function install(files: string[]): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmp-install-'));
    for (const part of ['bin', 'package.json', ...files]) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
    return path.join(dir, 'bin', 'pmp-offline.cjs');
  }

  it.each([
    ['no dist/ at all', []],
    ['a file of the build missing', [path.join('dist', 'cli.cjs')]],
  ])('%s: one line, exit 70', async (_label, files) => {
    const r = await runCliProcess(['check', READY], { bin: install(files) });
    expect(r.code).toBe(70);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('pmp-offline: dist/ is missing; run `npm run build` first.\n');
  });
});
