// The rules one ZIP entry must pass before anything is inflated: names that could
// escape a folder, links, directories, encryption and anything else the writer never
// produces. Each refusal is an InputError with the container's own code.
import type yauzl from 'yauzl';
import { InputError } from '../core/errors.js';
import { t, type MessageKey, type Params } from '../i18n/index.js';

export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_STRONG_ENCRYPTION = 0x0040;
const HOST_UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const DOS_DIRECTORY = 0x10;

export function fail(kode: string, key: MessageKey, file: string, params: Params = {}): InputError {
  return new InputError(kode, t(key, { file, ...params }), file);
}

export const damaged = (file: string, key: MessageKey = 'container.damaged', params: Params = {}) => fail('WADAH_RUSAK', key, file, params);
export const unsafe = (file: string, key: MessageKey, params: Params = {}) => fail('WADAH_TIDAK_AMAN', key, file, params);
export const tooLarge = (file: string, params: Params) => fail('WADAH_TERLALU_BESAR', 'container.tooLarge', file, params);

/** A printable form of a raw entry name, for messages (never used to open anything). */
export function printable(raw: Buffer): string {
  return raw
    .toString('latin1')
    .replace(/[^\x20-\x7e]/g, '?')
    .slice(0, 80);
}

/** The dangerous names: refused whatever else the ZIP holds. */
export function dangerousName(entry: yauzl.Entry, file: string): InputError | undefined {
  const raw = entry.fileNameRaw;
  const name = printable(raw);
  if (raw.length === 0) return unsafe(file, 'container.badName', { entry: name });
  if (raw.includes(0x5c)) return unsafe(file, 'container.backslash', { entry: name });
  for (const byte of raw) if (byte < 0x20 || byte > 0x7e) return unsafe(file, 'container.badName', { entry: name });
  const text = raw.toString('latin1');
  if (text.startsWith('/') || /^[A-Za-z]:/.test(text)) return unsafe(file, 'container.absolute', { entry: name });
  if (text.split('/').some((part) => part === '..' || part === '.')) return unsafe(file, 'container.traversal', { entry: name });
  const host = entry.versionMadeBy >> 8;
  const mode = entry.externalFileAttributes >>> 16;
  if (host === HOST_UNIX && (mode & S_IFMT) === S_IFLNK) return unsafe(file, 'container.symlink', { entry: name });
  return undefined;
}

/** Everything else the writer never produces. */
export function strictEntryCheck(entry: yauzl.Entry, file: string): InputError | undefined {
  const name = printable(entry.fileNameRaw);
  const host = entry.versionMadeBy >> 8;
  const mode = entry.externalFileAttributes >>> 16;
  const isDir = name.endsWith('/') || (entry.externalFileAttributes & DOS_DIRECTORY) !== 0 || (host === HOST_UNIX && (mode & S_IFMT) === S_IFDIR);
  if (isDir) return unsafe(file, 'container.directory', { entry: name });
  if (entry.generalPurposeBitFlag & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) return unsafe(file, 'container.encrypted', { entry: name });
  // Extra fields can carry a second, different name (Info-ZIP Unicode Path) or ZIP64
  // sizes; pmp-offline writes none, so none are accepted.
  if (entry.extraFieldLength !== 0 || entry.fileCommentLength !== 0) return unsafe(file, 'container.extraField', { entry: name });
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) return damaged(file, 'container.method', { entry: name });
  if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) return damaged(file);
  return undefined;
}
