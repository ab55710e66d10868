// Reads one input (a school export `.json`, or a `.pmp` container) into a validated
// SchoolExport. Every failure is an InputError naming the file.
import type { AnswerTally } from '../domain/answer-scan.js';
import { fastValidateTallied } from '../domain/export-fast.js';
import type { SchoolExport } from '../domain/export-schema.js';
import { parseJsonText, tryParseJson } from './json.js';
import { readTextFile } from './read-text.js';

export interface LoadedInput {
  /** The path as the user gave or as discovered. */
  file: string;
  data: SchoolExport;
  /** Each respondent's answers tallied while validating (fast path only), for assessSchool. */
  tallies?: readonly AnswerTally[];
  /** Extra facts about a container (set by the container reader). */
  container?: { dibuat: string; name: string };
}

export function isContainerPath(file: string): boolean {
  return file.toLowerCase().endsWith('.pmp');
}

export async function loadExportFile(file: string): Promise<LoadedInput> {
  const text = await readTextFile(file);
  // Common case: valid JSON that the fast validator accepts. A value it accepts nests
  // 6 levels at most, so the depth guard could not have failed. Anything else takes the
  // full path (depth guard, error position, zod's explanation), loaded only then.
  const fast = fastValidateTallied(tryParseJson(text));
  if (fast !== undefined) return { file, data: fast.data, tallies: fast.tallies };
  const { validateExport } = await import('../domain/validate-export.js');
  return { file, data: validateExport(parseJsonText(text, file), file) };
}

export async function loadInput(file: string): Promise<LoadedInput> {
  if (isContainerPath(file)) {
    const { loadContainerInput } = await import('../container/check-input.js');
    return loadContainerInput(file);
  }
  return loadExportFile(file);
}
