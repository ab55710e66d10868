// Crafted and damaged containers: each refused with its own code, with bounded work:
// inflate is never asked for more than an entry's declared (capped) size, counted, not timed.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CAPS } from '../../../src/container/format.js';

/** Every inflate the reader asks for: the most it allowed, and what came out. */
const inflates = vi.hoisted(() => [] as Array<{ limit: number | undefined; out: number }>);
vi.mock('node:zlib', async (original) => {
  const real = await original<typeof import('node:zlib')>();
  const inflateRawSync = (buffer: Buffer, options?: { maxOutputLength?: number }) => {
    const call = { limit: options?.maxOutputLength, out: 0 };
    inflates.push(call);
    const out = real.inflateRawSync(buffer, options);
    call.out = out.length;
    return out;
  };
  return { ...real, inflateRawSync, default: { ...real, inflateRawSync } };
});
import type { ContainerPlan } from '../../../src/container/build.js';
import { loadContainerInput } from '../../../src/school/container-input.js';
import { readContainerManifest } from '../../../src/container/read.js';
import { sha256Hex } from '../../../src/container/hash.js';
import { kodeFromSha256 } from '../../../src/domain/filename.js';
import { craftZip, crcOfZeros, deflatedZeros, type CraftEntry } from '../../helpers/zip-craft.js';
import { readyPlan, tempDir, writeReady } from '../../helpers/container.js';

let plan: ContainerPlan;
let dir: string;
let counter = 0;

beforeAll(async () => {
  plan = await readyPlan();
  dir = tempDir();
});

function manifestEntry(bytes = plan.manifestBytes): CraftEntry {
  return { name: 'manifest.json', data: bytes };
}
function dataEntry(bytes = plan.dataBytes): CraftEntry {
  return { name: 'data/sekolah.json', data: bytes };
}

/** Writes `bytes` under the name the plan calls for, in its own folder. */
function place(bytes: Buffer, name = plan.fileName): string {
  const sub = path.join(dir, String(counter++));
  const file = path.join(sub, name);
  mkdirSync(sub, { recursive: true });
  writeFileSync(file, bytes);
  return file;
}

async function codeOf(file: string): Promise<string> {
  try {
    await loadContainerInput(file);
    return 'OK';
  } catch (err) {
    return (err as { kode?: string }).kode ?? `THROWN ${String(err)}`;
  }
}

/** A manifest rewritten to describe `data` (so only the intended defect remains). */
function manifestFor(data: Buffer, patch: (m: Record<string, unknown>) => void = () => {}): Buffer {
  const manifest = JSON.parse(plan.manifestBytes.toString('utf8'));
  manifest.isi = [{ nama: 'data/sekolah.json', ukuran: data.length, sha256: sha256Hex(data) }];
  patch(manifest);
  return Buffer.from(JSON.stringify(manifest));
}

function nameFor(data: Buffer): string {
  return plan.fileName.replace(/_pmp_[0-9a-z]{13}\.pmp$/, `_pmp_${kodeFromSha256(sha256Hex(data))}.pmp`);
}

describe('a well-formed crafted container', () => {
  it('is accepted (the crafting helper itself is sound)', async () => {
    expect(await codeOf(place(craftZip([manifestEntry(), dataEntry()])))).toBe('OK');
    // Another entry order, or a stored (uncompressed) entry: a valid ZIP, but not what
    // pack writes, so it was made or changed by something else.
    expect(await codeOf(place(craftZip([dataEntry(), manifestEntry()])))).toBe('WADAH_DIUBAH');
    expect(await codeOf(place(craftZip([manifestEntry(), { ...dataEntry(), method: 0 }])))).toBe('WADAH_DIUBAH');
  });
});

