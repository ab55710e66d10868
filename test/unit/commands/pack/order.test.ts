// Containers take their final names in input order even when a later school is written
// first. Here the first school's write is held back on purpose: the third (same
// contents) must still wait for it, although the school between them was refused at
// once (not ready). A bug once let it overtake: its turn only waited for the refused one.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultRuleset } from '../../../../src/domain/builtin-ruleset.js';
import { runPack } from '../../../../src/commands/pack/run.js';
import { FIXTURES } from '../../../helpers/cli.js';
import { CREATED, inOutDirs, READY_FIXTURE } from '../../../helpers/container.js';

let calls = 0;
vi.mock('../../../../src/container/write.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/container/write.js')>();
  return {
    ...real,
    writeContainer: async (options: Parameters<typeof real.writeContainer>[0]) => {
      if (calls++ === 0) await new Promise((resolve) => setTimeout(resolve, 150));
      return real.writeContainer(options);
    },
  };
});

describe('final names in input order', () => {
  for (const force of [false, true]) {
    it(`a slow first school is still "dibuat", the later copy "sudah_ada"${force ? ' (--force)' : ''}`, async () => {
      calls = 0;
      const { dir, out } = inOutDirs();
      copyFileSync(READY_FIXTURE, path.join(dir, 'a.json'));
      copyFileSync(path.join(FIXTURES, 'demo', 'smp-2-contoh-belum-siap.json'), path.join(dir, 'b.json'));
      copyFileSync(READY_FIXTURE, path.join(dir, 'c.json'));
      const result = await runPack({ paths: [dir], outDir: out, created: CREATED, force, ruleset: defaultRuleset() });
      expect(calls).toBe(2);
      expect(result.hasil.map((h) => h.status)).toEqual(['dibuat', 'ditolak', 'sudah_ada']);
    });
  }
});
