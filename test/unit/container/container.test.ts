import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { planContainer } from '../../../src/container/build.js';
import { canonicalJson } from '../../../src/container/canonical.js';
import { loadContainerInput } from '../../../src/school/container-input.js';
import { CONTAINER_FORMAT, manifestSchema } from '../../../src/container/format.js';
import { readContainer, readContainerManifest } from '../../../src/container/read.js';
import { WriteAborted, writeContainer } from '../../../src/container/write.js';
import { wibWallClock } from '../../../src/domain/luxon.js';
import { OutputError } from '../../../src/core/errors.js';
import { kodeFromSha256, parsePmpFileName } from '../../../src/domain/filename.js';
import { CREATED, readyPlan, tempDir, verifyTemp, writeReady } from '../../helpers/container.js';

describe('canonical JSON', () => {
  it('gives the same bytes whatever the key order and spacing', () => {
    const a = JSON.parse('{"b":1,"a":{"y":[3,1,2],"x":"é"}}');
    const b = JSON.parse('{\r\n  "a" : { "x" : "é", "y" : [3, 1, 2] },\r\n  "b" : 1\r\n}');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"é","y":[3,1,2]},"b":1}');
  });

  it('keeps a "__proto__" key as plain data', () => {
    const value = JSON.parse('{"z":1,"__proto__":{"polluted":true}}');
    expect(canonicalJson(value)).toContain('"__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('planning a container', () => {
  it('names it by the convention: WIB time, lower-case sekolah_id, kode from the data SHA-256', async () => {
    const plan = await readyPlan(DateTime.fromISO('2017-10-18T06:10:00.750Z'));
    expect(plan.fileName).toBe(`20171018131000_1ed54ac4-30d0-45dc-99c1-f95cef07f606_pmp_${kodeFromSha256(plan.dataSha256)}.pmp`);
    const parsed = parsePmpFileName(plan.fileName);
    expect(parsed?.kode).toMatch(/^[0-9a-z]{13}$/);
    expect(plan.manifest.dibuat).toBe('2017-10-18T13:10:00.000+07:00');
    expect(plan.manifest.format).toBe(CONTAINER_FORMAT);
    expect(manifestSchema.parse(JSON.parse(plan.manifestBytes.toString('utf8')))).toEqual(plan.manifest);
  });

  it('keeps respondent names out of the manifest', async () => {
    const plan = await readyPlan();
    const text = plan.manifestBytes.toString('utf8');
    expect(text).not.toMatch(/"responden"|"nama": "[^"]*(S\.Pd|S\.Si)/);
    expect(plan.manifest.ringkasan.map((r) => r.jenis)).toEqual(['kepala_sekolah', 'pendidik', 'peserta_didik', 'komite_sekolah', 'pengawas']);
  });
});

