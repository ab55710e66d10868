// The safe container reader. It trusts nothing in the file: the structure is checked
// against what the writer produces before any entry is inflated, sizes are enforced by
// counting the bytes that actually come out of inflate (never the headers alone), and
// every entry's CRC-32, size and SHA-256 are verified.
import { crc32, inflateRawSync } from 'node:zlib';
import { DateTime } from '../domain/luxon.js';
import yauzl from 'yauzl';
import { formatMiB, readBytes } from '../io/read-text.js';
import { t } from '../i18n/index.js';
import { sha256Hex } from './hash.js';
import { layoutMismatch } from './layout.js';
import { CAPS, DATA_ENTRY, MANIFEST_ENTRY, manifestSchema, type Manifest } from './format.js';
import { FLAG_ENCRYPTED, FLAG_STRONG_ENCRYPTION, damaged, dangerousName, fail, printable, strictEntryCheck, tooLarge, unsafe } from './entry-rules.js';

/** What a successful read yields: the manifest and the data entry's bytes, all verified. */
export interface ContainerContents {
  kind: 'container';
  manifest: Manifest;
  manifestBytes: Buffer;
  dataBytes: Buffer;
  dataSha256: string;
}

/** Not a pmp-offline container: not a ZIP at all, or a clean ZIP without our manifest. */
export interface ForeignFile {
  kind: 'foreign';
  reason: 'not-zip' | 'no-manifest';
}

export type ContainerRead = ContainerContents | ForeignFile;

const SIG_LOCAL = 0x04034b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIZE = 22;

/** Reads the whole file (already known to be under the cap) without trusting a later size. */
/** Offset of the end-of-central-directory record, searched backwards like every unzip does. */
function findEocd(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - 0xffff);
  for (let i = bytes.length - EOCD_SIZE; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === SIG_EOCD) return i;
  }
  return -1;
}

function startsLikeZip(head: Buffer): boolean {
  return head.length >= 4 && (head.readUInt32LE(0) === SIG_LOCAL || head.readUInt32LE(0) === SIG_EOCD);
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: false }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

/** Every central-directory record, read lazily and stopped at the cap. */
function listEntries(zip: yauzl.ZipFile, file: string): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      if (entries.length > CAPS.entries) {
        zip.close();
        reject(unsafe(file, 'container.tooManyEntries', { count: zip.entryCount, max: 2 }));
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (err: Error) => {
      reject(/strong encryption/i.test(err.message) ? unsafe(file, 'container.encrypted', { entry: '?' }) : damaged(file));
    });
    zip.readEntry();
  });
}

