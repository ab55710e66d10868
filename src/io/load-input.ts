// Reads one input (a school export `.json`, or a `.pmp` container) into a validated
// SchoolExport. Every failure is an InputError naming the file.
import type { SchoolExport } from '../domain/export-schema.js';
import { validateExport } from '../domain/validate-export.js';
import { parseJsonText } from './json.js';
import { readTextFile } from './read-text.js';

export interface LoadedInput {
  /** The path as the user gave or as discovered. */
  file: string;
  data: SchoolExport;
  /** Extra facts about a container (set by the container reader). */
  container?: { dibuat: string; name: string };
}

export function isContainerPath(file: string): boolean {
  return file.toLowerCase().endsWith('.pmp');
}

export async function loadExportFile(file: string): Promise<LoadedInput> {
  const text = await readTextFile(file);
  return { file, data: validateExport(parseJsonText(text, file), file) };
}

export async function loadInput(file: string): Promise<LoadedInput> {
  if (isContainerPath(file)) {
    const { loadContainerInput } = await import('../container/check-input.js');
    return loadContainerInput(file);
  }
  return loadExportFile(file);
}
