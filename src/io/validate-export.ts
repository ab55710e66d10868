// Turns an untrusted JSON value into a SchoolExport, or one clear InputError that names
// the file and the field (e.g. `sekolah.npsn`, `responden[3] (r-004).jenis`).
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { getLang, t } from '../i18n/index.js';
import { fastValidateExport } from '../domain/export-fast.js';
import { EXPORT_FORMAT, schoolExportSchema, type SchoolExport } from '../domain/export-schema.js';
import { COMMITTEE_ROLES, RESPONDENT_TYPES, TEACHER_ROLES } from '../domain/respondent-types.js';

let configuredLang: string | undefined;

/** zod ships an Indonesian locale; use it (or English) for the generic messages. */
export function configureZodLocale(): void {
  const lang = getLang();
  if (configuredLang === lang) return;
  z.config(lang === 'id' ? z.locales.id() : z.locales.en());
  // JSON.parse reads 1e400 as Infinity, which zod calls "expected number, received number".
  z.config({
    customError: (issue) =>
      issue.code === 'invalid_type' && typeof issue.input === 'number' && !Number.isFinite(issue.input) ? t('schema.notFinite') : undefined,
  });
  configuredLang = lang;
}

type Path = ReadonlyArray<PropertyKey>;

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

/** `responden[3] (r-004).jenis`: the index a program needs and the id a person recognises. */
export function formatPath(path: Path, root: unknown): string {
  let out = '';
  path.forEach((key, index) => {
    if (typeof key === 'number') {
      out += `[${key}]`;
      if (index === 1 && path[0] === 'responden') {
        const id = valueAt(root, [...path.slice(0, 2), 'id']);
        if (typeof id === 'string' && id.trim() !== '') out += ` (${id.slice(0, 40)})`;
      }
    } else {
      out += out === '' ? String(key) : `.${String(key)}`;
    }
  });
  return out;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? '[...]' : typeof value === 'object' ? '{...}' : String(value);
}

function issueMessage(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path;
  const last = path[path.length - 1];
  const value = valueAt(root, path);
  const primitive = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  const found = primitive ? ` (${t('schema.found', { value: shown(value) })})` : '';
  if (issue.code === 'unrecognized_keys') return t('schema.unknownKeys', { keys: issue.keys.join(', ') });
  if (issue.code === 'custom') {
    const [kind, arg = ''] = issue.message.split(':');
    if (kind === 'duplicate') return t('schema.duplicateQuestion', { id: arg });
    if (kind === 'required') return t('schema.gradeRequired', { role: arg });
    if (kind === 'forbidden') return t('schema.gradeForbidden', { role: arg });
    if (kind === 'zone') return t('schema.zone') + found;
    if (kind === 'control') return t('schema.control') + found;
  }
  if (value === undefined && issue.code === 'invalid_type') return t('schema.missing');
  if (last === 'jenis' && issue.code === 'invalid_union') {
    return t('schema.unknownJenis', { allowed: RESPONDENT_TYPES.join(', ') }) + found;
  }
  if (last === 'peran' && issue.code === 'invalid_value') {
    const allowed = (valueAt(root, [...path.slice(0, -1), 'jenis']) === 'komite_sekolah' ? COMMITTEE_ROLES : TEACHER_ROLES).join(', ');
    return t('schema.unknownPeran', { allowed }) + found;
  }
  if (issue.code === 'invalid_format') {
    if (last === 'sekolah_id') return t('schema.uuid') + found;
    if (last === 'npsn') return t('schema.npsn') + found;
    if (last === 'diekspor') return t('schema.instant') + found;
  }
  if (last === 'tingkat' && (issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_type')) {
    return t('schema.grade') + found;
  }
  return issue.message + found;
}

/** Validates `value` read from `file`; throws one InputError for the first problem found. */
export function validateExport(value: unknown, file: string): SchoolExport {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('BUKAN_OBJEK', t('input.notObject', { file }), file);
  }
  const format = (value as Record<string, unknown>).format;
  if (format === undefined) throw new InputError('FORMAT_TIDAK_ADA', t('input.noFormat', { file, expected: EXPORT_FORMAT }), file);
  if (format !== EXPORT_FORMAT) {
    throw new InputError('FORMAT_SALAH', t('input.wrongFormat', { file, found: shown(format), expected: EXPORT_FORMAT }), file);
  }
  configureZodLocale();
  const fast = fastValidateExport(value);
  if (fast !== undefined) return fast;
  const parsed = schoolExportSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (!issue) throw new InputError('SKEMA_TIDAK_SAH', t('input.schema', { file, field: '-', message: '' }), file);
  const field = issue.path.length === 0 ? t('schema.root') : formatPath(issue.path, value);
  const more = parsed.error.issues.length - 1;
  const message = issueMessage(issue, value) + (more > 0 ? ` ${t('schema.more', { count: more })}` : '');
  throw new InputError('SKEMA_TIDAK_SAH', t('input.schema', { file, field, message }), file);
}
