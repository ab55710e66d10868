// `pack` of `.pmp` files: the dinas collects what the schools' PMP application wrote with
// Kirim Offline (flash drives, folders) into one folder to upload. Each school's newest
// export (by the time in its name) is copied byte for byte, verified by SHA-256 after the
// copy, atomically, never over another file. The inside of the application's file is not
// public: any `.pmp` that follows the name convention is taken as the application's,
// except this project's own containers, which are verified as `check` verifies them.
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { DateTime } from 'luxon';
import { sha256Hex } from '../../container/hash.js';
import { readContainerBytes } from '../../container/read.js';
import { InputError, OutputError } from '../../core/errors.js';
import { FIRST_YEAR, LAST_YEAR } from '../../time/parse.js';
import { parsePmpFileName } from '../../domain/filename.js';
import { WIB } from '../../domain/zones.js';
import { t } from '../../i18n/index.js';
import { linkNoClobber, removeTemp, tempPathFor } from '../../io/atomic.js';
import { readBytes } from '../../io/read-text.js';
import { writeReason } from '../../output/write-reason.js';

/** Largest offline file copied (the application's own files are a few MB). */
export const MAX_OFFLINE_BYTES = 256 * 1024 * 1024;

export interface OfflineFile {
  file: string;
  name: string;
  sekolahId: string;
  /** The export time in the name, read in WIB. */
  created: DateTime;
  size: number;
  sha256: string;
  bytes: Buffer;
}

/** What the name alone says, or the InputError that refuses it by name. */
export function offlineName(file: string): { sekolahId: string; created: DateTime } {
  const name = path.basename(file);
  const parsed = parsePmpFileName(name, WIB);
  if (!parsed) throw new InputError('NAMA_PMP_TIDAK_SAH', t('collect.err.name', { file }), file);
  if (parsed.created.year < FIRST_YEAR || parsed.created.year > LAST_YEAR) {
    throw new InputError('WAKTU_PMP_DI_LUAR_RENTANG', t('collect.err.year', { file, first: FIRST_YEAR, last: LAST_YEAR }), file);
  }
  return { sekolahId: parsed.sekolahId, created: parsed.created };
}

/** Reads one offline file whole (bounded), refusing a bad name, an empty file or a damaged container of ours. */
export async function readOfflineFile(file: string): Promise<OfflineFile> {
  const { sekolahId, created } = offlineName(file);
  const bytes = readBytes(file, MAX_OFFLINE_BYTES);
  if (bytes.length === 0) throw new InputError('BERKAS_KOSONG', t('input.empty', { file }), file);
  // Ours: verified whole (a damaged one throws); anything else is the application's.
  await readContainerBytes(bytes, file);
  return { file, name: path.basename(file), sekolahId, created, size: bytes.length, sha256: sha256Hex(bytes), bytes };
}

/** The hash of a file's bytes, or undefined when it cannot be read. */
export function hashOf(file: string): string | undefined {
  try {
    return sha256Hex(readBytes(file, MAX_OFFLINE_BYTES));
  } catch {
    return undefined;
  }
}

/** What a batch does with each `.pmp` input, decided from the names (and the bytes of ties). */
export type OfflineRole = { role: 'salin' } | { role: 'lebih_lama'; newer: string } | { role: 'sama'; as: string } | { role: 'konflik'; with: string[] };

/**
 * For each school, the newest export by the time in its name is the one to copy; older
 * ones are left out; the same bytes twice are one; two different files at the newest
 * second are a conflict and neither is taken. Misnamed files are left to the reader.
 */
export function chooseOffline(files: readonly string[]): Map<string, OfflineRole> {
  const bySchool = new Map<string, Array<{ file: string; at: number }>>();
  for (const file of files) {
    let named;
    try {
      named = offlineName(file);
    } catch {
      continue;
    }
    const list = bySchool.get(named.sekolahId) ?? [];
    list.push({ file, at: named.created.toMillis() });
    bySchool.set(named.sekolahId, list);
  }
  const roles = new Map<string, OfflineRole>();
  for (const list of bySchool.values()) {
    const newest = Math.max(...list.map((f) => f.at));
    const top = list.filter((f) => f.at === newest);
    const first = top[0] as { file: string };
    // Ties at the newest second: identical bytes are one file; different bytes a conflict.
    const hashes = top.map((f) => hashOf(f.file));
    const distinct = new Set(hashes);
    if (distinct.size > 1) {
      for (const f of top) roles.set(f.file, { role: 'konflik', with: top.map((o) => o.file).filter((o) => o !== f.file) });
    } else {
      roles.set(first.file, { role: 'salin' });
      for (const f of top.slice(1)) roles.set(f.file, { role: 'sama', as: first.file });
    }
    for (const f of list)
      if (f.at !== newest) roles.set(f.file, { role: 'lebih_lama', newer: distinct.size > 1 ? (top[0] as { file: string }).file : first.file });
  }
  return roles;
}

/**
 * Copies the bytes to `target` through a temporary file beside it: written, fsynced, read
 * back and compared by SHA-256, then named without replacing anything. 'sudah_ada' when
 * the name already holds these very bytes.
 */
export async function copyVerified(source: OfflineFile, target: string): Promise<'disalin' | 'sudah_ada'> {
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(source.bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (sha256Hex(readBytes(temp, MAX_OFFLINE_BYTES)) !== source.sha256) {
      throw new OutputError('VERIFIKASI_GAGAL', t('pack.err.verify', { file: target, detail: 'sha256' }), target);
    }
    if ((await linkNoClobber(temp, target)) === 'linked') return 'disalin';
    if (hashOf(target) === source.sha256) return 'sudah_ada';
    throw new OutputError('BERKAS_SUDAH_ADA_BERBEDA', t('collect.err.exists', { file: target }), target);
  } catch (err) {
    if (err instanceof OutputError) throw err;
    throw new OutputError('GAGAL_MENYALIN', t('collect.err.copy', { file: target, reason: writeReason(err) }), target);
  } finally {
    await removeTemp(temp).catch(() => {});
  }
}
