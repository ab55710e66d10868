// `eta --ics` when the disk is full or failing: the fault is injected into the file
// system calls the atomic writer makes. Exit 4 (OutputError) with the reason in words,
// the previous calendar file untouched, no temporary file left.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutputError } from '../../src/core/errors.js';
import { writeIcs } from '../../src/output/calendar.js';
import { tmp } from '../helpers/robustness.js';

const fault: { write?: string; sync?: string; rename?: string } = {};

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

const isTemp = (p: unknown) => path.basename(String(p)).startsWith('.pmp-tmp-');

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = (async (file: string, ...rest: unknown[]) => {
    const handle = await (real.open as (...args: unknown[]) => ReturnType<typeof real.open>)(file, ...rest);
    if (isTemp(file)) {
      const { write, sync } = fault;
      if (write) {
        // Part of the file is written, then the disk fills up.
        handle.writeFile = async (data: Parameters<typeof handle.writeFile>[0]) => {
          await real.writeFile(file, String(data).slice(0, 10));
          throw errno(write);
        };
      }
      if (sync) handle.sync = async () => Promise.reject(errno(sync));
    }
    return handle;
  }) as typeof real.open;
  const rename = (async (from: string, to: string) => {
    if (fault.rename && isTemp(from)) throw errno(fault.rename);
    return real.rename(from, to);
  }) as typeof real.rename;
  const patched = { ...real, open, rename };
  return { ...patched, default: patched };
});

afterEach(() => {
  for (const key of Object.keys(fault)) delete fault[key as keyof typeof fault];
});

/** A calendar this tool wrote (its PRODID), which eta may replace. */
const OLD_CALENDAR = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:pmp-offline/eta\r\nOLD\r\nEND:VCALENDAR\r\n';

describe('eta --ics: injected write failures', () => {
  it.each([
    ['disk full while writing', { write: 'ENOSPC' }, /disk penuh/],
    ['I/O error while writing', { write: 'EIO' }, /EIO/],
    ['disk full on fsync', { sync: 'ENOSPC' }, /disk penuh/],
    ['read-only file system at the rename', { rename: 'EROFS' }, /izin menulis/],
  ])('%s → OutputError exit 4, old file kept, no temporary file', async (_label, injected, reason) => {
    const dir = tmp('ics-fault');
    const file = path.join(dir, 'pengingat.ics');
    writeFileSync(file, OLD_CALENDAR);
    Object.assign(fault, injected);
    const err = await writeIcs(file, 'BEGIN:VCALENDAR\r\nNEW\r\nEND:VCALENDAR\r\n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).exitCode).toBe(4);
    expect((err as OutputError).kode).toBe('ICS_GAGAL_DITULIS');
    expect((err as OutputError).message).toContain(file);
    expect((err as OutputError).message).toMatch(reason);
    expect(readFileSync(file, 'utf8')).toContain('OLD');
    expect(readdirSync(dir)).toEqual(['pengingat.ics']);
  });

  it('without a fault the same call replaces the file (the injection is what failed above)', async () => {
    const dir = tmp('ics-ok');
    const file = path.join(dir, 'pengingat.ics');
    writeFileSync(file, OLD_CALENDAR);
    await writeIcs(file, 'NEW');
    expect(readFileSync(file, 'utf8')).toBe('NEW');
    expect(readdirSync(dir)).toEqual(['pengingat.ics']);
  });
});
