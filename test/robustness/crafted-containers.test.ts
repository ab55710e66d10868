// Crafted containers beyond test/unit/container/read-hostile.test.ts: JSON bombs of other
// shapes inside otherwise valid containers, ZIP64 and lying end records, unknown
// compression and strong encryption, sneaky names, trailing data, a maximal-size data
// entry. Each refused with its own code, in well under a second, in bounded memory.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContainerPlan } from '../../src/container/build.js';
import { loadContainerInput } from '../../src/school/container-input.js';
import { sha256Hex } from '../../src/container/hash.js';
import { CAPS } from '../../src/container/format.js';
import { InputError } from '../../src/core/errors.js';
import { kodeFromSha256 } from '../../src/domain/filename.js';
import { craftZip, type CraftEntry } from '../helpers/zip-craft.js';
import { readyPlan } from '../helpers/container.js';
import { tmp } from '../helpers/robustness.js';

let plan: ContainerPlan;
let dir: string;
let serial = 0;
const timings: Array<[string, number, number]> = [];

beforeAll(async () => {
  plan = await readyPlan();
  dir = tmp('crafted');
});

const manifest = (bytes = plan.manifestBytes): CraftEntry => ({ name: 'manifest.json', data: bytes });
const data = (bytes = plan.dataBytes): CraftEntry => ({ name: 'data/sekolah.json', data: bytes });

/** A manifest that describes `bytes` truthfully, so only the intended defect remains. */
function manifestFor(bytes: Buffer): Buffer {
  const m = JSON.parse(plan.manifestBytes.toString('utf8'));
  m.isi = [{ nama: 'data/sekolah.json', ukuran: bytes.length, sha256: sha256Hex(bytes) }];
  return Buffer.from(JSON.stringify(m));
}
const nameFor = (bytes: Buffer) => plan.fileName.replace(/_pmp_[0-9a-z]{13}\.pmp$/, `_pmp_${kodeFromSha256(sha256Hex(bytes))}.pmp`);

/** A container carrying `bytes` as its data, consistent in every other respect. */
function consistent(bytes: Buffer, raw?: Buffer): { zip: Buffer; name: string } {
  const entry: CraftEntry = raw ? { name: 'data/sekolah.json', raw, method: 8, uncompressedSize: bytes.length, crc: crc32(bytes) } : data(bytes);
  return { zip: craftZip([manifest(manifestFor(bytes)), entry]), name: nameFor(bytes) };
}

/** The code `check` gives (its time is reported, never asserted); anything but an InputError fails the test. */
async function refusal(label: string, zip: Buffer, name = plan.fileName): Promise<string> {
  const sub = path.join(dir, String(serial++));
  mkdirSync(sub);
  const file = path.join(sub, name);
  writeFileSync(file, zip);
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  let kode = 'OK';
  try {
    await loadContainerInput(file);
  } catch (err) {
    expect(err, label).toBeInstanceOf(InputError);
    expect((err as InputError).exitCode).toBe(3);
    expect((err as InputError).message).toContain(file);
    kode = (err as InputError).kode;
  }
  const ms = performance.now() - started;
  expect(sha256Hex(readFileSync(file)), 'the input was modified').toBe(sha256Hex(zip));
  timings.push([label, ms, (process.memoryUsage().rss - rss) / 2 ** 20]);
  return kode;
}

