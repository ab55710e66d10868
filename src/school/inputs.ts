// The kinds of input a school comes as, in one small registry: how each is recognised
// (by its name) and how it is loaded into a validated school. Nothing else decides by
// file suffix; a new input format is one entry here.
import { loadExportFile, type LoadedInput, type ProgressOptions } from '../io/load-input.js';

export interface InputKind {
  /** Stable name, for messages, tests and `check --json` (`masukan`). */
  id: InputKindId;
  /** Name endings that mean this kind (lower case). */
  extensions: readonly string[];
  /** A school of this kind can be packed (a container already is one). */
  packable: boolean;
  load(file: string, options?: ProgressOptions): Promise<LoadedInput>;
}

export type InputKindId = 'ekspor' | 'wadah' | 'lembar_progres';

export const INPUT_KINDS: readonly InputKind[] = [
  {
    // A school data export (`pmp-offline/sekolah@1`).
    id: 'ekspor',
    extensions: ['.json'],
    packable: true,
    load: loadExportFile,
  },
  {
    // An offline file: a pmp-offline container, or the real PMP application's `.pmp`
    // (not readable inside; its name still says the school and the time).
    id: 'wadah',
    extensions: ['.pmp'],
    packable: false,
    load: async (file) => (await import('./container-input.js')).loadContainerInput(file),
  },
  {
    // A progress sheet: the respondent list with each one's completion (the plan
    // workbook ticked by hand, or a verification table pasted into Excel or saved as CSV).
    // It holds no answers: check can assess it, pack cannot pack it.
    id: 'lembar_progres',
    extensions: ['.xlsx', '.csv'],
    packable: false,
    load: async (file, options) => (await import('./progress/load.js')).loadProgressSheet(file, options),
  },
];

/** Every name ending a folder walk picks up (of the kinds `packable` asks for, if given). */
export function inputExtensions(packable?: boolean): string[] {
  return INPUT_KINDS.filter((kind) => packable === undefined || kind.packable === packable).flatMap((kind) => kind.extensions);
}

/** The kind a file name says, or undefined (not an input). */
export function kindOf(file: string): InputKind | undefined {
  const lower = file.toLowerCase();
  return INPUT_KINDS.find((kind) => kind.extensions.some((ext) => lower.endsWith(ext)));
}

/**
 * Loads any input by its kind. A path of no known kind (given by name) is read as an
 * export, whose validation then says what is wrong with it.
 */
export function loadInput(file: string, options?: ProgressOptions): Promise<LoadedInput> {
  return (kindOf(file) ?? (INPUT_KINDS[0] as InputKind)).load(file, options);
}
