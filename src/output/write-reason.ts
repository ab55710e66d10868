// Why an output file could not be written, in the user's words: one wording for every
// writer (the calendar, the recap workbook), from the error's code.
import { t, type MessageKey } from '../i18n/index.js';

const REASONS: Record<string, MessageKey> = {
  ENOENT: 'output.reason.noFolder',
  ENOTDIR: 'output.reason.noFolder',
  EACCES: 'output.reason.denied',
  EPERM: 'output.reason.denied',
  EROFS: 'output.reason.denied',
  EISDIR: 'output.reason.isFolder',
  ENOSPC: 'output.reason.full',
  EDQUOT: 'output.reason.full',
};

export function writeReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? '';
  const key = REASONS[code];
  return key ? t(key) : code || String(err);
}
