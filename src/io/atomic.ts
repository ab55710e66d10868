// Atomic output: write a hidden temporary file beside the target, flush it, then give it
// the final name. A reader never sees a half-written file with the final name, and an
// existing file is replaced only when the caller says so.
//
// Temporary files are named `.pmp-tmp-<host>-<pid>-<random>-<target>.tmp`, so a later run
// can tell one left by a killed process (same host, that process gone) from one a
// running process still owns (removeOrphanTemps).
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, lstat, open, readdir, rename, rm } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';

export const TEMP_PREFIX = '.pmp-tmp-';
const TEMP_SUFFIX = '.tmp';

/** This machine, in a temporary file's name: 8 hex digits of its host name's SHA-256. */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
const TEMP_NAME = /^\.pmp-tmp-([0-9a-f]{8})-(\d+)-[0-9a-f]{12}-.*\.tmp$/;

/** A hidden temporary path in the target's folder (same file system, so rename is atomic). */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `${TEMP_PREFIX}${HOST}-${process.pid}-${randomBytes(6).toString('hex')}-${path.basename(target)}${TEMP_SUFFIX}`);
}

/** Whether process `pid` is running on this machine (EPERM: it is, as another user). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files in `dir` that a process of this machine left when it was
 * killed (its process is gone) and returns their names. A temporary whose process still
 * runs, or that another machine made (a shared drive), is left alone.
 */
export async function removeOrphanTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || match[1] !== HOST) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || processAlive(pid)) continue;
    try {
      await removeTemp(path.join(dir, name));
      removed.push(name);
    } catch {
      // Still held (antivirus, another user): the next run tries again.
    }
  }
  return removed;
}

/**
 * Removes a temporary file. Windows refuses to delete a file that another program
 * (often an antivirus scanner) holds open for a moment: retried a few times.
 */
export function removeTemp(file: string): Promise<void> {
  return rm(file, { force: true, maxRetries: 5, retryDelay: 50 });
}

/**
 * Gives the finished `temp` the name `target` without ever replacing a file there: a
 * hard link fails if the name exists, even if another process just created it. Where
 * the file system has no hard links (FAT32 flash drives; libuv reports that in several
 * ways, EISDIR among them), any failure with the target still absent falls back to
 * rename. 'exists': the name is taken, nothing was changed.
 */
export async function linkNoClobber(temp: string, target: string): Promise<'linked' | 'exists'> {
  try {
    await link(temp, target);
    return 'linked';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    if (await lstat(target).catch(() => undefined)) return 'exists';
    await rename(temp, target);
    return 'linked';
  }
}

/**
 * What to do when `target` already exists: 'replace' it, or refuse by throwing (the
 * callback throws its own error, so the message says why).
 */
export type OnExisting = (target: string, existing: Stats) => Promise<'replace'>;

/**
 * Writes `data` to `target` atomically. A new name is taken without replacing anything;
 * an existing file is replaced only if `onExisting` says so. The temporary file is
 * removed on any failure, and the original error is the one thrown.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, onExisting: OnExisting): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (;;) {
      const existing = await lstat(target).catch(() => undefined);
      if (existing) {
        await onExisting(target, existing);
        await rename(temp, target);
        return;
      }
      // Taken meanwhile by someone else: judge that file like any existing one.
      if ((await linkNoClobber(temp, target)) === 'linked') return;
    }
  } finally {
    await removeTemp(temp).catch(() => {});
  }
}
