// Builds ZIP files byte by byte, including the malformed and hostile ones no honest
// tool writes (lying sizes, `../` names, duplicates, symlinks, encryption flags), so the
// container reader can be tested against them. By default in pack's own layout (a data
// descriptor after each entry, made by Unix 4.5, -rw-r--r--), so a crafted container
// reaches the check it is made for.
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface CraftEntry {
  name: string | Buffer;
  data?: Buffer;
  /** 0 stored, 8 deflated (default 8). */
  method?: number;
  /** Already-compressed bytes to store as-is (with `method`). */
  raw?: Buffer;
  /** Overrides for what the headers claim. */
  uncompressedSize?: number;
  crc?: number;
  flags?: number;
  /** (host << 8) | version; host 3 = Unix. */
  versionMadeBy?: number;
  externalAttributes?: number;
  extra?: Buffer;
  /** A different name in the local header than in the central directory. */
  localName?: string;
  date?: { time: number; date: number };
}

export interface CraftOptions {
  comment?: string;
  prepend?: Buffer;
  append?: Buffer;
  /** Override the entry count written in the end record. */
  entryCount?: number;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n & 0xffff);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

export function craftZip(entries: CraftEntry[], options: CraftOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.isBuffer(entry.name) ? entry.name : Buffer.from(entry.name, 'utf8');
    const localName = entry.localName !== undefined ? Buffer.from(entry.localName, 'utf8') : name;
    const data = entry.data ?? Buffer.alloc(0);
    const method = entry.method ?? 8;
    const body = entry.raw ?? (method === 8 ? deflateRawSync(data) : data);
    const crc = entry.crc ?? crc32(data);
    const size = entry.uncompressedSize ?? data.length;
    const flags = entry.flags ?? 0x0008;
    const described = (flags & 0x0008) !== 0;
    const extra = entry.extra ?? Buffer.alloc(0);
    const date = entry.date ?? { time: 0x6940, date: 0x4b52 };
    const local = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      u16(flags),
      u16(method),
      u16(date.time),
      u16(date.date),
      u32(described ? 0 : crc),
      u32(described ? 0 : body.length),
      u32(described ? 0 : size),
      u16(localName.length),
      u16(extra.length),
      localName,
      extra,
      body,
      described ? Buffer.concat([u32(0x08074b50), u32(crc), u32(body.length), u32(size)]) : Buffer.alloc(0),
    ]);
    const central = Buffer.concat([
      u32(0x02014b50),
      u16(entry.versionMadeBy ?? (3 << 8) | 45),
      u16(20),
      u16(flags),
      u16(method),
      u16(date.time),
      u16(date.date),
      u32(crc),
      u32(body.length),
      u32(size),
      u16(name.length),
      u16(extra.length),
      u16(0),
      u16(0),
      u16(0),
      u32(entry.externalAttributes ?? ((0o100644 << 16) | 0x20) >>> 0),
      u32(offset),
      name,
      extra,
    ]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'latin1');
  const count = options.entryCount ?? entries.length;
  const eocd = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(cd.length), u32(offset), u16(comment.length), comment]);
  return Buffer.concat([options.prepend ?? Buffer.alloc(0), ...locals, cd, eocd, options.append ?? Buffer.alloc(0)]);
}

/**
 * Raw deflate of `mib` MiB of zeros without ever holding them: one fully-flushed block
 * of 1 MiB of zeros (self-contained, byte-aligned) repeated, then a final empty block.
 */
export function deflatedZeros(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: mib }, () => block), end]);
}

/** CRC-32 of `mib` MiB of zeros, computed in chunks. */
export function crcOfZeros(mib: number): number {
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(chunk, crc);
  return crc;
}
