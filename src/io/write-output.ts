// How the tool writes a file it may have written before (a workbook, an HTML page):
// atomically, replacing an existing file only when `isOurs` says it is one of this
// tool's; anything else is left alone (exit 4, one line). A failure says why in the
// user's words (./write-reason.ts).
import type { Stats } from 'node:fs';
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

export async function writeReplacingOurs(file: string, data: string | Uint8Array, isOurs: (target: string, existing: Stats) => Promise<boolean>, errors: OutputErrors): Promise<void> {
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
