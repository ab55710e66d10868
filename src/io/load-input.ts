// A school export's JSON text into a validated SchoolExport: the one way text becomes
// school data, for a `.json` export and for a container's data entry alike. Every
// failure is an InputError naming the file. (Which kinds of input there are, and how
// each is recognised: ./inputs.ts.)
import type { AnswerTally } from '../domain/answer-scan.js';
import { fastValidateTallied } from '../domain/export-fast.js';
import type { SchoolExport } from '../domain/export-schema.js';
import type { RespondentType, SchoolLevel } from '../domain/respondent-types.js';
import { InputError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { duplicateKeyPath, mayHoldLoneSurrogate, parseJsonText, refuseLoneSurrogates, tryParseJson } from './json.js';
import { readTextFile } from './read-text.js';

/** What the command line says of a progress sheet's school (check --versi, --jenjang, --npsn). */
export interface ProgressOptions {
  versi?: string;
  jenjang?: SchoolLevel;
  npsn?: string;
}

/** What a progress sheet could and could not show (school/progress/assess.ts says the result in its terms). */
export interface ProgressFacts {
  /** No version on the sheet or the command line. */
  tanpaVersi: boolean;
  /** Types whose roles the sheet does not show. */
  tanpaPeran: RespondentType[];
  /** Types whose grades the sheet does not show. */
  tanpaKelas: RespondentType[];
  /** What the sheet says of each respondent who is not complete, by id. */
  keterangan: Record<string, string>;
}

export interface LoadedInput {
  /** The path as the user gave or as discovered. */
  file: string;
  data: SchoolExport;
  /** Each respondent's answers tallied while validating (fast path only), for assessSchool. */
  tallies?: readonly AnswerTally[];
  /** Extra facts about a container (set by the container reader). */
  container?: { dibuat: string; name: string };
  /** A progress sheet: what it could and could not show (school/progress/assess.ts). */
  progres?: ProgressFacts;
}

/**
 * A school export from its JSON text (a `.json` file, or a container's data entry),
 * validated; the one way text becomes a SchoolExport. Common case: valid JSON that the
 * fast validator accepts (a value it accepts nests 6 levels at most, so the depth guard
 * could not have failed). Anything else takes the full path (depth guard, error
 * position, zod's explanation), loaded only then.
 */
export async function exportFromText(text: string, file: string): Promise<{ data: SchoolExport; tallies?: readonly AnswerTally[] }> {
  const lone = mayHoldLoneSurrogate(text);
  const parsed = lone ? undefined : tryParseJson(text);
  if (parsed !== undefined) refuseDuplicateKeys(text, file);
  const fast = parsed === undefined ? undefined : fastValidateTallied(parsed);
  if (fast !== undefined) return fast;
  const { validateExport } = await import('./validate-export.js');
  const value = parseJsonText(text, file);
  refuseDuplicateKeys(text, file);
  // RFC 8785 (the container's canonical JSON) takes I-JSON only: text, not lone halves
  // of UTF-16 surrogate pairs, which only a \uD8xx escape can bring in.
  if (lone) refuseLoneSurrogates(value, file);
  return { data: validateExport(value, file) };
}

/** A key given twice in one object: JSON.parse would keep the last one without a word. */
function refuseDuplicateKeys(text: string, file: string): void {
  const key = duplicateKeyPath(text);
  if (key !== undefined) throw new InputError('KUNCI_GANDA', t('input.duplicateKey', { file, key }), file);
}

export async function loadExportFile(file: string): Promise<LoadedInput> {
  const { data, tallies } = await exportFromText(readTextFile(file), file);
  return tallies ? { file, data, tallies } : { file, data };
}
