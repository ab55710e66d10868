// Expands the paths an operator gives into the input files to check: files as given,
// folders walked (sub-folders too, in a stable order), hidden entries skipped.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { describeFsError } from './read-text.js';

/** What a folder walk picks up. */
export const INPUT_EXTENSIONS: readonly string[] = ['.json', '.pmp'];

export type DiscoveredInput = { file: string; error?: undefined } | { file: string; error: InputError };

function wanted(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function walk(dir: string, out: DiscoveredInput[], depth: number): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.push({ file: dir, error: describeFsError(err, dir) });
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    if (entry.isDirectory()) {
      if (depth < 8) await walk(full, out, depth + 1);
      continue;
    }
    if (!wanted(entry.name)) continue;
    if (entry.isFile()) {
      out.push({ file: full });
    } else if (entry.isSymbolicLink()) {
      // Follow links to files; links to folders are not walked (no cycles).
      const target = await stat(full).catch(() => undefined);
      if (target?.isFile()) out.push({ file: full });
      else if (!target) out.push({ file: full, error: new InputError('BERKAS_TIDAK_ADA', t('input.brokenLink', { file: full }), full) });
    } else {
      out.push({ file: full, error: new InputError('BERKAS_TIDAK_TERBACA', t('input.notRegular', { file: full }), full) });
    }
  }
}

/** Files to check, in order. A folder without inputs yields one error entry for the folder. */
export async function discoverInputs(paths: readonly string[]): Promise<DiscoveredInput[]> {
  const out: DiscoveredInput[] = [];
  for (const given of paths) {
    const info = await stat(given).catch((err: unknown) => err as NodeJS.ErrnoException);
    if (info instanceof Error) {
      out.push({ file: given, error: describeFsError(info, given) });
    } else if (info.isDirectory()) {
      const before = out.length;
      await walk(given, out, 0);
      if (out.length === before) {
        out.push({
          file: given,
          error: new InputError('TIDAK_ADA_DATA', t('input.emptyFolder', { file: given, ext: INPUT_EXTENSIONS.join(', ') }), given),
        });
      }
    } else {
      out.push({ file: given });
    }
  }
  return out;
}