describe('unsafe entries → WADAH_TIDAK_AMAN', () => {
  const cases: Array<[string, () => CraftEntry[]]> = [
    ['a ../ name', () => [manifestEntry(), dataEntry(), { name: '../evil.txt', data: Buffer.from('x') }]],
    ['a ../ name alone', () => [{ name: '../../etc/cron.d/x', data: Buffer.from('x') }]],
    ['an absolute name', () => [manifestEntry(), { name: '/etc/passwd', data: Buffer.from('x') }]],
    ['a drive-letter name', () => [manifestEntry(), { name: 'C:/Windows/x', data: Buffer.from('x') }]],
    ['a backslash name', () => [manifestEntry(), { ...dataEntry(), name: 'data\\sekolah.json' }]],
    ['a symlink entry', () => [manifestEntry(), { ...dataEntry(), externalAttributes: (0o120777 << 16) >>> 0 }]],
    ['a directory entry', () => [manifestEntry(), dataEntry(), { name: 'data/', data: Buffer.alloc(0), method: 0 }]],
    ['an encrypted entry', () => [manifestEntry(), { ...dataEntry(), flags: 1 }]],
    ['a duplicate entry', () => [manifestEntry(), dataEntry(), dataEntry()]],
    ['a duplicate manifest', () => [manifestEntry(), manifestEntry(), dataEntry()]],
    ['a third entry', () => [manifestEntry(), dataEntry(), { name: 'readme.txt', data: Buffer.from('hi') }]],
    ['an extra field (e.g. a second Unicode name)', () => [manifestEntry(), { ...dataEntry(), extra: Buffer.from([0x75, 0x70, 0, 0]) }]],
    ['a local name differing from the central one', () => [manifestEntry(), { ...dataEntry(), localName: 'data/sekolah.jsoN' }]],
    ['a non-ASCII name', () => [manifestEntry(), dataEntry(), { name: Buffer.from([0x64, 0xff, 0x01]), data: Buffer.from('x') }]],
  ];
  for (const [label, entries] of cases) {
    it(label, async () => {
      expect(await codeOf(place(craftZip(entries())))).toBe('WADAH_TIDAK_AMAN');
    });
  }

  it('data before the ZIP', async () => {
    const zip = craftZip([manifestEntry(), dataEntry()]);
    expect(await codeOf(place(Buffer.concat([Buffer.from('MZ\x90\x00 prepended'), zip])))).toBe('WADAH_TIDAK_AMAN');
  });

  it('a ZIP comment', async () => {
    expect(await codeOf(place(craftZip([manifestEntry(), dataEntry()], { comment: 'hello' })))).toBe('WADAH_TIDAK_AMAN');
  });

  it('too many entries', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('x') }));
    expect(await codeOf(place(craftZip([manifestEntry(), dataEntry(), ...many])))).toBe('WADAH_TIDAK_AMAN');
  });
});

