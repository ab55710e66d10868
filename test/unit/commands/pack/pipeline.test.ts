// pack keeps several schools in flight; these prove the batch still answers exactly as
// one-by-one packing: results and callbacks in input order, "already exists" between
// inputs with the same content decided in input order (with and without --force), and
// an interrupt mid-batch leaves only complete containers and no temporary file.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '../../../../src/domain/builtin-ruleset.js';
import { PACK_CONCURRENCY, runPack } from '../../../../src/commands/pack/run.js';
import { FIXTURES } from '../../../helpers/cli.js';
import { CREATED, inOutDirs, READY_FIXTURE, tempDir } from '../../../helpers/container.js';

const NOT_READY = path.join(FIXTURES, 'demo', 'smp-2-contoh-belum-siap.json');

/** A folder of inputs: the ready school several times (one re-spaced), the not-ready one between. */
function batch(): { dir: string; out: string; names: string[] } {
  const { dir, out } = inOutDirs();
  copyFileSync(READY_FIXTURE, path.join(dir, 'a.json'));
  copyFileSync(READY_FIXTURE, path.join(dir, 'b.json'));
  copyFileSync(NOT_READY, path.join(dir, 'c.json'));
  // Same logical data, other bytes: the same canonical container.
  writeFileSync(path.join(dir, 'd.json'), JSON.stringify(JSON.parse(readFileSync(READY_FIXTURE, 'utf8'))));
  copyFileSync(READY_FIXTURE, path.join(dir, 'e.json'));
  return { dir, out, names: ['a.json', 'b.json', 'c.json', 'd.json', 'e.json'] };
}

describe('pack with schools in flight', () => {
  it('keeps more than one school in flight (or these tests prove nothing)', () => {
    expect(PACK_CONCURRENCY).toBeGreaterThan(1);
  });

  for (const force of [false, true]) {
    it(`answers in input order; the first of equal contents is "dibuat", the rest "sudah_ada"${force ? ' (--force)' : ''}`, async () => {
      const { dir, out, names } = batch();
      const events: string[] = [];
      const result = await runPack({
        paths: [dir],
        outDir: out,
        created: CREATED,
        force,
        ruleset: defaultRuleset(),
        onProgress: (done, total, file) => events.push(`progress ${done}/${total} ${path.basename(file)}`),
        onItem: (item) => events.push(`item ${path.basename(item.sumber)} ${item.status}`),
      });
      expect(result.hasil.map((h) => path.basename(h.sumber))).toEqual(names);
      expect(result.hasil.map((h) => h.status)).toEqual(['dibuat', 'sudah_ada', 'ditolak', 'sudah_ada', 'sudah_ada']);
      expect(events).toEqual(names.flatMap((name, i) => [`progress ${i}/${names.length} ${name}`, `item ${name} ${result.hasil[i]?.status}`]));
      expect(result.exitCode).toBe(1);
      const left = readdirSync(out);
      expect(left).toHaveLength(1);
      expect(left[0]).toMatch(/\.pmp$/);
      const sha = new Set(result.hasil.filter((h) => h.siap).map((h) => h.sha256));
      expect(sha.size).toBe(1);
    });
  }

  it('an interrupt mid-batch: what was finished comes back marked dihentikan, complete containers only, no temporary file', async () => {
    const { out } = batch();
    const root = tempDir();
    // Distinct schools, so every one is written: the ready fixture with other ids.
    const source = JSON.parse(readFileSync(READY_FIXTURE, 'utf8')) as { sekolah: { sekolah_id: string; npsn: string } };
    const paths: string[] = [];
    for (let i = 0; i < 6; i++) {
      source.sekolah.sekolah_id = `0000000${i}-1111-4222-8333-444444444444`;
      const file = path.join(root, `s${i}.json`);
      writeFileSync(file, JSON.stringify(source));
      paths.push(file);
    }
    const controller = new AbortController();
    let items = 0;
    const run = runPack({
      paths,
      outDir: out,
      created: CREATED,
      force: false,
      ruleset: defaultRuleset(),
      signal: controller.signal,
      onItem: (item) => {
        expect(item.status).toBe('dibuat');
        if (++items === 2) controller.abort();
      },
    });
    const result = await run;
    expect(result.dihentikan).toBe(true);
    const left = readdirSync(out);
    expect(left.filter((n) => !n.endsWith('.pmp'))).toEqual([]);
    // The two reported, perhaps more that were already named; never a partial one, and
    // every container in the folder is among the results.
    expect(left.length).toBeGreaterThanOrEqual(2);
    expect(left.length).toBeLessThan(6);
    expect(result.hasil.map((item) => path.basename(item.berkas ?? '')).sort()).toEqual([...left].sort());
  });
});