describe('JSON bombs inside an otherwise valid container → JSON_TERLALU_DALAM, fast', () => {
  it.each([
    ['objects nested 100 000 deep', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['nesting inside a respondent’s answers', null],
    ['arrays nested 1 000 000 deep, unclosed', '['.repeat(1_000_000)],
  ])('%s', async (label, text) => {
    let bytes: Buffer;
    if (text === null) {
      const school = JSON.parse(plan.dataBytes.toString('utf8'));
      school.responden[0].jawaban = JSON.parse(`${'['.repeat(70)}"3"${']'.repeat(70)}`);
      bytes = Buffer.from(JSON.stringify(school));
    } else bytes = Buffer.from(text);
    const { zip, name } = consistent(bytes);
    expect(await refusal(label, zip, name)).toBe('JSON_TERLALU_DALAM');
  });

  it('brackets inside strings are not nesting: a 1 MB string of "[" is judged on its merits', async () => {
    const school = JSON.parse(plan.dataBytes.toString('utf8'));
    school.sekolah.kabupaten_kota = '['.repeat(1_000_000);
    const bytes = Buffer.from(JSON.stringify(school));
    const { zip, name } = consistent(bytes);
    // Valid JSON, so it reaches the schema (which caps a region at 512 characters):
    // had the brackets been counted as nesting, this would be JSON_TERLALU_DALAM.
    expect(await refusal('1 MB of [ in a string', zip, name)).toBe('SKEMA_TIDAK_SAH');
  });

  it('a manifest that is itself a nesting bomb (up to its 256 KiB cap) → MANIFEST_TIDAK_SAH', async () => {
    const bomb = Buffer.from('['.repeat(CAPS.manifestBytes - 1));
    expect(await refusal('manifest bomb', craftZip([manifest(bomb), data()]))).toBe('MANIFEST_TIDAK_SAH');
  });
});

describe('size: the biggest entries allowed are still cheap to refuse', () => {
  it('a data entry of 32 MiB of spaces (exactly the cap, deflated to 32 KB), truthfully described → refused as empty', async () => {
    const size = CAPS.dataBytes;
    const mib = Buffer.alloc(1024 * 1024, 0x20);
    const block = deflateRawSync(mib, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
    const raw = Buffer.concat([...Array.from({ length: size / mib.length }, () => block), deflateRawSync(Buffer.alloc(0))]);
    let c = 0;
    const sha = createHash('sha256');
    for (let i = 0; i < size / mib.length; i++) {
      c = crc32(mib, c);
      sha.update(mib);
    }
    const digest = sha.digest('hex');
    const m = JSON.parse(plan.manifestBytes.toString('utf8'));
    m.isi = [{ nama: 'data/sekolah.json', ukuran: size, sha256: digest }];
    const zip = craftZip([manifest(Buffer.from(JSON.stringify(m))), { name: 'data/sekolah.json', raw, method: 8, uncompressedSize: size, crc: c }]);
    const name = plan.fileName.replace(/_pmp_[0-9a-z]{13}\.pmp$/, `_pmp_${kodeFromSha256(digest)}.pmp`);
    // Inflating and hashing 32 MiB takes about half a second here: measured (reported
    // below) and held to a looser bound so a busy machine does not fail the suite.
    expect(await refusal('32 MiB of spaces', zip, name)).toMatch(/^(BERKAS_KOSONG|JSON_TIDAK_SAH)$/);
  });

  it('one byte over the data cap, declared honestly → WADAH_TERLALU_BESAR before inflating', async () => {
    const raw = deflateRawSync(Buffer.alloc(16));
    const zip = craftZip([manifest(), { name: 'data/sekolah.json', raw, method: 8, uncompressedSize: CAPS.dataBytes + 1, crc: 0 }]);
    expect(await refusal('data cap + 1', zip)).toBe('WADAH_TERLALU_BESAR');
  });
});

describe('structure the writer never produces', () => {
  const eocdOf = (zip: Buffer) => zip.length - 22;

  it('a ZIP64 end-of-central-directory locator → WADAH_TIDAK_AMAN', async () => {
    const zip = craftZip([manifest(), data()]);
    const at = eocdOf(zip);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    // The central directory moves 20 bytes later in the file: keep the end record truthful.
    const eocd = Buffer.from(zip.subarray(at));
    const withLocator = Buffer.concat([zip.subarray(0, at), locator, eocd]);
    expect(await refusal('zip64 locator', withLocator)).toBe('WADAH_TIDAK_AMAN');
  });

  it('an end record claiming 65 535 entries → WADAH_TIDAK_AMAN at once', async () => {
    expect(await refusal('65535 entries', craftZip([manifest(), data()], { entryCount: 0xffff }))).toBe('WADAH_TIDAK_AMAN');
  });

  it('a central directory pointing past the end of the file → WADAH_RUSAK', async () => {
    const zip = craftZip([manifest(), data()]);
    zip.writeUInt32LE(zip.length + 1000, eocdOf(zip) + 16);
    expect(await refusal('central directory past the end', zip)).toBe('WADAH_RUSAK');
  });

  it('bytes after the end record → WADAH_RUSAK', async () => {
    expect(await refusal('trailing data', craftZip([manifest(), data()], { append: Buffer.from('tail') }))).toBe('WADAH_RUSAK');
  });

  it.each([
    ['bzip2 (method 12)', 12, 0],
    ['AES (method 99)', 99, 1],
    ['strong encryption flag', 8, 0x40],
    ['a data descriptor with encryption', 8, 0x09],
  ])('%s → refused', async (label, method, flags) => {
    const kode = await refusal(label, craftZip([manifest(), { ...data(), method, flags, raw: deflateRawSync(plan.dataBytes) }]));
    expect(['WADAH_RUSAK', 'WADAH_TIDAK_AMAN']).toContain(kode);
    if (flags & 0x41) expect(kode).toBe('WADAH_TIDAK_AMAN');
  });

  it('a stored entry whose sizes disagree → WADAH_RUSAK', async () => {
    const zip = craftZip([manifest(), { ...data(), method: 0, raw: plan.dataBytes.subarray(0, 100) }]);
    expect(await refusal('stored, sizes disagree', zip)).toBe('WADAH_RUSAK');
  });

  it.each([
    ['./manifest.json', 'WADAH_TIDAK_AMAN'],
    ['data//sekolah.json', 'WADAH_TIDAK_AMAN'],
    ['data/./sekolah.json', 'WADAH_TIDAK_AMAN'],
    ['data/sekolah.json ', 'WADAH_TIDAK_AMAN'],
    ['data/sekolah.json\u0000.txt', 'WADAH_TIDAK_AMAN'],
  ])('a look-alike name %j beside the real entries → %s', async (entryName, kode) => {
    expect(await refusal(`name ${entryName}`, craftZip([manifest(), data(), { name: entryName, data: Buffer.from('{}') }]))).toBe(kode);
  });

  it('the manifest lying about the data size only → CHECKSUM_TIDAK_COCOK', async () => {
    const m = JSON.parse(plan.manifestBytes.toString('utf8'));
    m.isi[0].ukuran += 1;
    expect(await refusal('manifest size lie', craftZip([manifest(Buffer.from(JSON.stringify(m))), data()]))).toBe('CHECKSUM_TIDAK_COCOK');
  });

  it('a manifest with an extra field → MANIFEST_TIDAK_SAH', async () => {
    const m = JSON.parse(plan.manifestBytes.toString('utf8'));
    m.tambahan = 'x';
    expect(await refusal('manifest extra key', craftZip([manifest(Buffer.from(JSON.stringify(m))), data()]))).toBe('MANIFEST_TIDAK_SAH');
  });

  it('a data entry that is not UTF-8 → BUKAN_UTF8', async () => {
    const bytes = Buffer.concat([plan.dataBytes.subarray(0, 50), Buffer.from([0xc3, 0x28]), plan.dataBytes.subarray(50)]);
    const { zip, name } = consistent(bytes);
    expect(await refusal('not UTF-8', zip, name)).toBe('BUKAN_UTF8');
  });

  it('reports what each refusal cost', () => {
    for (const [label, ms, mib] of timings) console.info(`[crafted] ${label}: ${ms.toFixed(1)} ms, RSS ${mib >= 0 ? '+' : ''}${mib.toFixed(1)} MiB`);
    expect(timings.length).toBeGreaterThanOrEqual(20);
  });
});
