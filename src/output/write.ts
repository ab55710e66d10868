// How the tool writes a file it may have written before (a workbook, an HTML page, a
// calendar): atomically, replacing an existing file only when `isOurs` says it is one of
// this tool's own (a mark inside it), or, with --force, when it is a plain file; never a
// link, a folder or a device. Anything else is left alone (exit 4, one line). A failure
// says why in the user's words (./write-reason.ts). That an output is never an input of
// the same run, nor named twice, is checked before the run (../io/run-paths.ts).
import type { Stats } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from '../core/errors.js';
import { t, type MessageKey } from '../i18n/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { writeReason } from './write-reason.js';

export interface OutputErrors {
  /** Code and message (with {file}) when the name is taken by something not ours. */
  exists: { kode: string; key: MessageKey };
  /** Code and message (with {file} and {reason}) when the write fails. */
  write: { kode: string; key: MessageKey };
}

export type IsOurs = (target: string, existing: Stats) => Promise<boolean>;

/** Whether an existing file may be replaced: a plain file that is ours, or any plain file with --force. */
async function replaceable(target: string, existing: Stats, isOurs: IsOurs, force: boolean): Promise<boolean> {
  if (!existing.isFile()) return false;
  return force || (await isOurs(target, existing).catch(() => false));
}

/**
 * Before a long batch, the answer the write would give at its end: the name is free (in
 * a folder that exists) or may be replaced. The write itself still judges again.
 */
export async function checkOutput(file: string, isOurs: IsOurs, errors: OutputErrors, force = false): Promise<void> {
  const existing = await lstat(file).catch(() => undefined);
  if (existing) {
    if (!(await replaceable(file, existing, isOurs, force))) throw new OutputError(errors.exists.kode, t(errors.exists.key, { file }), file);
    return;
  }
  const folder = await stat(path.dirname(path.resolve(file))).catch((err: unknown) => err);
  if (folder instanceof Error || !(folder as Stats).isDirectory()) {
    const reason = writeReason(folder instanceof Error ? folder : Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' }));
    throw new OutputError(errors.write.kode, t(errors.write.key, { file, reason }), file);
  }
}

export async function writeReplacingOurs(file: string, data: string | Uint8Array, isOurs: IsOurs, errors: OutputErrors, force = false): Promise<void> {
  try {
    await writeFileAtomic(file, data, async (target, existing) => {
      if (!(await replaceable(target, existing, isOurs, force))) throw new OutputError(errors.exists.kode, t(errors.exists.key, { file: target }), target);
      return 'replace';
    });
  } catch (err) {
    if (err instanceof OutputError) throw err;
    throw new OutputError(errors.write.kode, t(errors.write.key, { file, reason: writeReason(err) }), file);
  }
}
