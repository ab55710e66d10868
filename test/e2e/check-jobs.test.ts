// `check --jobs N`: the same bytes on stdout and stderr, and the same exit code, however
// many threads check — results are handed back in input order.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const DISTRICT = 'fixtures/kabupaten-contoh';

async function sameWithJobs(args: string[], jobs: number[]): Promise<void> {
  const [first, ...rest] = await Promise.all(jobs.map((n) => runCli([...args, '--jobs', String(n)])));
  for (const other of rest) {
    expect(other.code).toBe(first?.code);
    expect(other.stdout).toBe(first?.stdout);
    expect(other.stderr).toBe(first?.stderr);
  }
}

describe('check --jobs', () => {
  it('prints the district report identically with --jobs 1 and --jobs 2', async () => {
    const one = await runCli(['check', DISTRICT, '--jobs', '1']);
    const two = await runCli(['check', DISTRICT, '--jobs', '2']);
    expect(one.code).toBe(1); // the district has schools that are not ready
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    // And the same as without the option.
    const plain = await runCli(['check', DISTRICT]);
    expect(plain.stdout).toBe(one.stdout);
  });

  it('gives the same JSON document with --jobs 1 and --jobs 2', async () => {
    const one = await runCli(['check', DISTRICT, '--json', '--jobs', '1']);
    const two = await runCli(['check', DISTRICT, '--json', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    const doc = JSON.parse(one.stdout) as { hasil: Array<{ berkas: string }> };
    const names = doc.hasil.map((item) => item.berkas);
    expect(names).toEqual([...names].sort());
  });

  it('keeps unreadable inputs and invalid files in place, in English too, with more threads than files', async () => {
    const args = ['check', 'fixtures/tidak-sah', DISTRICT, 'fixtures/tidak-ada.json', '--lang', 'en'];
    await sameWithJobs(args, [1, 2, 3, 64]);
  });

  it('rejects a --jobs that is not a whole number from 1 to 64', async () => {
    for (const bad of ['0', '65', 'x', '1.5', '-2']) {
      const r = await runCli(['check', DISTRICT, `--jobs=${bad}`, '--lang', 'en']);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('--jobs must be a whole number from 1 to 64');
      expect(r.stdout).toBe('');
    }
  });
});
