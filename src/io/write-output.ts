// How the tool writes a file it may have written before (a workbook, an HTML page):
// atomically, replacing an existing file only when `isOurs` says it is one of this
// tool's; anything else is left alone (exit 4, one line). A failure says why in the
// user's words (./write-reason.ts).
import type { Stats } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from '../core/errors.js';
import { t, type MessageKey } from '../i18n/index.js';
import { writeFileAtomic } from './atomic.js';
import { writeReason } from './write-reason.js';

export interface OutputErrors {
  /** Code and message (with {file}) when the name is taken by something not ours. */
  exists: { kode: string; key: MessageKey };
  /** Code and message (with {file} and {reason}) when the write fails. */
  write: { kode: string; key: MessageKey };
}

export type IsOurs = (target: string, existing: Stats) => Promise<boolean>;

/**
 * Before a long batch, the answer the write would give at its end: the name is free (in
 * a folder that exists) or holds one of ours. The write itself still judges again.
 */
export async function checkOutput(file: string, isOurs: IsOurs, errors: OutputErrors): Promise<void> {
  const existing = await lstat(file).catch(() => undefined);
  if (existing) {
    if (!(existing.isFile() && (await isOurs(file, existing)))) throw new OutputError(errors.exists.kode, t(errors.exists.key, { file }), file);
    return;
  }
  const folder = await stat(path.dirname(path.resolve(file))).catch((err: unknown) => err);
  if (folder instanceof Error || !(folder as Stats).isDirectory()) {
    const reason = writeReason(folder instanceof Error ? folder : Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' }));
    throw new OutputError(errors.write.kode, t(errors.write.key, { file, reason }), file);
  }
}

export async function writeReplacingOurs(file: string, data: string | Uint8Array, isOurs: IsOurs, errors: OutputErrors): Promise<void> {
  try {
    await writeFileAtomic(file, data, async (target, existing) => {
      if (!(existing.isFile() && (await isOurs(target, existing)))) throw new OutputError(errors.exists.kode, t(errors.exists.key, { file: target }), target);
      return 'replace';
    });
  } catch (err) {
    if (err instanceof OutputError) throw err;
    throw new OutputError(errors.write.kode, t(errors.write.key, { file, reason: writeReason(err) }), file);
  }
}
