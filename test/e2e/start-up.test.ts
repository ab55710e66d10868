// What a short command loads: none of the runtime's modules it does not use. commander
// would load node:child_process at start (for executable subcommands this program never
// has; esbuild.patches.mjs makes its spawn lazy), and the worker pool node:worker_threads
// (loaded only for a batch big enough for workers). Each cost several ms of a start.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, childEnv } from '../helpers/cli.js';

/** The runtime's own modules a run of the built CLI loaded, as the process had them at exit. */
function builtinsLoaded(args: string[]): string[] {
  const report = 'process.on("exit",()=>process.stderr.write("\\n@@"+JSON.stringify(process.moduleLoadList)))';
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(report)}`, BIN, ...args], {
    env: childEnv(),
    encoding: 'utf8',
  });
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  const list = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('@@') + 2)) as string[];
  return list.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length));
}

describe('a short command loads only what it uses', () => {
  it.each([
    ['eta', ['eta', '--sent', '20/10/2017 14.30', '--now', '20/10/2017 15.10']],
    ['check of one school', ['check', path.join(FIXTURES, 'demo', 'sdn-1-contoh.json')]],
    ['check of the sample district (too few schools for workers)', ['check', path.join(FIXTURES, 'kabupaten-contoh'), '--jobs', '2']],
  ])('%s: no child_process, no worker_threads', (_label, args) => {
    const loaded = builtinsLoaded(args);
    expect(loaded).toContain('fs');
    expect(loaded).not.toContain('child_process');
    expect(loaded).not.toContain('worker_threads');
  });
});
