// Reads a text file the way Windows tools write them: UTF-8 with or without BOM, or
// UTF-16 LE/BE with BOM. Size is checked before reading so a huge file costs nothing.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { getLang, t } from '../i18n/index.js';

/** Largest school export accepted. A real export (≈100 respondents × 150 answers) is < 2 MiB. */
export const MAX_EXPORT_BYTES = 16 * 1024 * 1024;

export function describeFsError(err: unknown, file: string): InputError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('BERKAS_TIDAK_ADA', t('input.notFound', { file }), file);
  if (code === 'EACCES' || code === 'EPERM') return new InputError('BERKAS_TIDAK_TERBACA', t('input.noPermission', { file }), file);
  if (code === 'EISDIR') return new InputError('BERKAS_TIDAK_TERBACA', t('input.isDirectory', { file }), file);
  return new InputError('BERKAS_TIDAK_TERBACA', t('input.unreadable', { file, detail: code ?? String(err) }), file);
}

export function decodeText(bytes: Buffer, file: string): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), file);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le', { fatal: false }).decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be', { fatal: false }).decode(bytes.subarray(2));
  }
  // A NUL byte never appears in UTF-8 JSON text: this is a binary file (or UTF-16 without BOM).
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new InputError('BERKAS_BINER', t('input.binary', { file }), file);
  }
  return decodeUtf8(bytes, file);
}

/**
 * What `new TextDecoder('utf-8', { fatal: true }).decode(bytes)` returns (it too drops
 * a leading BOM), at a fraction of the cost: Node's isUtf8 validates natively.
 */
function decodeUtf8(bytes: Buffer, file: string): string {
  if (!isUtf8(bytes)) throw new InputError('BUKAN_UTF8', t('input.notUtf8', { file }), file);
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.toString('utf8', start);
}

/**
 * One read buffer per thread, reused from school to school. A fresh buffer of a few
 * hundred KB per school left the native heap fragmented, so a district batch's resident
 * memory grew with its length (400 schools peaked 10 MiB above 100); reused, it does
 * not. A buffer grown past SCRATCH_KEEP_BYTES for an unusually large file is dropped.
 */
let scratch: Buffer | undefined;
const SCRATCH_KEEP_BYTES = 4 * 1024 * 1024;

function scratchFor(size: number): Buffer {
  if (scratch === undefined || scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, 512 * 1024));
  return scratch;
}

// O_NONBLOCK: opening a FIFO for reading must not wait for a writer; it is refused below
// by fstat like any other non-regular file. Windows has no such flag (and no FIFOs).
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

export interface ReadBytesOptions {
  /** Read into the thread's reusable buffer (the bytes are valid until the next such read). */
  scratch?: boolean;
  /** The error for a file over the cap, from its size and its first 4 bytes (default: input.tooLarge). */
  tooLarge?: (size: number, head: Buffer) => Error;
}

/**
 * The one way this tool reads a file, whatever it is (an export, a container, a log, a
 * ruleset, a token, a saved Dapodik answer, an output it may replace): a regular file
 * only (a folder, a FIFO, a device such as /dev/zero are refused without waiting), at
 * most `maxBytes` (checked on the open file, and the read itself stops one byte past the
 * cap, so a file that grows meanwhile is still bounded). Every failure is an InputError
 * naming the file (exit 3). Synchronous on purpose: a school file is read in well under
 * a millisecond, while the promise API took four event-loop round trips per file.
 */
export function readBytes(file: string, maxBytes: number, options: ReadBytesOptions = {}): Buffer {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    throw describeFsError(err, file);
  }
  let bytes: Buffer;
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError('BERKAS_TIDAK_TERBACA', t('input.isDirectory', { file }), file);
    if (!info.isFile()) throw new InputError('BERKAS_TIDAK_TERBACA', t('input.notRegular', { file }), file);
    const tooLarge = (size: number) => {
      if (options.tooLarge) {
        const head = Buffer.alloc(4);
        const n = readSync(fd, head, 0, 4, 0);
        return options.tooLarge(size, head.subarray(0, n));
      }
      return new InputError('BERKAS_TERLALU_BESAR', t('input.tooLarge', { file, size: formatMiB(size), max: formatMiB(maxBytes) }), file);
    };
    if (info.size > maxBytes) throw tooLarge(info.size);
    const want = Math.min(info.size, maxBytes) + 1;
    const buffer = options.scratch ? scratchFor(want) : Buffer.allocUnsafe(want);
    let filled = 0;
    while (filled < want) {
      const n = readSync(fd, buffer, filled, want - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    if (filled > maxBytes) throw tooLarge(filled);
    bytes = buffer.subarray(0, filled);
  } catch (err) {
    // A system call's failure is worded here; our own errors pass through.
    if (typeof (err as NodeJS.ErrnoException | undefined)?.syscall === 'string') throw describeFsError(err, file);
    throw err;
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** The first `length` bytes of a regular file, as text; '' for anything else or on any failure. */
export function readHead(file: string, length: number): Promise<string> {
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FLAGS);
    if (!fstatSync(fd).isFile()) return Promise.resolve('');
    const head = Buffer.alloc(length);
    const n = readSync(fd, head, 0, length, 0);
    return Promise.resolve(head.toString('utf8', 0, n));
  } catch {
    return Promise.resolve('');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads and decodes a text file through readBytes; empty or blank text is an InputError. */
export function readTextFile(file: string, maxBytes = MAX_EXPORT_BYTES): string {
  const bytes = readBytes(file, maxBytes, { scratch: true });
  if (bytes.length === 0) throw new InputError('BERKAS_KOSONG', t('input.empty', { file }), file);
  let text: string;
  try {
    // Decoding copies the text into a string, so the buffer is free for the next file.
    text = decodeText(bytes, file);
  } finally {
    if (bytes.buffer.byteLength > SCRATCH_KEEP_BYTES) scratch = undefined;
  }
  if (text.trim() === '') throw new InputError('BERKAS_KOSONG', t('input.empty', { file }), file);
  return text;
}

/** A size as operators read it in messages: `12,3 MiB` in Indonesian, `12.3 MiB` in English. */
export function formatMiB(bytes: number): string {
  const text = (bytes / (1024 * 1024)).toFixed(1);
  return `${getLang() === 'id' ? text.replace('.', ',') : text} MiB`;
}
