// Expands the paths an operator gives into the input files to check: files as given,
// folders walked (sub-folders too, in a stable order), hidden entries skipped. Nothing
// that looks like an input is dropped without a word: a file reached twice (given twice,
// or through a link) is kept once, a folder too deep to walk and a link to a folder are
// reported as skipped, with the reason.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { inputExtensions, kindOf } from './inputs.js';
import { describeFsError } from '../io/read-text.js';

/** Folders below a given folder that are walked; deeper ones are reported, not walked. */
export const MAX_DEPTH = 32;

/** `found`: met in a folder walk, not named by the user (a file that is not an input after all is then skipped). */
export type DiscoveredInput = { file: string; error?: undefined; found?: true } | { file: string; error: InputError; found?: true };

export type SkipReason = 'ganda' | 'terlalu_dalam' | 'tautan_folder' | 'bukan_lembar_progres';

export interface SkippedInput {
  /** The path as given or as found. */
  berkas: string;
  alasan: SkipReason;
  /** For `ganda`: the path under which the same file is checked. */
  sama_dengan?: string;
}

export interface Discovery {
  inputs: DiscoveredInput[];
  skipped: SkippedInput[];
}

/** What may be picked up from a folder; `accept` narrows it (pack takes no containers). */
export type Accept = (file: string) => boolean;

function wanted(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && kindOf(lower) !== undefined;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

class Walk {
  readonly inputs: DiscoveredInput[] = [];
  readonly skipped: SkippedInput[] = [];
  /** Real path of every input kept, and the path it was kept under. */
  private readonly seen = new Map<string, string>();

  constructor(private readonly accept: Accept) {}

  /** Keeps `file` unless the same file (by real path) is already kept. */
  async add(file: string, found = false): Promise<void> {
    const real = await realpath(file).catch(() => undefined);
    if (real !== undefined) {
      const first = this.seen.get(real);
      if (first !== undefined) {
        this.skipped.push({ berkas: file, alasan: 'ganda', sama_dengan: first });
        return;
      }
      this.seen.set(real, file);
    }
    this.inputs.push(found ? { file, found } : { file });
  }

  async folder(dir: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      this.inputs.push({ file: dir, error: describeFsError(err, dir) });
      return;
    }
    entries.sort((a, b) => byCodePoint(a.name, b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH) await this.folder(full, depth + 1);
        else this.skipped.push({ berkas: full, alasan: 'terlalu_dalam' });
        continue;
      }
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        // Links to folders are not walked (no cycles), but they are named.
        if (target?.isDirectory()) this.skipped.push({ berkas: full, alasan: 'tautan_folder' });
        else if (!wanted(entry.name) || !this.accept(full)) continue;
        else if (target?.isFile()) await this.add(full, true);
        else if (!target) this.inputs.push({ file: full, error: new InputError('BERKAS_TIDAK_ADA', t('input.brokenLink', { file: full }), full) });
        else this.inputs.push({ file: full, error: new InputError('BERKAS_TIDAK_TERBACA', t('input.notRegular', { file: full }), full) });
        continue;
      }
      if (!wanted(entry.name) || !this.accept(full)) continue;
      if (entry.isFile()) await this.add(full, true);
      else this.inputs.push({ file: full, error: new InputError('BERKAS_TIDAK_TERBACA', t('input.notRegular', { file: full }), full) });
    }
  }
}

/**
 * Files to check, in order, and what was skipped. A folder without inputs yields one
 * error entry for the folder (`ext` names what it should have held).
 */
export async function discoverInputs(paths: readonly string[], accept: Accept = () => true, ext = inputExtensions().join(', ')): Promise<Discovery> {
  const walk = new Walk(accept);
  for (const given of paths) {
    const info = await stat(given).catch((err: unknown) => err as NodeJS.ErrnoException);
    if (info instanceof Error) {
      walk.inputs.push({ file: given, error: describeFsError(info, given) });
    } else if (info.isDirectory()) {
      const before = walk.inputs.length + walk.skipped.length;
      await walk.folder(given, 0);
      if (walk.inputs.length + walk.skipped.length === before) {
        walk.inputs.push({ file: given, error: new InputError('TIDAK_ADA_DATA', t('input.emptyFolder', { file: given, ext }), given) });
      }
    } else {
      await walk.add(given);
    }
  }
  return { inputs: walk.inputs, skipped: walk.skipped };
}