describe('zip bombs are refused with bounded work', () => {
  beforeEach(() => {
    inflates.length = 0;
  });

  it('1 GiB of zeros, declared honestly → WADAH_TERLALU_BESAR without inflating', async () => {
    const raw = deflatedZeros(1024);
    const file = place(craftZip([manifestEntry(), { name: 'data/sekolah.json', raw, method: 8, uncompressedSize: 1024 * 1024 * 1024, crc: 0 }]));
    expect(await codeOf(file)).toBe('WADAH_TERLALU_BESAR');
    expect(inflates).toEqual([]);
  });

  it('1 GiB of zeros under a lying header → stopped at the declared size', async () => {
    const raw = deflatedZeros(1024);
    const file = place(craftZip([manifestEntry(), { name: 'data/sekolah.json', raw, method: 8, uncompressedSize: plan.dataBytes.length, crc: crcOfZeros(1) }]));
    expect(await codeOf(file)).toBe('WADAH_TIDAK_AMAN');
    // Each inflate was told the entry's declared size at most, and never exceeded it.
    expect(inflates.length).toBeGreaterThan(0);
    for (const call of inflates) {
      expect(call.limit).toBeLessThanOrEqual(Math.max(plan.dataBytes.length, plan.manifestBytes.length));
      expect(call.out).toBeLessThanOrEqual(call.limit ?? 0);
    }
    expect(CAPS.dataBytes).toBeLessThan(64 * 1024 * 1024);
  });

  it('a manifest declaring more than its cap', async () => {
    const raw = deflatedZeros(2);
    const file = place(craftZip([{ name: 'manifest.json', raw, method: 8, uncompressedSize: 2 * 1024 * 1024, crc: 0 }, dataEntry()]));
    expect(await codeOf(file)).toBe('WADAH_TERLALU_BESAR');
  });

  it('a deeply nested JSON bomb inside a valid container', async () => {
    const deep = Buffer.from(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    const file = place(craftZip([{ name: 'manifest.json', data: manifestFor(deep) }, dataEntry(deep)]), nameFor(deep));
    expect(await codeOf(file)).toBe('JSON_TERLALU_DALAM');
  });
});

describe('damage and tampering', () => {
  it('a data entry changed after packing → CHECKSUM_TIDAK_COCOK', async () => {
    const tampered = Buffer.from(plan.dataBytes.toString('utf8').replace('"2.2"', '"2.3"'));
    expect(await codeOf(place(craftZip([manifestEntry(), dataEntry(tampered)])))).toBe('CHECKSUM_TIDAK_COCOK');
  });

  it('a wrong CRC-32 → CHECKSUM_TIDAK_COCOK', async () => {
    expect(await codeOf(place(craftZip([manifestEntry(), { ...dataEntry(), crc: crc32(plan.dataBytes) ^ 1 }])))).toBe('CHECKSUM_TIDAK_COCOK');
  });

  it('a declared size larger than the data → WADAH_RUSAK', async () => {
    expect(await codeOf(place(craftZip([manifestEntry(), { ...dataEntry(), uncompressedSize: plan.dataBytes.length + 10 }])))).toBe('WADAH_RUSAK');
  });

  it('a missing data entry → WADAH_RUSAK', async () => {
    expect(await codeOf(place(craftZip([manifestEntry()])))).toBe('WADAH_RUSAK');
  });

  it('an empty file → WADAH_RUSAK', async () => {
    expect(await codeOf(place(Buffer.alloc(0)))).toBe('WADAH_RUSAK');
  });

  it('a manifest that is not JSON, or not the schema → MANIFEST_TIDAK_SAH', async () => {
    expect(await codeOf(place(craftZip([manifestEntry(Buffer.from('{nope')), dataEntry()])))).toBe('MANIFEST_TIDAK_SAH');
    const wrong = manifestFor(plan.dataBytes, (m) => (m.format = 'pmp-offline/kirim-offline@9'));
    expect(await codeOf(place(craftZip([manifestEntry(wrong), dataEntry()])))).toBe('MANIFEST_TIDAK_SAH');
  });

  it('a manifest describing another school → MANIFEST_TIDAK_COCOK', async () => {
    const other = manifestFor(plan.dataBytes, (m) => ((m.sekolah as Record<string, unknown>).npsn = '99999999'));
    expect(await codeOf(place(craftZip([manifestEntry(other), dataEntry()])))).toBe('MANIFEST_TIDAK_COCOK');
  });

  it("invalid school data inside a consistent container → the export validator's code", async () => {
    const bad = Buffer.from(plan.dataBytes.toString('utf8').replace('"npsn":"20212345"', '"npsn":"2021234"'));
    const file = place(craftZip([{ name: 'manifest.json', data: manifestFor(bad) }, dataEntry(bad)]), nameFor(bad));
    expect(await codeOf(file)).not.toBe('OK');
    expect(await codeOf(file)).not.toMatch(/^THROWN/);
  });

  it('every single-byte flip of a real container is refused, each with its code', async () => {
    const written = await writeReady(tempDir());
    const original = readFileSync(written.file);
    const codes = new Map<string, number>();
    // Every byte of the headers and a stride through the compressed data.
    for (let i = 0; i < original.length; i += i < 80 || i > original.length - 200 ? 1 : 7) {
      const flipped = Buffer.from(original);
      flipped[i] = (flipped[i] as number) ^ 0x55;
      const sub = path.join(dir, `flip-${i}`);
      mkdirSync(sub, { recursive: true });
      const file = path.join(sub, path.basename(written.file));
      writeFileSync(file, flipped);
      let code: string;
      try {
        const loaded = await loadContainerInput(file);
        expect(loaded.data.sekolah.sekolah_id).toBe('1ed54ac4-30d0-45dc-99c1-f95cef07f606');
        code = 'OK';
      } catch (err) {
        code = (err as { kode?: string }).kode ?? 'THROWN';
      }
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    expect(codes.has('THROWN')).toBe(false);
    expect(
      [...codes.keys()].every((code) =>
        [
          'WADAH_RUSAK',
          'WADAH_TIDAK_AMAN',
          'WADAH_DIUBAH',
          'CHECKSUM_TIDAK_COCOK',
          'MANIFEST_TIDAK_SAH',
          'WADAH_TERLALU_BESAR',
          'BUKAN_WADAH_PMP_OFFLINE',
        ].includes(code),
      ),
      JSON.stringify(Object.fromEntries(codes)),
    ).toBe(true);
    // Not one flipped byte gives a container that still reads as ready: a changed date or
    // version field is as much a change as a changed answer.
    expect(codes.get('OK') ?? 0).toBe(0);
    expect(codes.get('WADAH_RUSAK') ?? 0).toBeGreaterThan(0);
    expect(codes.get('WADAH_DIUBAH') ?? 0).toBeGreaterThan(0);
  });

  it('truncation at any point is refused', async () => {
    const written = await writeReady(tempDir());
    const original = readFileSync(written.file);
    for (const keep of [1, 4, 30, 100, original.length / 2, original.length - 23, original.length - 22, original.length - 1]) {
      const file = place(original.subarray(0, Math.floor(keep)));
      expect(['WADAH_RUSAK', 'WADAH_TIDAK_AMAN', 'BUKAN_WADAH_PMP_OFFLINE']).toContain(await codeOf(file));
    }
    expect(await codeOf(place(original.subarray(0, original.length - 1)))).toBe('WADAH_RUSAK');
  });
});

describe('the file name', () => {
  it('must follow the convention and agree with the contents → NAMA_TIDAK_SESUAI', async () => {
    const zip = craftZip([manifestEntry(), dataEntry()]);
    const wrongTime = plan.fileName.replace(/^\d{14}/, '20171018131001');
    const wrongId = plan.fileName.replace('1ed54ac4', '1ed54ac5');
    const wrongKode = plan.fileName.replace(/_pmp_[0-9a-z]{13}/, '_pmp_0000000000000');
    for (const name of ['kiriman.pmp', wrongTime, wrongId, wrongKode, plan.fileName.replace('.pmp', ' (1).pmp')]) {
      expect(await codeOf(place(zip, name)), name).toBe('NAMA_TIDAK_SESUAI');
    }
  });

  it('a renamed copy says what the name should be', async () => {
    const written = await writeReady(tempDir());
    const renamed = path.join(path.dirname(written.file), 'sekolah.pmp');
    renameSync(written.file, renamed);
    await expect(loadContainerInput(renamed)).rejects.toThrow(path.basename(written.file));
  });
});

describe('files that are not pmp-offline containers', () => {
  it('a non-ZIP .pmp (like the real application writes) → BUKAN_WADAH_PMP_OFFLINE naming its time and school', async () => {
    const real = '20171018131000_1ed54ac4-30d0-45dc-99c1-f95cef07f606_pmp_1arjl2o9vj000.pmp';
    const file = place(Buffer.from('\x00\x01binary payload of the real application'.repeat(50)), real);
    await expect(loadContainerInput(file)).rejects.toMatchObject({ kode: 'BUKAN_WADAH_PMP_OFFLINE' });
    await expect(loadContainerInput(file)).rejects.toThrow(/18 Oktober 2017 13\.10 WIB.*1ed54ac4-30d0-45dc-99c1-f95cef07f606/);
    expect(await readContainerManifest(file)).toBeNull();
  });

  it('a clean ZIP without our manifest → BUKAN_WADAH_PMP_OFFLINE; readContainerManifest gives null', async () => {
    const file = place(craftZip([{ name: 'export.db', data: Buffer.from('sqlite?') }]));
    expect(await codeOf(file)).toBe('BUKAN_WADAH_PMP_OFFLINE');
    expect(await readContainerManifest(file)).toBeNull();
  });

  it('readContainerManifest throws for a damaged container', async () => {
    const file = place(craftZip([manifestEntry(), { ...dataEntry(), crc: 1 }]));
    await expect(readContainerManifest(file)).rejects.toMatchObject({ kode: 'CHECKSUM_TIDAK_COCOK' });
  });

  it('a large non-ZIP file is classified from its first bytes, without reading it all', async () => {
    const file = place(Buffer.alloc(41 * 1024 * 1024, 0x41));
    expect(await codeOf(file)).toBe('BUKAN_WADAH_PMP_OFFLINE');
  });
});
