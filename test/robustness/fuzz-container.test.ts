// Property-based fuzzing of `check FILE.pmp`: random bytes, a real container with bytes
// flipped, cut at every offset (so at every structural boundary: each local header
// field, entry data, each central-directory record, the end record), and its entries
// swapped or re-pointed. Every outcome must be an InputError (exit 3) naming the file,
// or the correct verdict: the very data that was packed, ready. Never anything else,
// and never slow.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContainerInput } from '../../src/school/container-input.js';
import { readContainer } from '../../src/container/read.js';
import { InputError } from '../../src/core/errors.js';
import { assessSchool } from '../../src/domain/readiness.js';
import { defaultRuleset } from '../../src/domain/builtin-ruleset.js';
import { type Ruleset } from '../../src/domain/ruleset.js';
import { setLang } from '../../src/i18n/index.js';
import { craftZip } from '../helpers/zip-craft.js';
import { READY_FIXTURE, writeReady } from '../helpers/container.js';
import { FUZZ_SEED, InputGuard, STACK, checkEachThroughCli, count, counted, fuzz, tmp } from '../helpers/robustness.js';

let ruleset: Ruleset;
let original: Buffer;
let fileName: string;
let manifestBytes: Buffer;
let dataBytes: Buffer;
let dir: string;
const guard = new InputGuard();
let slowest = 0;

beforeAll(async () => {
  setLang('id');
  ruleset = defaultRuleset();
  guard.add(READY_FIXTURE);
  const written = await writeReady(tmp('container-base'));
  original = readFileSync(written.file);
  fileName = path.basename(written.file);
  const read = await readContainer(written.file);
  if (read.kind !== 'container') throw new Error('base container unreadable');
  manifestBytes = read.manifestBytes;
  dataBytes = read.dataBytes;
  dir = tmp('container');
  mkdirSync(path.join(dir, 'kasus'));
});

afterAll(() => {
  guard.verify();
  console.info(`[fuzz containers] seed ${FUZZ_SEED}: slowest single read ${slowest.toFixed(1)} ms; cases ${JSON.stringify(counted)}`);
});

let serial = 0;
/** Writes `bytes` as a container named like the real one (so only the bytes differ). */
function place(bytes: Buffer, name = fileName): string {
  const sub = path.join(dir, String(serial++));
  mkdirSync(sub);
  const file = path.join(sub, name);
  writeFileSync(file, bytes);
  return file;
}

type Outcome = 'OK' | string;

/** The property: exit 3 with the file named, or the very data that was packed, ready. */
async function verdict(bytes: Buffer): Promise<Outcome> {
  const file = path.join(dir, 'kasus', fileName);
  writeFileSync(file, bytes);
  const started = performance.now();
  let outcome: Outcome;
  try {
    const loaded = await loadContainerInput(file);
    // Accepted: it must be the data that was packed, and it must still be ready.
    const read = await readContainer(file);
    expect(read.kind === 'container' && read.dataBytes.equals(dataBytes) && read.manifestBytes.equals(manifestBytes)).toBe(true);
    expect(assessSchool(loaded.data, ruleset).siap).toBe(true);
    outcome = 'OK';
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    expect(err.exitCode).toBe(3);
    expect(err.message).toContain(file);
    expect(err.message).not.toMatch(STACK);
    outcome = err.kode;
  }
  slowest = Math.max(slowest, performance.now() - started);
  expect(readFileSync(file).equals(bytes), 'the input was modified').toBe(true);
  count('container.inprocess');
  return outcome;
}

function tallyOf(outcomes: Outcome[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const o of outcomes) tally[o] = (tally[o] ?? 0) + 1;
  return tally;
}