function readLocalHeader(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<yauzl.LocalFileHeader> {
  return new Promise((resolve, reject) => {
    zip.readLocalFileHeader(entry, (err, header) => (err ? reject(err) : resolve(header)));
  });
}

/**
 * Inflates one entry from the file's bytes (already in memory, under the file cap).
 * zlib is told the most it may produce: the size the central directory declared (itself
 * under the caps), so a lying header (the classic zip bomb) stops there, and time and
 * memory stay bounded whatever the compression ratio. One synchronous call: yauzl's
 * read stream took a round trip to libuv's pool per 16 KiB and cost five times as much.
 */
async function inflateEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, bytes: Buffer, file: string): Promise<Buffer> {
  const name = printable(entry.fileNameRaw);
  let header: yauzl.LocalFileHeader;
  try {
    header = await readLocalHeader(zip, entry);
  } catch {
    throw damaged(file);
  }
  // The local header must say what the central directory says: extractors that read one
  // or the other must not see different files.
  if (
    !header.fileName.equals(entry.fileNameRaw) ||
    header.extraFieldLength !== 0 ||
    header.compressionMethod !== entry.compressionMethod ||
    (header.generalPurposeBitFlag & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0
  ) {
    throw unsafe(file, 'container.headerMismatch', { entry: name });
  }
  const declared = entry.uncompressedSize;
  const start = header.fileDataStart;
  const end = start + entry.compressedSize;
  if (!Number.isSafeInteger(end) || end > bytes.length) throw damaged(file);
  const stored = bytes.subarray(start, end);
  let out: Buffer;
  if (entry.compressionMethod === 0) {
    // Stored (entry rules: its two sizes are equal); a copy, so the file's bytes can go.
    out = Buffer.from(stored);
  } else {
    try {
      out = inflateRawSync(stored, { maxOutputLength: Math.max(1, declared) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw unsafe(file, 'container.sizeLies', { entry: name, declared });
      throw damaged(file);
    }
  }
  if (out.length > declared) throw unsafe(file, 'container.sizeLies', { entry: name, declared });
  if (out.length !== declared) throw damaged(file);
  if (crc32(out) >>> 0 !== entry.crc32 >>> 0) throw fail('CHECKSUM_TIDAK_COCOK', 'container.crc', file, { entry: name });
  return out;
}

function parseManifest(bytes: Buffer, file: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw fail('MANIFEST_TIDAK_SAH', 'container.manifestNotJson', file);
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(manifest)';
    throw fail('MANIFEST_TIDAK_SAH', 'container.manifestInvalid', file, { field });
  }
  return parsed.data;
}

/**
 * Opens `file` and verifies it completely (structure, caps, CRC-32, sizes and SHA-256
 * from the manifest, the manifest's schema). The data entry is returned as bytes: the
 * caller parses and validates it. Every failure is an InputError with its own `kode`.
 */
export async function readContainer(file: string): Promise<ContainerRead> {
  // Too big to read whole: its first bytes alone say whether it is a ZIP at all.
  const foreign = new Error('foreign');
  let bytes: Buffer;
  try {
    bytes = readBytes(file, CAPS.fileBytes, {
      tooLarge: (size, head) => (startsLikeZip(head) ? tooLarge(file, { size: formatMiB(size), max: formatMiB(CAPS.fileBytes) }) : foreign),
    });
  } catch (err) {
    if (err === foreign) return { kind: 'foreign', reason: 'not-zip' };
    throw err;
  }
  if (bytes.length === 0) throw damaged(file, 'container.empty');
  return readContainerBytes(bytes, file);
}

/**
 * `readContainer` for a file already read into memory (pack verifies the very bytes it
 * read back after fsync, instead of reading the file a second time). `known`: data bytes
 * the caller holds with their SHA-256 (the plan pack just wrote); an identical data entry
 * is then not hashed again.
 */
export async function readContainerBytes(bytes: Buffer, file: string, known?: { dataBytes: Buffer; dataSha256: string }): Promise<ContainerRead> {
  const head = bytes.subarray(0, 4);
  if (bytes.length === 0) throw damaged(file, 'container.empty');
  if (bytes.length > CAPS.fileBytes) throw tooLarge(file, { size: formatMiB(bytes.length), max: formatMiB(CAPS.fileBytes) });

  const eocd = bytes.length >= EOCD_SIZE ? findEocd(bytes) : -1;
  if (eocd < 0) {
    // A file that starts like a ZIP but has no end record was cut short.
    if (startsLikeZip(head)) throw damaged(file, 'container.truncated');
    return { kind: 'foreign', reason: 'not-zip' };
  }
  if (!startsLikeZip(head)) throw unsafe(file, 'container.prepended');
  const commentLength = bytes.readUInt16LE(eocd + 20);
  if (eocd + EOCD_SIZE + commentLength !== bytes.length) throw damaged(file, 'container.trailing');
  if (commentLength !== 0) throw unsafe(file, 'container.comment');
  if (eocd >= 20 && bytes.readUInt32LE(eocd - 20) === SIG_ZIP64_LOCATOR) throw unsafe(file, 'container.zip64');
  const declaredCount = bytes.readUInt16LE(eocd + 10);
  if (declaredCount > CAPS.entries) throw unsafe(file, 'container.tooManyEntries', { count: declaredCount, max: 2 });

  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    throw damaged(file);
  }
  try {
    const entries = await listEntries(zip, file);
    for (const entry of entries) {
      const problem = dangerousName(entry, file);
      if (problem) throw problem;
    }
    const names = entries.map((entry) => entry.fileNameRaw.toString('latin1'));
    if (!names.includes(MANIFEST_ENTRY)) return { kind: 'foreign', reason: 'no-manifest' };
    const seen = new Set<string>();
    for (const [index, entry] of entries.entries()) {
      const name = names[index] as string;
      if (seen.has(name)) throw unsafe(file, 'container.duplicate', { entry: name });
      seen.add(name);
      const problem = strictEntryCheck(entry, file);
      if (problem) throw problem;
      if (name !== MANIFEST_ENTRY && name !== DATA_ENTRY) throw unsafe(file, 'container.unexpected', { entry: printable(entry.fileNameRaw) });
    }
    const manifestEntry = entries[names.indexOf(MANIFEST_ENTRY)] as yauzl.Entry;
    const dataIndex = names.indexOf(DATA_ENTRY);
    if (dataIndex < 0) throw damaged(file, 'container.missing', { entry: DATA_ENTRY });
    const dataEntry = entries[dataIndex] as yauzl.Entry;
    // Bytes before the first entry (a polyglot or self-extractor) are refused.
    if (Math.min(manifestEntry.relativeOffsetOfLocalHeader, dataEntry.relativeOffsetOfLocalHeader) !== 0) {
      throw unsafe(file, 'container.prepended');
    }
    // Caps from the headers first (cheap), then enforced again on the inflated bytes.
    if (manifestEntry.uncompressedSize > CAPS.manifestBytes) {
      throw tooLarge(file, { size: formatMiB(manifestEntry.uncompressedSize), max: formatMiB(CAPS.manifestBytes) });
    }
    if (dataEntry.uncompressedSize > CAPS.dataBytes) {
      throw tooLarge(file, { size: formatMiB(dataEntry.uncompressedSize), max: formatMiB(CAPS.dataBytes) });
    }
    if (manifestEntry.uncompressedSize + dataEntry.uncompressedSize > CAPS.totalBytes) {
      throw tooLarge(file, { size: formatMiB(manifestEntry.uncompressedSize + dataEntry.uncompressedSize), max: formatMiB(CAPS.totalBytes) });
    }

    const manifestBytes = await inflateEntry(zip, manifestEntry, bytes, file);
    const manifest = parseManifest(manifestBytes, file);
    const dataBytes = await inflateEntry(zip, dataEntry, bytes, file);
    // Bytes the caller already holds with their hash (pack verifying what it planned) are
    // not hashed a second time; anything else is.
    const dataSha256 = known !== undefined && dataBytes.equals(known.dataBytes) ? known.dataSha256 : sha256Hex(dataBytes);
    const listed = manifest.isi[0];
    if (!listed || listed.ukuran !== dataBytes.length || listed.sha256 !== dataSha256) {
      throw fail('CHECKSUM_TIDAK_COCOK', 'container.checksum', file, { entry: DATA_ENTRY });
    }
    // Every byte around the two deflate streams must be what pack writes (layout.ts).
    const laidOut = [manifestEntry, dataEntry].map((e) => ({
      name: e.fileNameRaw,
      crc32: e.crc32,
      compressedSize: e.compressedSize,
      uncompressedSize: e.uncompressedSize,
    }));
    const mismatch = layoutMismatch(bytes, laidOut, DateTime.fromISO(manifest.dibuat, { setZone: true }));
    if (mismatch) {
      throw fail('WADAH_DIUBAH', 'container.layout', file, {
        part: t(`container.part.${mismatch.part}`),
        entry: mismatch.entry ?? '-',
        offset: mismatch.offset,
      });
    }
    return { kind: 'container', manifest, manifestBytes, dataBytes, dataSha256 };
  } finally {
    zip.close();
  }
}

/**
 * The manifest of a pmp-offline container, verified like `check` does (without
 * validating the school data). Null when the file is not a pmp-offline container at all
 * (not a ZIP, or a ZIP without our manifest), so a caller can fall back to the file
 * name. Throws InputError when it is a container but damaged or unsafe.
 */
export async function readContainerManifest(file: string): Promise<Manifest | null> {
  const read = await readContainer(file);
  return read.kind === 'container' ? read.manifest : null;
}
