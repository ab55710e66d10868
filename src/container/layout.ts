// What `pack` writes around the compressed entries, byte for byte. The container is
// reproducible (fixed entry order, dates from the manifest's `dibuat`, fixed attributes),
// so `check` can demand that every byte outside the two deflate streams is exactly what
// the writer produces: a changed local-header time, central-directory record or end
// record is refused, naming the part. (The deflate streams themselves are pinned by the
// CRC-32, sizes and SHA-256 the reader verifies.) A test holds this description to the
// bytes archiver really writes, in both directions.
import { WIB_ZONE } from '../domain/luxon.js';
import type { DateTime } from 'luxon';

const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;

/** The writer's constants: ZIP 2.0 to extract, made by Unix (3) version 4.5, deflate. */
const VERSION_NEEDED = 20;
const VERSION_MADE_BY = (3 << 8) | 45;
/** Bit 3: sizes and CRC follow the data in a descriptor (the writer streams). */
const FLAGS = 0x0008;
const METHOD_DEFLATE = 8;
/** -rw-r--r-- (0o100644) for Unix, "archive" (0x20) for DOS. */
const EXTERNAL_ATTRIBUTES = ((0o100644 << 16) | 0x20) >>> 0;

export interface LaidOutEntry {
  name: Buffer;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
}

export type LayoutPart = 'lokal' | 'deskriptor' | 'direktori' | 'akhir';

export interface LayoutMismatch {
  part: LayoutPart;
  /** The entry the part belongs to (none for the end record). */
  entry?: string;
  offset: number;
}

/** MS-DOS date and time of the creation instant's wall clock in WIB (2-second steps). */
export function dosDateTime(created: DateTime): { date: number; time: number } {
  const wall = created.setZone(WIB_ZONE);
  return {
    date: ((wall.year - 1980) << 9) | (wall.month << 5) | wall.day,
    time: (wall.hour << 11) | (wall.minute << 5) | (wall.second >> 1),
  };
}

/** The fields a local and a central header share, in this order: version needed, flags, method, time, date. */
function writeShared(header: Buffer, at: number, time: number, date: number): void {
  header.writeUInt16LE(VERSION_NEEDED, at);
  header.writeUInt16LE(FLAGS, at + 2);
  header.writeUInt16LE(METHOD_DEFLATE, at + 4);
  header.writeUInt16LE(time, at + 6);
  header.writeUInt16LE(date, at + 8);
}

interface Piece {
  part: LayoutPart;
  entry?: string;
  at: number;
  bytes: Buffer;
}

/** Every non-data piece of the file the writer would make for `entries`, in order, with offsets. */
function pieces(entries: readonly LaidOutEntry[], created: DateTime): { pieces: Piece[]; size: number } {
  const { date, time } = dosDateTime(created);
  const out: Piece[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const entry of entries) {
    const name = entry.name.toString('latin1');
    offsets.push(at);
    const local = Buffer.alloc(30 + entry.name.length);
    local.writeUInt32LE(SIG_LOCAL, 0);
    writeShared(local, 4, time, date);
    // CRC-32 and sizes are 0 here: the descriptor after the data holds them.
    local.writeUInt16LE(entry.name.length, 26);
    entry.name.copy(local, 30);
    out.push({ part: 'lokal', entry: name, at, bytes: local });
    at += local.length + entry.compressedSize;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(SIG_DESCRIPTOR, 0);
    descriptor.writeUInt32LE(entry.crc32 >>> 0, 4);
    descriptor.writeUInt32LE(entry.compressedSize, 8);
    descriptor.writeUInt32LE(entry.uncompressedSize, 12);
    out.push({ part: 'deskriptor', entry: name, at, bytes: descriptor });
    at += descriptor.length;
  }
  const centralStart = at;
  entries.forEach((entry, i) => {
    const central = Buffer.alloc(46 + entry.name.length);
    central.writeUInt32LE(SIG_CENTRAL, 0);
    central.writeUInt16LE(VERSION_MADE_BY, 4);
    writeShared(central, 6, time, date);
    central.writeUInt32LE(entry.crc32 >>> 0, 16);
    central.writeUInt32LE(entry.compressedSize, 20);
    central.writeUInt32LE(entry.uncompressedSize, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(EXTERNAL_ATTRIBUTES, 38);
    central.writeUInt32LE(offsets[i] as number, 42);
    entry.name.copy(central, 46);
    out.push({ part: 'direktori', entry: entry.name.toString('latin1'), at, bytes: central });
    at += central.length;
  });
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(at - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  out.push({ part: 'akhir', at, bytes: end });
  return { pieces: out, size: at + end.length };
}

/**
 * The first part of `bytes` that is not what the writer makes for these entries and
 * creation instant; undefined when every byte outside the deflate streams matches.
 */
export function layoutMismatch(bytes: Buffer, entries: readonly LaidOutEntry[], created: DateTime): LayoutMismatch | undefined {
  const laid = pieces(entries, created);
  for (const piece of laid.pieces) {
    const found = bytes.subarray(piece.at, piece.at + piece.bytes.length);
    if (!found.equals(piece.bytes)) return { part: piece.part, ...(piece.entry ? { entry: piece.entry } : {}), offset: piece.at };
  }
  if (bytes.length !== laid.size) return { part: 'akhir', offset: laid.size };
  return undefined;
}
