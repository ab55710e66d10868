// The Dapodik client against a WebService that never finishes or sends without end: it
// never hangs (a deadline per request that survives garbage collection on Node 20) and
// never reads without bound (answers streamed and capped on decoded bytes). Slow by
// design (each case waits out a deadline or streams past a 256 MiB cap): npm run test:slow.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { makeRoster } from '../fixtures-gen/index.mjs';
import { runCli } from '../helpers/cli.js';
import { fakeDapodikPerTest } from '../helpers/fake-dapodik.js';

const TOKEN = 'tok3n-Rahasia-hostile-5a4b';
const env = { DAPODIK_TOKEN: TOKEN };
const roster = makeRoster({ seed: 'hostile', level: 'SD' });
const npsn = (roster.getSekolah.rows as { npsn: string }).npsn;
const serve = fakeDapodikPerTest(roster, TOKEN);

const galat = (stdout: string) => (JSON.parse(stdout) as { galat: { kode: string; pesan: string } }).galat;

/** Forces a full garbage collection every 20 ms while `run` lasts (what lost Node 20's timer). */
async function underGc<T>(run: () => Promise<T>): Promise<T> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const timer = setInterval(gc, 20);
  try {
    return await run();
  } finally {
    clearInterval(timer);
  }
}

describe('a server that never finishes its answer: the deadline holds, also under garbage collection', () => {
  it.each([
    ['slow', 'never answers'],
    ['stall', 'promises a longer body than it sends'],
    ['drip', 'drips a byte at a time'],
  ] as const)(
    '%s (%s): exit 3 within the timeout, in words',
    async (fault, _what) => {
      const server = await serve({ getGtk: fault });
      const result = await underGc(() => runCli(['plan', '--dapodik', server.origin, '--npsn', npsn, '--timeout', '2', '--json'], { env }));
      expect(result.code).toBe(3);
      expect(galat(result.stdout)).toMatchObject({ kode: 'DAPODIK_WAKTU_HABIS' });
      expect(galat(result.stdout).pesan).toContain('/WebService/getGtk');
    },
    20_000,
  );
});

describe('answers are counted as they are decoded, and stop at the cap', () => {
  it.each([
    ['endless', 'a chunked body that never ends'],
    ['gzipBomb', 'a gzip body that inflates past the cap'],
  ] as const)(
    '%s (%s): "too large" without holding more than the cap',
    async (fault, _what) => {
      const server = await serve({ getPesertaDidik: fault });
      const before = process.memoryUsage.rss();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
      const result = await runCli(['plan', '--dapodik', server.origin, '--npsn', npsn, '--timeout', '120', '--json'], { env }).finally(() =>
        clearInterval(sampler),
      );
      expect(result.code).toBe(3);
      expect(galat(result.stdout)).toMatchObject({ kode: 'DAPODIK_JAWABAN_TERLALU_BESAR' });
      // The cap is 256 MiB of text; reading a 600 MiB (or 300 MiB inflated) body whole took more.
      expect(peak - before).toBeLessThan(420 * 1024 * 1024);
    },
    60_000,
  );
});
