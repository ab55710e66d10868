// `kill -9` of a real `pack` child in the middle of a district batch of large schools.
// Nothing can clean up after SIGKILL, so what must hold is what the write order gives:
// no file with a final `.pmp` name is ever partial (every one checks ready), at most a
// hidden `.pmp-tmp-…` file remains, and the next runs ignore it: `check` of the folder
// does not count it, `pack` into the same folder completes the batch.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContainerInput } from '../../src/school/container-input.js';
import { BIN, childEnv, runCli } from '../helpers/cli.js';
import { generateDistrict } from '../fixtures-gen/index.mjs';
import { InputGuard, tmp } from '../helpers/robustness.js';

const NOW = '2017-10-18 13:10';
const SCHOOLS = 6;
const FINAL = /^\d{14}_[0-9a-f-]{36}_pmp_[0-9a-z]{13}\.pmp$/;
// Host, process id and a random part: a later run can tell an orphan from a live one's.
const TEMP = /^\.pmp-tmp-[0-9a-f]{8}-\d+-[0-9a-f]{12}-\d{14}_[0-9a-f-]{36}_pmp_[0-9a-z]{13}\.pmp\.tmp$/;
const guard = new InputGuard();
let district: string;

beforeAll(async () => {
  district = tmp('kill9-src');
  // Large schools (about 4 MB each) so each container takes a while to write and verify.
  await generateDistrict({ seed: 'kill-9', schools: SCHOOLS, outDir: district, notReady: 0, sizes: { students: 1500, questions: 80, teachers: 40 } });
  guard.addTree(district);
}, 60_000);

const made: string[] = [];
afterAll(() => {
  guard.verify();
  // About 25 MB of generated exports and containers: not left in the temporary folder.
  for (const d of [district, ...made]) rmSync(d, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts `pack`, waits until `ready(names)` holds for the output folder, then SIGKILLs it. */
async function packKilledWhen(out: string, ready: (names: string[]) => boolean): Promise<{ signal: NodeJS.Signals | null; atKill: string[] }> {
  const child = spawn(process.execPath, [BIN, 'pack', district, '--out', out, '--now', NOW], {
    env: childEnv(),
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  let atKill: string[] = [];
  for (let i = 0; i < 6000 && child.exitCode === null; i++) {
    const names = readdirSync(out);
    if (ready(names)) {
      child.kill('SIGKILL');
      atKill = names;
      break;
    }
    await sleep(2);
  }
  return { signal: await exited, atKill };
}

describe('kill -9 during a batch pack', () => {
  let out: string;
  let killed: { signal: NodeJS.Signals | null; atKill: string[] };

  beforeAll(async () => {
    out = tmp('kill9-out');
    made.push(out);
    // Killed while a container is being written, after at least one is finished.
    killed = await packKilledWhen(out, (names) => names.some((n) => FINAL.test(n)) && names.some((n) => TEMP.test(n)));
    console.info(`[kill -9] at the kill the folder held: ${killed.atKill.map((n) => (n.startsWith('.') ? 'temp' : 'final')).join(', ')}`);
  }, 60_000);

  it('the kill landed mid-batch, while a temporary file was being written', () => {
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.atKill.some((n) => TEMP.test(n))).toBe(true);
    expect(killed.atKill.filter((n) => FINAL.test(n)).length).toBeLessThan(SCHOOLS);
  });

  it('every file with a final name is complete and checks ready; anything else is a hidden temporary file', async () => {
    const names = readdirSync(out);
    const finals = names.filter((n) => FINAL.test(n));
    expect(finals.length).toBeGreaterThanOrEqual(1);
    expect(names.filter((n) => !FINAL.test(n)).every((n) => TEMP.test(n))).toBe(true);
    for (const name of finals) {
      const loaded = await loadContainerInput(path.join(out, name));
      expect(loaded.data.sekolah.sekolah_id).toBe(name.split('_')[1]);
    }
    const check = await runCli(['check', out, '--json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).hasil).toHaveLength(finals.length);
  });

  it("the next pack into the same folder removes the killed run's leftovers (saying so) and completes the batch; check never counted them", async () => {
    const leftovers = readdirSync(out).filter((n) => TEMP.test(n));
    expect(leftovers.length).toBeGreaterThan(0);
    const before = await runCli(['check', out, '--json']);
    expect(JSON.parse(before.stdout).hasil.every((h: { berkas: string }) => FINAL.test(path.basename(h.berkas)))).toBe(true);
    const r = await runCli(['pack', district, '--out', out, '--now', NOW, '--json'], { timeoutMs: 60_000 });
    expect(r.code).toBe(0);
    const statuses = (JSON.parse(r.stdout) as { hasil: Array<{ status: string }> }).hasil.map((h) => h.status);
    expect(statuses).toHaveLength(SCHOOLS);
    expect(statuses.every((s) => s === 'dibuat' || s === 'sudah_ada')).toBe(true);
    expect(statuses).toContain('sudah_ada');
    const names = readdirSync(out);
    expect(names.filter((n) => FINAL.test(n))).toHaveLength(SCHOOLS);
    // The killed process is gone, so its temporaries are orphans: removed and named.
    expect((JSON.parse(r.stdout) as { dibersihkan: string[] }).dibersihkan.sort()).toEqual([...leftovers].sort());
    expect(names.filter((n) => TEMP.test(n))).toEqual([]);
    const check = await runCli(['check', out, '--json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).ringkasan).toMatchObject({ jumlah: SCHOOLS, siap: SCHOOLS, tidak_terbaca: 0 });
  }, 90_000);

  it('killed before any container is finished: nothing with a final name', async () => {
    const early = tmp('kill9-early');
    made.push(early);
    const k = await packKilledWhen(early, (names) => names.some((n) => TEMP.test(n)));
    expect(k.signal).toBe('SIGKILL');
    const names = readdirSync(early);
    expect(names.every((n) => TEMP.test(n) || FINAL.test(n))).toBe(true);
    for (const name of names.filter((n) => FINAL.test(n))) await loadContainerInput(path.join(early, name));
    const check = await runCli(['check', early, '--json']);
    // An output folder holding only a hidden leftover has no input at all to check.
    if (names.some((n) => FINAL.test(n))) expect(check.code).toBe(0);
    else expect(JSON.parse(check.stdout).hasil[0].galat.kode).toBe('TIDAK_ADA_DATA');
  }, 60_000);
});
