// How every command reads its option values: each option is declared once, on its
// commander command, with one of these parsers. A bad value is a UsageError (exit 2)
// worded from the catalogue in the user's language, naming the option; the action then
// gets values of the right type and never checks them again.
import { UsageError } from '../core/errors.js';
import { MAX_JOBS } from '../core/jobs.js';
import { t } from '../i18n/index.js';
import { SCHOOL_LEVELS, type SchoolLevel } from '../domain/respondent-types.js';

/** A text value that must not be empty (a file, a folder, a time). */
export function text(option: string): (value: string) => string {
  return (value) => {
    if (value.trim() === '') throw new UsageError('NILAI_OPSI_KURANG', t('err.emptyValue', { option }));
    return value;
  };
}

/** `--jobs`: a whole number from 1 to MAX_JOBS. */
export function jobs(value: string): number {
  const trimmed = value.trim();
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS) throw new UsageError('OPSI_TIDAK_SAH', t('check.err.jobs', { max: MAX_JOBS, value: trimmed }));
  return n;
}

/** `<name>` and `<name...>` in the user's language, for usage lines and help. */
export function placeholder(key: Parameters<typeof t>[0], many = false, optional = false): string {
  const name = `${t(key)}${many ? '...' : ''}`;
  return optional ? `[${name}]` : `<${name}>`;
}

/** `--npsn`: 8 digits or capital letters, as Dapodik writes them. */
export function npsn(value: string): string {
  const trimmed = value.trim().toUpperCase();
  if (!/^[0-9A-Z]{8}$/.test(trimmed)) throw new UsageError('OPSI_TIDAK_SAH', t('plan.err.npsn', { value: value.trim() }));
  return trimmed;
}

/** `--timeout`: seconds from 1 to 300, as milliseconds. */
export function timeoutSeconds(value: string): number {
  const trimmed = value.trim().replace(',', '.');
  const n = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!(n >= 1 && n <= 300)) throw new UsageError('OPSI_TIDAK_SAH', t('plan.err.timeout', { value: value.trim() }));
  return Math.round(n * 1000);
}

/**
 * `--token`: refused whatever its value, which is never echoed. A token on the command
 * line stays in the shell's history and shows in every process list.
 */
export function refuseToken(): never {
  throw new UsageError('TOKEN_DI_BARIS_PERINTAH', t('plan.err.tokenFlag'));
}

/** `--jenjang`: one of the school levels PMP surveys. */
export function jenjang(value: string): SchoolLevel {
  const level = SCHOOL_LEVELS.find((l) => l === value.trim().toUpperCase());
  if (!level) throw new UsageError('OPSI_TIDAK_SAH', t('check.err.jenjang', { value: value.trim() }));
  return level;
}
