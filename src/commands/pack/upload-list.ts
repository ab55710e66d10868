// The lists beside the collected files: `SHA256SUMS` (the `sha256sum -c` format) and
// `unggahan.csv` (";" and a BOM, as Indonesian Excel opens it): one row per file to
// upload, with empty columns for the upload time and the status the site shows, which
// the dinas fills in; `eta --log unggahan.csv` reads it as it is. Rewritten on every run
// from the files in the folder, keeping what the dinas wrote into those two columns.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { OutputError, PmpError } from '../../core/errors.js';
import { parsePmpFileName } from '../../domain/filename.js';
import { WIB } from '../../domain/zones.js';
import { readLog } from '../../district/log-read.js';
import { t } from '../../i18n/index.js';
import { writeReplacingOurs } from '../../output/write.js';
import { sha256Hex } from '../../container/hash.js';
import { MAX_OFFLINE_BYTES } from './collect.js';
import { readBytes } from '../../io/read-text.js';

export const UPLOAD_LIST = 'unggahan.csv';
export const CHECKSUMS = 'SHA256SUMS';
export const UPLOAD_COLUMNS = ['sekolah_id', 'berkas', 'waktu_ekspor', 'ukuran', 'sha256', 'waktu_unggah', 'status'] as const;

const cell = (value: string) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** What the dinas wrote in an earlier list, by file name. */
async function filledIn(file: string): Promise<Map<string, { waktu: string; status: string }>> {
  const kept = new Map<string, { waktu: string; status: string }>();
  let table;
  try {
    table = await readLog(file);
  } catch (err) {
    if (err instanceof PmpError && err.kode === 'BERKAS_TIDAK_ADA') return kept;
    throw new OutputError('DAFTAR_UNGGAHAN_TIDAK_TERBACA', t('collect.err.list', { file, detail: err instanceof Error ? err.message : String(err) }), file);
  }
  for (const row of table.rows) {
    const name = row.cells.berkas;
    if (typeof name !== 'string') continue;
    const waktu = row.cells.waktu;
    kept.set(path.basename(name), { waktu: waktu instanceof Date ? waktu.toISOString() : String(waktu ?? ''), status: String(row.cells.status ?? '') });
  }
  return kept;
}

/** Writes both lists for the `.pmp` files now in `dir` (not those moved to lama/). */
export async function writeUploadLists(dir: string): Promise<{ files: number }> {
  const listFile = path.join(dir, UPLOAD_LIST);
  const kept = await filledIn(listFile);
  const names = (await readdir(dir)).filter((name) => parsePmpFileName(name, WIB) !== undefined).sort();
  const rows: string[][] = [];
  const sums: string[] = [];
  for (const name of names) {
    const parsed = parsePmpFileName(name, WIB);
    if (!parsed) continue;
    let bytes: Buffer;
    try {
      bytes = readBytes(path.join(dir, name), MAX_OFFLINE_BYTES);
    } catch {
      continue; // not a file one can upload (a folder or a link to nothing): not listed
    }
    const sha = sha256Hex(bytes);
    const before = kept.get(name);
    rows.push([parsed.sekolahId, name, parsed.created.toFormat('dd/MM/yyyy HH.mm.ss'), String(bytes.length), sha, before?.waktu ?? '', before?.status ?? '']);
    sums.push(`${sha}  ${name}\n`);
  }
  const csv = `\uFEFF${[[...UPLOAD_COLUMNS], ...rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
  // Both are this folder's own lists, rewritten each run (what the dinas wrote is kept
  // above); a link or a folder in their place is left alone.
  const errors = {
    exists: { kode: 'DAFTAR_UNGGAHAN_GAGAL', key: 'output.notPlainFile' },
    write: { kode: 'DAFTAR_UNGGAHAN_GAGAL', key: 'collect.err.listWrite' },
  } as const;
  await writeReplacingOurs(path.join(dir, CHECKSUMS), sums.join(''), async () => true, errors);
  await writeReplacingOurs(listFile, csv, async () => true, errors);
  return { files: rows.length };
}
