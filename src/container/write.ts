// Writing a container: stream the ZIP into a hidden temporary file beside the target,
// wait until the file is closed, fsync it, verify it by reading it back with the safe
// reader, and only then give it its final name, never replacing a different file
// unless asked to. Any failure or interrupt removes the temporary file.
import { wibWallClock } from '../domain/luxon.js';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { lstat, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { OutputError, PmpError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { linkNoClobber, removeTemp, tempPathFor } from '../io/atomic.js';
import type { ContainerPlan } from './build.js';
import { CAPS, COMPRESSION_LEVEL, DATA_ENTRY, MANIFEST_ENTRY } from './format.js';
import { sha256Hex } from './hash.js';

/** Thrown (internally) when the AbortSignal fired; the temporary file is already gone. */
export class WriteAborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'WriteAborted';
  }
}

/**
 * Streams the two entries, in order, into `file` (created exclusively) and waits for it
 * to close. Resolves to the SHA-256 of the bytes handed to the file, computed as they
 * streamed past: what the file must hold when it is read back.
 */
export async function writeZip(file: string, plan: ContainerPlan, signal?: AbortSignal): Promise<string> {
  // The entries show the creation time in WIB, like the file name.
  const date = wibWallClock(plan.created);
  const archive = new ZipArchive({ zlib: { level: COMPRESSION_LEVEL }, forceLocalTime: false, comment: '' });
  const out = createWriteStream(file, { flags: 'wx', mode: 0o644 });
  // finalize() resolving only means archiver is done; the bytes are on disk once the
  // file stream has closed.
  const closed = once(out, 'close');
  closed.catch(() => {});
  const onAbort = () => {
    archive.abort();
    out.destroy(new WriteAborted());
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (signal?.aborted) throw new WriteAborted();
    const hash = createHash('sha256');
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    const piping = pipeline(archive, hashing, out);
    archive.append(plan.manifestBytes, { name: MANIFEST_ENTRY, date, mode: 0o644 });
    archive.append(plan.dataBytes, { name: DATA_ENTRY, date, mode: 0o644 });
    await Promise.all([archive.finalize(), piping]);
    await closed;
    return hash.digest('hex');
  } catch (err) {
    archive.abort();
    out.destroy();
    // Wait for the descriptor to close: Windows cannot delete a file that is still open.
    await closed.catch(() => {});
    throw signal?.aborted ? new WriteAborted() : err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename durable where the platform allows it (not on Windows). */
async function fsyncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: some platforms and file systems cannot sync a folder.
  }
}

async function sameBytes(file: string, bytes: Buffer): Promise<boolean> {
  const info = await lstat(file);
  if (!info.isFile() || info.size !== bytes.length) return false;
  return (await readFile(file)).equals(bytes);
}

export type CommitOutcome = 'dibuat' | 'sudah_ada' | 'berbeda' | 'bukan_berkas';

/**
 * Gives the verified temporary file its final name. Without `force` it never replaces
 * a file (io/atomic's linkNoClobber); with it, only a plain file is replaced.
 */
async function commit(temp: string, target: string, bytes: Buffer, force: boolean): Promise<CommitOutcome> {
  const existing = await lstat(target).catch(() => undefined);
  if (existing) {
    if (!existing.isFile()) return 'bukan_berkas';
    if (await sameBytes(target, bytes)) return 'sudah_ada';
    if (!force) return 'berbeda';
    await rename(temp, target);
    return 'dibuat';
  }
  if ((await linkNoClobber(temp, target)) === 'linked') return 'dibuat';
  return (await sameBytes(target, bytes)) ? 'sudah_ada' : 'berbeda';
}

