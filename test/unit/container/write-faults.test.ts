// Disk full, I/O errors: injected into the file system calls the writer makes. Every
// failure must give exit 4 with nothing left: no final name, no temporary file.
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultRuleset } from '../../../src/domain/builtin-ruleset.js';
import { runPack } from '../../../src/commands/pack/run.js';
import { CREATED, READY_FIXTURE, tempDir, writeReady } from '../../helpers/container.js';

const fault: { write?: string; sync?: string; rename?: string; link?: string; corruptAt?: number } = {};

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

const isTemp = (p: unknown) => String(p).includes('.pmp-tmp-');

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const createWriteStream = ((file: string, options: Parameters<typeof real.createWriteStream>[1]) => {
    const stream = real.createWriteStream(file, options);
    const code = fault.write;
    const corruptAt = fault.corruptAt;
    if (corruptAt !== undefined && isTemp(file)) {
      // A disk that lies: one byte reaches the file changed, and the write reports success.
      let position = 0;
      const realWrite = stream._write.bind(stream);
      stream._writev = undefined;
      stream._write = (chunk: Buffer, encoding, callback) => {
        const at = corruptAt - position;
        position += chunk.length;
        if (at < 0 || at >= chunk.length) return realWrite(chunk, encoding, callback);
        const changed = Buffer.from(chunk);
        changed[at] = (changed[at] as number) ^ 0x41;
        return realWrite(changed, encoding, callback);
      };
    }
    if (code && isTemp(file)) {
      // The file is created, then the first write fails, as on a full disk.
      stream._write = (_chunk, _encoding, callback) => callback(errno(code));
      stream._writev = (_chunks, callback) => callback(errno(code));
    }
    return stream;
  }) as typeof real.createWriteStream;
  return { ...real, default: { ...real, createWriteStream }, createWriteStream };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = (async (file: string, ...rest: unknown[]) => {
    const handle = await (real.open as (...args: unknown[]) => ReturnType<typeof real.open>)(file, ...rest);
    const code = fault.sync;
    if (code && isTemp(file)) {
      handle.sync = async () => {
        throw errno(code);
      };
    }
    return handle;
  }) as typeof real.open;
  const rename = (async (from: string, to: string) => {
    if (fault.rename && isTemp(from)) throw errno(fault.rename);
    return real.rename(from, to);
  }) as typeof real.rename;
  const link = (async (from: string, to: string) => {
    if (fault.link && isTemp(from)) throw errno(fault.link);
    return real.link(from, to);
  }) as typeof real.link;
  const patched = { ...real, open, rename, link };
  return { ...patched, default: patched };
});

afterEach(() => {
  for (const key of Object.keys(fault)) delete fault[key as keyof typeof fault];
});

describe('injected write failures leave nothing behind', () => {
  const cases: Array<[string, typeof fault, string]> = [
    ['disk full while writing', { write: 'ENOSPC' }, 'DISK_PENUH'],
    ['I/O error while writing', { write: 'EIO' }, 'GAGAL_MENULIS'],
    ['I/O error on fsync', { sync: 'EIO' }, 'GAGAL_MENULIS'],
    ['disk full on fsync', { sync: 'ENOSPC' }, 'DISK_PENUH'],
    ['read-only file system at the final step', { link: 'EROFS', rename: 'EROFS' }, 'TIDAK_BISA_MENULIS'],
    ['disk full at the final step: reported as a full disk, not as permission', { link: 'EISDIR', rename: 'ENOSPC' }, 'DISK_PENUH'],
    ['no hard links (FAT32), then rename fails', { link: 'EPERM', rename: 'EIO' }, 'GAGAL_MENULIS'],
  ];
  for (const [label, injected, kode] of cases) {
    it(label, async () => {
      const dir = tempDir();
      Object.assign(fault, injected);
      await expect(writeReady(dir)).rejects.toMatchObject({ kode, exitCode: 4 });
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('a byte changed on its way to the disk, anywhere in the file, is caught before the file is named', async () => {
    // Header bytes included (version, date, local sizes): the reader ignores some of
    // them, the whole-file SHA-256 computed while streaming does not.
    const size = (await writeReady(tempDir())).size;
    // Near the start (local header), inside the data, and in the central directory and end record.
    for (const corruptAt of [4, 10, 14, 20, 24, 200, 532, 1500, size - 150, size - 70, size - 10]) {
      const dir = tempDir();
      fault.corruptAt = corruptAt;
      await expect(writeReady(dir), `byte ${corruptAt}`).rejects.toMatchObject({ kode: 'VERIFIKASI_GAGAL', exitCode: 4 });
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  // FAT32 flash drives have no hard links; libuv reports that as ENOTSUP, EPERM, or, on
  // Windows, EISDIR: whatever the error, with the name still free, rename takes over.
  for (const code of ['ENOTSUP', 'EPERM', 'EISDIR', 'EINVAL']) {
    it(`without hard links (${code}) the fall-back rename still works`, async () => {
      const dir = tempDir();
      fault.link = code;
      const written = await writeReady(dir);
      expect(written.status).toBe('dibuat');
      expect(readdirSync(dir)).toHaveLength(1);
    });
  }

  it('runPack reports the failure as exit 4 and keeps going', async () => {
    const dir = tempDir();
    fault.write = 'ENOSPC';
    const result = await runPack({ paths: [READY_FIXTURE], outDir: dir, created: CREATED, force: false, ruleset: defaultRuleset() });
    expect(result.exitCode).toBe(4);
    expect(result.hasil[0]).toMatchObject({ status: 'galat', siap: true, berkas: null, galat: { kode: 'DISK_PENUH' } });
    expect(readdirSync(dir)).toEqual([]);
  });
});
