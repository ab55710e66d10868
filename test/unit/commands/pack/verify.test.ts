// What pack's verification rests on. It reads the written file back once and demands
// that it hold exactly the bytes that streamed into it (container-faults.test.ts), that
// the safe reader accept it, and that both entries are byte for byte what was planned; it does not parse and assess the data a second time. That is sound only if
// (1) the verifier really refuses anything but the planned bytes, and (2) the planned
// bytes, the canonical JSON of a validated export, read back as that very export.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { PmpError } from '../../../../src/core/errors.js';
import { describe, expect, it } from 'vitest';
import { canonicalJsonBytes } from '../../../../src/container/canonical.js';
import { writeContainer } from '../../../../src/container/write.js';
import { assessSchool } from '../../../../src/domain/readiness.js';
import { defaultRuleset } from '../../../../src/domain/builtin-ruleset.js';
import { validateExport } from '../../../../src/io/validate-export.js';
import { packVerifier } from '../../../../src/commands/pack/run.js';
import { LEVELS, makeSchool } from '../../../fixtures-gen/index.mjs';
import { readyPlan, tempDir } from '../../../helpers/container.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- free-form edits of generated exports */

async function writtenBytes(): Promise<{ bytes: Buffer; plan: Awaited<ReturnType<typeof readyPlan>> }> {
  const plan = await readyPlan();
  let seen: Buffer | undefined;
  await writeContainer({
    plan,
    outDir: tempDir(),
    force: false,
    verify: async (bytes) => {
      seen = Buffer.from(bytes);
    },
  });
  return { bytes: seen as Buffer, plan };
}

describe("pack's verifier", () => {
  it('accepts the container it planned', async () => {
    const { bytes, plan } = await writtenBytes();
    await expect(packVerifier(plan)(bytes, 'temp.pmp.tmp', plan.fileName)).resolves.toBeUndefined();
  });

  it('refuses a valid container holding other data than planned', async () => {
    const { bytes, plan } = await writtenBytes();
    const data = JSON.parse(plan.dataBytes.toString('utf8'));
    data.responden[0].nama = `${data.responden[0].nama ?? ''} (diubah)`;
    const other = { ...plan, dataBytes: canonicalJsonBytes(data) };
    await expect(packVerifier(other)(bytes, 'temp.pmp.tmp', plan.fileName)).rejects.toMatchObject({
      kode: 'VERIFIKASI_GAGAL',
      message: expect.stringContaining('data/sekolah.json'),
    });
    const otherManifest = { ...plan, manifestBytes: Buffer.concat([plan.manifestBytes, Buffer.from(' ')]) };
    await expect(packVerifier(otherManifest)(bytes, 'temp.pmp.tmp', plan.fileName)).rejects.toMatchObject({
      kode: 'VERIFIKASI_GAGAL',
      message: expect.stringContaining('manifest.json'),
    });
  });

  it('refuses the written bytes cut short or with a stored entry damaged', async () => {
    const { bytes, plan } = await writtenBytes();
    const verify = packVerifier(plan);
    for (const length of [0, 10, bytes.length >> 1, bytes.length - 1]) {
      await expect(verify(bytes.subarray(0, length), 'temp.pmp.tmp', plan.fileName), `${length} bytes`).rejects.toBeInstanceOf(PmpError);
    }
    // Inside the compressed data entry (after its 30-byte local header and name).
    // Header bytes the reader does not use (dates, version fields) are caught by the
    // whole-file SHA-256 the writer compares first: see container-faults.test.ts.
    const dataStart = bytes.indexOf('data/sekolah.json') + 'data/sekolah.json'.length;
    for (let offset = dataStart; offset < dataStart + 2000; offset += 97) {
      const flipped = Buffer.from(bytes);
      flipped[offset] = (flipped[offset] as number) ^ 0x41;
      await expect(verify(flipped, 'temp.pmp.tmp', plan.fileName), `byte ${offset}`).rejects.toBeInstanceOf(PmpError);
    }
  });
});

describe('canonical bytes read back as the export they were made from', () => {
  const ruleset = defaultRuleset();
  const roundTrips = (value: unknown) => {
    const data = validateExport(value, 'x.json');
    const back = validateExport(JSON.parse(canonicalJsonBytes(data).toString('utf8')), 'x.json');
    expect(isDeepStrictEqual(back, data)).toBe(true);
    expect(assessSchool(back, ruleset)).toEqual(assessSchool(data, ruleset));
  };

  it('for generated schools of every level and the demo school', () => {
    for (const level of LEVELS) for (let seed = 0; seed < 3; seed++) roundTrips(makeSchool({ seed, level }));
    roundTrips(JSON.parse(readFileSync('fixtures/demo/sdn-1-contoh.json', 'utf8')));
  });

  it('for arbitrary text in names and answers, keys in any order (lone surrogates and controls included)', () => {
    const base: any = makeSchool({ seed: 7, level: 'SMP' });
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), text), { maxLength: 12 }), text, fc.boolean(), (edits, name, reverse) => {
        const value: any = structuredClone(base);
        for (const [at, answer] of edits) {
          const r = value.responden[at % value.responden.length];
          const keys = Object.keys(r.jawaban);
          r.jawaban[keys[at % keys.length] as string] = answer;
        }
        value.responden[0].nama = name;
        if (reverse) for (const r of value.responden) r.jawaban = Object.fromEntries(Object.entries(r.jawaban).reverse());
        roundTrips(value);
      }),
      { numRuns: 150, seed: 21 },
    );
  });
});
