// Start-up as the runtime offers it: the launcher turns on V8's compile cache (Node
// 22.1+) in the user's cache folder, and never lets that folder get in the way.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCliProcess } from '../helpers/cli.js';

const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
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
