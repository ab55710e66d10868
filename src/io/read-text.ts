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

/**
 * Reads and decodes `file`; every failure is an InputError naming it. Synchronous on
 * purpose: a school file is read in well under a millisecond, while the promise API took
 * four event-loop round trips per file (stat, open, read, close) that a district batch
 * spent waiting. Opened first and then inspected (fstat), so what is checked is what is read.
 */
export function readTextFile(file: string, maxBytes = MAX_EXPORT_BYTES): string {
  let bytes: Buffer;
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    throw describeFsError(err, file);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError('BERKAS_TIDAK_TERBACA', t('input.isDirectory', { file }), file);
    if (!info.isFile()) throw new InputError('BERKAS_TIDAK_TERBACA', t('input.notRegular', { file }), file);
    if (info.size > maxBytes) {
      throw new InputError('BERKAS_TERLALU_BESAR', t('input.tooLarge', { file, size: formatMiB(info.size), max: formatMiB(maxBytes) }), file);
    }
    if (info.size === 0) throw new InputError('BERKAS_KOSONG', t('input.empty', { file }), file);
    // Read at most one byte past the cap: a file that grew after fstat is still bounded.
    const buffer = scratchFor(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    bytes = buffer.subarray(0, filled);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw describeFsError(err, file);
  } finally {
    closeSync(fd);
  }
  if (bytes.length > maxBytes) {
    throw new InputError('BERKAS_TERLALU_BESAR', t('input.tooLarge', { file, size: formatMiB(bytes.length), max: formatMiB(maxBytes) }), file);
  }
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