export interface WriteContainerOptions {
  plan: ContainerPlan;
  /** The folder as the user gave it (used in messages and in the returned path). */
  outDir: string;
  force: boolean;
  signal?: AbortSignal;
  /**
   * Checks the temporary file's bytes, read back once after fsync, and throws if
   * anything differs from the plan.
   */
  verify: (bytes: Buffer, tempFile: string, finalName: string) => Promise<void>;
  /** Called with each temporary path while it exists (for last-resort cleanup). */
  onTemp?: (tempFile: string, exists: boolean) => void;
  /**
   * Resolves when this container may take its final name (a batch writes several at
   * once but names them in input order, so "already exists" and --force answer exactly
   * as one-by-one writing would). Must not reject.
   */
  turn?: Promise<void>;
  /**
   * Asked in turn, just before the container would take its name: 'skip' leaves it out
   * (nothing is named, the temporary file goes).
   */
  beforeCommit?: () => Promise<'write' | 'skip'>;
}

export interface WrittenContainer {
  status: 'dibuat' | 'sudah_ada' | 'dilewati';
  file: string;
  size: number;
  sha256: string;
}

function writeFailure(err: unknown, target: string): OutputError {
  if (err instanceof OutputError) return err;
  if (err instanceof PmpError) {
    return new OutputError('VERIFIKASI_GAGAL', t('pack.err.verify', { file: target, detail: err.message }), target);
  }
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new OutputError('DISK_PENUH', t('pack.err.diskFull', { file: target }), target);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new OutputError('TIDAK_BISA_MENULIS', t('pack.err.noWrite', { file: target }), target);
  }
  return new OutputError('GAGAL_MENULIS', t('pack.err.write', { file: target, detail: code ?? (err instanceof Error ? err.message : String(err)) }), target);
}

/** The whole write: temporary file, close, fsync, verify, commit. Throws OutputError or WriteAborted. */
export async function writeContainer(options: WriteContainerOptions): Promise<WrittenContainer> {
  const { plan, outDir, force, signal } = options;
  const target = path.join(outDir, plan.fileName);
  // Hidden and not ending in .pmp: a leftover after a hard kill is never mistaken for a
  // container, and its name says which process made it (removeOrphanTemps).
  const temp = tempPathFor(target);
  const abortCheck = () => {
    if (signal?.aborted) throw new WriteAborted();
  };
  options.onTemp?.(temp, true);
  try {
    const streamed = await writeZip(temp, plan, signal);
    abortCheck();
    await fsyncFile(temp);
    abortCheck();
    // One read back: the file must hold exactly the bytes that streamed into it (any
    // byte, headers and dates included), and those bytes must satisfy the caller.
    const bytes = await readFile(temp);
    if (bytes.length > CAPS.fileBytes) throw new OutputError('VERIFIKASI_GAGAL', t('pack.err.verify', { file: target, detail: 'size' }), target);
    const sha256 = sha256Hex(bytes);
    if (sha256 !== streamed) throw new OutputError('VERIFIKASI_GAGAL', t('pack.err.verify', { file: target, detail: 'sha256' }), target);
    await options.verify(bytes, temp, plan.fileName);
    abortCheck();
    if (options.turn) {
      await options.turn;
      abortCheck();
    }
    if (options.beforeCommit && (await options.beforeCommit()) === 'skip') return { status: 'dilewati', file: target, size: bytes.length, sha256 };
    const outcome = await commit(temp, target, bytes, force);
    if (outcome === 'berbeda') {
      throw new OutputError('BERKAS_SUDAH_ADA_BERBEDA', t('pack.err.exists', { file: target }), target);
    }
    // A link, a folder or a device is never replaced, --force or not: no advice to retry.
    if (outcome === 'bukan_berkas') throw new OutputError('BUKAN_BERKAS_BIASA', t('pack.err.notPlainFile', { file: target }), target);
    // Per container, not once per batch: the name must be durable before the container is
    // reported as made (an operator may pull the drive as soon as it is printed). It is
    // cheap: measured at under 0.1 ms per container, against ~0.5 ms for the file's fsync.
    if (outcome === 'dibuat') await fsyncDir(path.dirname(target));
    return { status: outcome, file: target, size: bytes.length, sha256 };
  } catch (err) {
    if (err instanceof WriteAborted) throw err;
    if (signal?.aborted) throw new WriteAborted();
    throw writeFailure(err, target);
  } finally {
    await removeTemp(temp).catch(() => {});
    options.onTemp?.(temp, false);
  }
}