describe('writing a container', () => {
  it('writes exactly two entries in order, dated dibuat in WIB, and reads back verified', async () => {
    const dir = tempDir();
    const written = await writeReady(dir);
    expect(written.status).toBe('dibuat');
    expect(readdirSync(dir)).toEqual([path.basename(written.file)]);
    const entries = await listEntries(written.file);
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'data/sekolah.json']);
    for (const e of entries) {
      expect(e.date).toEqual({ year: 2017, month: 10, day: 18, hour: 13, minute: 10, second: 0 });
      expect(e.extraFieldLength).toBe(0);
      expect(e.method).toBe(8);
    }
    const read = await readContainer(written.file);
    expect(read.kind).toBe('container');
    expect((await readContainerManifest(written.file))?.dibuat).toBe('2017-10-18T13:10:00.000+07:00');
    const loaded = await loadContainerInput(written.file);
    expect(loaded.data.sekolah.sekolah_id).toBe('1ed54ac4-30d0-45dc-99c1-f95cef07f606');
    expect(loaded.container?.dibuat).toBe('2017-10-18T13:10:00.000+07:00');
  });

  it('is reproducible: the same plan gives byte-identical files in two folders', async () => {
    const a = await writeReady(tempDir());
    const b = await writeReady(tempDir());
    expect(readFileSync(a.file).equals(readFileSync(b.file))).toBe(true);
    expect(a.sha256).toBe(b.sha256);
  });

  it('entry dates do not depend on the machine zone', () => {
    const date = wibWallClock(DateTime.fromISO('2017-10-20T16:59:58Z'));
    expect(date.toISOString()).toBe('2017-10-20T23:59:58.000Z');
  });

  it('an identical existing file is "sudah_ada"; a different one is refused; --force replaces it', async () => {
    const dir = tempDir();
    const first = await writeReady(dir);
    const before = readFileSync(first.file);
    expect((await writeReady(dir)).status).toBe('sudah_ada');
    writeFileSync(first.file, Buffer.concat([before, Buffer.from('x')]));
    const refused = writeReady(dir);
    await expect(refused).rejects.toBeInstanceOf(OutputError);
    await expect(refused).rejects.toMatchObject({ kode: 'BERKAS_SUDAH_ADA_BERBEDA' });
    expect(readFileSync(first.file).length).toBe(before.length + 1);
    const forced = await writeReady(dir, undefined, true);
    expect(forced.status).toBe('dibuat');
    expect(readFileSync(first.file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('a failed verification leaves nothing behind', async () => {
    const dir = tempDir();
    const plan = await readyPlan();
    const attempt = writeContainer({
      plan,
      outDir: dir,
      force: false,
      verify: async () => {
        throw new OutputError('VERIFIKASI_GAGAL', 'simulated');
      },
    });
    await expect(attempt).rejects.toMatchObject({ kode: 'VERIFIKASI_GAGAL' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a missing output folder is a write failure with no file left', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'not-a-folder');
    writeFileSync(out, 'x');
    await expect(writeReady(out)).rejects.toMatchObject({ kode: 'GAGAL_MENULIS' });
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });

  it('an abort during the write removes the temporary file', async () => {
    const dir = tempDir();
    const plan = await readyPlan();
    const controller = new AbortController();
    const attempt = writeContainer({
      plan,
      outDir: dir,
      force: false,
      signal: controller.signal,
      verify: async (bytes, temp, name) => {
        expect(existsSync(temp)).toBe(true);
        expect(path.basename(temp)).toMatch(/^\.pmp-tmp-.*\.pmp\.tmp$/);
        controller.abort();
        await verifyTemp(bytes, temp, name);
      },
    });
    await expect(attempt).rejects.toBeInstanceOf(WriteAborted);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an already-aborted signal writes nothing', async () => {
    const dir = tempDir();
    const controller = new AbortController();
    controller.abort();
    const attempt = writeContainer({ plan: await readyPlan(), outDir: dir, force: false, signal: controller.signal, verify: verifyTemp });
    await expect(attempt).rejects.toBeInstanceOf(WriteAborted);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('planContainer is pure', () => {
  it('the same data and time give the same plan', async () => {
    const a = await readyPlan();
    const b = await readyPlan();
    expect(a.fileName).toBe(b.fileName);
    expect(a.manifestBytes.equals(b.manifestBytes)).toBe(true);
    const other = planContainer({
      data: JSON.parse(a.dataBytes.toString('utf8')),
      created: CREATED,
      aturan: a.manifest.aturan,
      ringkasan: a.manifest.ringkasan,
    });
    expect(other.dataBytes.equals(a.dataBytes)).toBe(true);
    expect(other.fileName).toBe(a.fileName);
  });
});

interface ListedEntry {
  name: string;
  method: number;
  extraFieldLength: number;
  date: { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

function listEntries(file: string): Promise<ListedEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const out: ListedEntry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        const time = entry.lastModFileTime;
        const date = entry.lastModFileDate;
        out.push({
          name: entry.fileName,
          method: entry.compressionMethod,
          extraFieldLength: entry.extraFieldLength,
          date: {
            year: (date >> 9) + 1980,
            month: (date >> 5) & 0xf,
            day: date & 0x1f,
            hour: time >> 11,
            minute: (time >> 5) & 0x3f,
            second: (time & 0x1f) * 2,
          },
        });
        zip.readEntry();
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
