// `check --jobs N`: the same bytes on stdout and stderr, and the same exit code, however
// many threads check — results are handed back in input order. Workers start only for
// batches of FILES_PER_WORKER files per worker or more, so the big district here is the
// small one copied several times, with unreadable files in between.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILES_PER_WORKER, workersFor } from '../../src/core/jobs.js';
// Worker threads run only from the bundle, so these run the built CLI as a process.
import { BUNDLED_WORKER, hashFiles, runCli as runInProcess, runCliProcess as runCli } from '../helpers/cli.js';
import type { PoolStats } from '../../src/core/pool.js';

const DISTRICT = 'fixtures/kabupaten-contoh';
let BIG: string;
let bigFiles: string[];

beforeAll(() => {
  BIG = mkdtempSync(path.join(tmpdir(), 'pmp-jobs-'));
  const schools = readdirSync(DISTRICT).sort();
  const broken = readdirSync('fixtures/tidak-sah').sort();
  // Enough schools that the worker threads are up long before this thread could check them all.
  for (let copy = 0; copy < 16; copy++) {
    const dir = path.join(BIG, `kecamatan-${copy}`);
    mkdirSync(dir);
    for (const name of schools) copyFileSync(path.join(DISTRICT, name), path.join(dir, name));
    const bad = broken[copy % broken.length] as string;
    copyFileSync(path.join('fixtures/tidak-sah', bad), path.join(dir, `0005-${bad}`));
  }
  bigFiles = readdirSync(BIG, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
});

async function sameWithJobs(args: string[], jobs: number[]): Promise<void> {
  const [first, ...rest] = await Promise.all(jobs.map((n) => runCli([...args, '--jobs', String(n)])));
  for (const other of rest) {
    expect(other.code).toBe(first?.code);
    expect(other.stdout).toBe(first?.stdout);
    expect(other.stderr).toBe(first?.stderr);
  }
}

describe('check --jobs', () => {
  // On a batch big enough for a worker (workersFor(2, files) is 1 here): a district of
  // 12 files would be checked by this thread alone whatever --jobs says.
  it('prints the district report identically with --jobs 1 and --jobs 2', async () => {
    expect(workersFor(2, bigFiles.length)).toBe(1);
    const one = await runCli(['check', BIG, '--jobs', '1']);
    const two = await runCli(['check', BIG, '--jobs', '2']);
    expect(one.code).toBe(3); // unreadable files among schools that are not ready
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    // And the same as without the option on a small district, which no worker checks.
    const small = await runCli(['check', DISTRICT, '--jobs', '1']);
    expect((await runCli(['check', DISTRICT])).stdout).toBe(small.stdout);
  });

  it('gives the same JSON document with --jobs 1 and --jobs 2', async () => {
    const one = await runCli(['check', BIG, '--json', '--jobs', '1']);
    const two = await runCli(['check', BIG, '--json', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    const doc = JSON.parse(one.stdout) as { hasil: Array<{ berkas: string }> };
    const names = doc.hasil.map((item) => item.berkas);
    expect(names).toEqual([...names].sort());
  });

  it('keeps unreadable inputs and invalid files in place, in English too, with more threads than files', async () => {
    const args = ['check', 'fixtures/tidak-sah', DISTRICT, 'fixtures/tidak-ada.json', '--lang', 'en'];
    await sameWithJobs(args, [1, 2, 3, 64]);
  });

  it('on a batch big enough for workers, they really check files, and the output is the same byte for byte', async () => {
    expect(bigFiles.length).toBeGreaterThanOrEqual(3 * FILES_PER_WORKER);
    const before = hashFiles(bigFiles);
    const told: PoolStats[] = [];
    const threaded = await runInProcess(['check', BIG, '--summary', '--jobs', '3'], { workers: BUNDLED_WORKER, onWorkersDone: (stats) => told.push(stats) });
    expect(told).toHaveLength(1);
    expect(told[0]?.workers).toBe(2);
    expect(told[0]?.byWorkers).toBeGreaterThan(0);
    expect(told[0]?.byWorkers).toBeLessThanOrEqual(bigFiles.length);
    expect(told[0]?.died).toBe(0);
    expect(threaded.stdout).toBe((await runInProcess(['check', BIG, '--summary', '--jobs', '1'])).stdout);
    await sameWithJobs(['check', BIG], [1, 2, 3]);
    await sameWithJobs(['check', BIG, '--json', '--lang', 'en'], [1, 3]);
    const plain = await runCli(['check', BIG]);
    const one = await runCli(['check', BIG, '--jobs', '1']);
    expect(plain.code).toBe(3); // unreadable files among them
    expect(plain.stdout).toBe(one.stdout);
    expect(plain.stderr).toBe(one.stderr);
    expect(hashFiles(bigFiles)).toEqual(before);
  });

  it('worker threads that die: pack plans their schools here, writes the same containers, and the operator is told', async () => {
    // pack's main thread only takes over (it never plans a school a live worker could), so
    // workers that exit at once are always lost mid-batch.
    const told: PoolStats[] = [];
    const dyingOut = mkdtempSync(path.join(tmpdir(), 'pmp-jobs-dying-'));
    const oneOut = mkdtempSync(path.join(tmpdir(), 'pmp-jobs-one-'));
    const now = ['--now', '18/10/2017 13.10'];
    const dying = await runInProcess(['pack', BIG, '--out', dyingOut, ...now, '--jobs', '3'], {
      workers: { code: 'process.exit(1)' },
      onWorkersDone: (stats) => told.push(stats),
    });
    const one = await runInProcess(['pack', BIG, '--out', oneOut, ...now, '--jobs', '1']);
    expect(told.map((stats) => [stats.workers, stats.died, stats.byWorkers])).toEqual([[2, 2, 0]]);
    expect(dying.code).toBe(one.code);
    expect(dying.stdout.split(dyingOut).join('OUT')).toBe(one.stdout.split(oneOut).join('OUT'));
    expect(dying.stderr.replace(one.stderr, '')).toBe(
      'pmp-offline: peringatan: 2 utas pekerja berhenti sebelum selesai (kurang memori?); sekolah yang sedang dikerjakannya dikerjakan ulang di utas utama, hasilnya sama.\n',
    );
    const sums = (dir: string) =>
      hashFiles(
        readdirSync(dir)
          .filter((f) => f.endsWith('.pmp'))
          .map((f) => path.join(dir, f)),
      );
    expect(Object.values(sums(dyingOut))).toEqual(Object.values(sums(oneOut)));
    expect(Object.keys(sums(oneOut)).length).toBeGreaterThan(0);
  });

  it('rejects a --jobs that is not a whole number from 1 to 64', async () => {
    for (const bad of ['0', '65', 'x', '1.5', '-2']) {
      // A usage error starts no thread: answered in-process.
      const r = await runInProcess(['check', DISTRICT, `--jobs=${bad}`, '--lang', 'en']);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('--jobs must be a whole number from 1 to 64');
      expect(r.stdout).toBe('');
    }
  });
});
