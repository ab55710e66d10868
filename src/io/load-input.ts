// Reads one input (a school export `.json`, or later a `.pmp` container) into a
// validated SchoolExport. Every failure is an InputError naming the file.
import type { SchoolExport } from '../domain/export-schema.js';

export interface LoadedInput {
  /** The path as the user gave or as discovered. */
  file: string;
  data: SchoolExport;
  /** Extra facts about a container (set by the container reader). */
  container?: { dibuat: string; name: string };
}