/** Offsets where each ZIP structure and field begins, read from the file itself. */
function structuralOffsets(zip: Buffer): Map<number, string> {
  const at = new Map<number, string>();
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const cdSize = zip.readUInt32LE(eocd + 12);
  const cdStart = zip.readUInt32LE(eocd + 16);
  const eocdFields = [0, 4, 6, 8, 10, 12, 16, 20];
  for (const f of eocdFields) at.set(eocd + f, `eocd+${f}`);
  let p = cdStart;
  while (p < cdStart + cdSize) {
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    for (const f of [0, 4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 30, 32, 34, 36, 38, 42, 46]) at.set(p + f, `central@${p}+${f}`);
    const lName = zip.readUInt16LE(local + 26);
    const lExtra = zip.readUInt16LE(local + 28);
    const compressed = zip.readUInt32LE(p + 20);
    for (const f of [0, 4, 6, 8, 10, 12, 14, 18, 22, 26, 28, 30]) at.set(local + f, `local@${local}+${f}`);
    at.set(local + 30 + lName + lExtra, `data@${local}`);
    at.set(local + 30 + lName + lExtra + compressed, `data-end@${local}`);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return at;
}

describe(`check FILE.pmp: fuzzed containers (suite seed ${FUZZ_SEED})`, () => {
  it('the unchanged container passes the same harness', async () => {
    expect(await verdict(original)).toBe('OK');
  });

  it('cut at every byte offset (each structural boundary included): refused, never accepted', async () => {
    const boundaries = structuralOffsets(original);
    // Two entries: 12 local-header fields, data start and end each, 18 central fields, 8 end-record fields.
    expect(boundaries.size).toBeGreaterThanOrEqual(2 * (12 + 2 + 18) + 8);
    const outcomes: Outcome[] = [];
    for (let keep = 0; keep < original.length; keep++) outcomes.push(await verdict(original.subarray(0, keep)));
    const tally = tallyOf(outcomes);
    console.info(`[fuzz container truncation] ${original.length} cuts: ${JSON.stringify(tally)}`);
    expect(tally.OK).toBeUndefined();
    for (const [offset, label] of boundaries) {
      if (offset < original.length) expect(outcomes[offset], `cut at ${label}`).not.toBe('OK');
    }
  });

  it('random bytes, with or without a ZIP signature in front: refused', async () => {
    const outcomes: Outcome[] = [];
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.uint8Array({ maxLength: 512 }).map((a) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...a])),
      fc.uint8Array({ maxLength: 512 }).map((a) => Uint8Array.from([...a, 0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])),
      // A real container's head grafted onto random bytes, and the other way round.
      fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.uint8Array({ minLength: 1, maxLength: 512 })).map(([n, a]) => Buffer.concat([original.subarray(0, n), a])),
      fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.uint8Array({ minLength: 1, maxLength: 512 })).map(([n, a]) => Buffer.concat([a, original.subarray(n)])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        const outcome = await verdict(Buffer.from(b));
        outcomes.push(outcome);
        expect(outcome).not.toBe('OK');
      }),
      fuzz('container-random', 600),
    );
    console.info(`[fuzz container random] ${JSON.stringify(tallyOf(outcomes))}`);
  });

  it('1-3 bytes flipped anywhere: refused, or accepted with exactly the packed data', async () => {
    const outcomes: Outcome[] = [];
    const flips = fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(flips, async (list) => {
        const bytes = Buffer.from(original);
        for (const { at, xor } of list) {
          const i = at % bytes.length;
          bytes[i] = (bytes[i] as number) ^ xor;
        }
        outcomes.push(await verdict(bytes));
      }),
      fuzz('container-flips', 1200),
    );
    const tally = tallyOf(outcomes);
    console.info(`[fuzz container flips] ${JSON.stringify(tally)}`);
    expect(Object.keys(tally).length).toBeGreaterThan(2);
  });

  it('entries swapped, re-pointed or re-ordered', async () => {
    const m = { name: 'manifest.json', data: manifestBytes };
    const d = { name: 'data/sekolah.json', data: dataBytes };
    const straight = craftZip([m, d]);
    // The central directory of `straight`, to re-point or re-order its records.
    const eocd = straight.length - 22;
    const cdStart = straight.readUInt32LE(eocd + 16);
    const firstLen = 46 + 'manifest.json'.length;
    const cd = straight.subarray(cdStart, eocd);
    const [rec1, rec2] = [cd.subarray(0, firstLen), cd.subarray(firstLen)];
    const withCd = (records: Buffer) => Buffer.concat([straight.subarray(0, cdStart), records, straight.subarray(eocd)]);
    const repointed = Buffer.from(cd);
    const off1 = repointed.readUInt32LE(42);
    repointed.writeUInt32LE(repointed.readUInt32LE(firstLen + 42), 42);
    repointed.writeUInt32LE(off1, firstLen + 42);

    const cases: Array<[string, Buffer, Outcome[]]> = [
      // A valid ZIP, but not pack's layout: something else made or changed it.
      ['data entry first', craftZip([d, m]), ['WADAH_DIUBAH']],
      ['central records in the other order', withCd(Buffer.concat([rec2 as Buffer, rec1 as Buffer])), ['WADAH_DIUBAH']],
      [
        'names swapped: the manifest under the data name',
        craftZip([
          { ...m, name: d.name },
          { ...d, name: m.name },
        ]),
        ['MANIFEST_TIDAK_SAH'],
      ],
      ['central records pointing at each other’s local headers', withCd(repointed), ['WADAH_TIDAK_AMAN', 'WADAH_RUSAK']],
      [
        'both records pointing at the manifest',
        (() => {
          const same = Buffer.from(cd);
          same.writeUInt32LE(same.readUInt32LE(42), firstLen + 42);
          return withCd(same);
        })(),
        ['WADAH_TIDAK_AMAN', 'WADAH_RUSAK'],
      ],
      ['the data entry twice, no manifest', craftZip([d, d]), ['WADAH_TIDAK_AMAN', 'BUKAN_WADAH_PMP_OFFLINE']],
      ['the manifest alone', craftZip([m]), ['WADAH_RUSAK']],
      ['a manifest from another container (other data)', craftZip([m, { ...d, data: Buffer.concat([dataBytes, Buffer.from(' ')]) }]), ['CHECKSUM_TIDAK_COCOK']],
    ];
    for (const [label, bytes, expected] of cases) {
      expect(expected, label).toContain(await verdict(bytes));
    }
  });

  it('through the CLI: exit 3 with one line naming the file, or exit 0 and ready; never a stack trace', async () => {
    const flips = fc.sample(fc.array(fc.nat({ max: original.length - 1 }), { minLength: 1, maxLength: 2 }), {
      seed: fuzz('cli-containers', 1).seed,
      numRuns: 10,
    });
    const samples: Buffer[] = flips.map((list) => {
      const b = Buffer.from(original);
      for (const i of list) b[i] = (b[i] as number) ^ 0xa5;
      return b;
    });
    samples.push(original.subarray(0, 1000), original.subarray(0, original.length - 10), Buffer.from('PK\x03\x04garbage'), original);
    const files = samples.map((b) => place(b));
    guard.add(...files);
    const codes = await checkEachThroughCli(files, [0, 3], guard, (_file, r) => {
      if (r.code === 0) expect(r.stdout).toContain('SIAP KIRIM');
      count('container.cli');
    });
    expect(codes['0'] ?? 0).toBeGreaterThanOrEqual(1);
    expect(codes['3'] ?? 0).toBeGreaterThanOrEqual(3);
  });
});
