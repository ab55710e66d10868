// The output rule every command follows before it reads or writes anything: an output is
// never one of the run's inputs, and no two outputs of one run are the same file. Paths
// are compared as the file system sees them: links followed, the same file under two
// names (a hard link, a case-insensitive drive) found by its device and inode, a name not
// yet there by its folder's real path. Whatever --force says, a clash is a usage error
// (exit 2) and nothing has been read or written.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { t } from '../i18n/index.js';

/** A path the user gave, and how they gave it ("--xlsx", or "" for an argument). */
export interface GivenPath {
  option: string;
  file: string;
}

/** An option's path if it was given. */
export function given(option: string, file: string | undefined): GivenPath | undefined {
  return file === undefined ? undefined : { option, file };
}

interface Located extends GivenPath {
  /** The real path (folded to lower case where the platform ignores case). */
  real: string;
  /** Device and inode of an existing file or folder. */
  id?: string;
  isDir: boolean;
}

const foldCase = process.platform === 'win32' || process.platform === 'darwin';

async function locate(given: GivenPath): Promise<Located> {
  const absolute = path.resolve(given.file);
  const info = await stat(absolute, { bigint: true }).catch(() => undefined);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    // Not there yet (or a dangling link): its folder's real path and its own name.
    const folder = await realpath(path.dirname(absolute)).catch(() => path.dirname(absolute));
    real = path.join(folder, path.basename(absolute));
  }
  return {
    ...given,
    real: foldCase ? real.toLowerCase() : real,
    id: info ? `${info.dev}:${info.ino}` : undefined,
    isDir: info?.isDirectory() === true,
  };
}

function same(a: Located, b: Located): boolean {
  return (a.id !== undefined && a.id === b.id) || a.real === b.real;
}

function shown(p: GivenPath): string {
  return p.option === '' ? p.file : `${p.option} ${p.file}`;
}

export interface RunPaths {
  inputs: ReadonlyArray<GivenPath | undefined>;
  outputs: ReadonlyArray<GivenPath | undefined>;
  /** Whether the command would read this file when it finds it in an input folder. */
  reads?: (file: string) => boolean;
}

/** Throws a UsageError when an output is an input or two outputs are one file. */
export async function guardRunPaths(run: RunPaths): Promise<void> {
  const outputs = run.outputs.filter((p): p is GivenPath => p !== undefined);
  if (outputs.length === 0) return;
  const [ins, outs] = await Promise.all([Promise.all(run.inputs.filter((p): p is GivenPath => p !== undefined).map(locate)), Promise.all(outputs.map(locate))]);
  for (const out of outs) {
    for (const input of ins) {
      const inside = input.isDir && out.id !== undefined && !out.isDir && out.real.startsWith(input.real + path.sep) && run.reads?.(out.file) === true;
      if (same(out, input) || inside) {
        throw new UsageError('KELUARAN_ADALAH_MASUKAN', t('err.outputIsInput', { output: shown(out), input: shown(input) }));
      }
    }
  }
  outs.forEach((out, i) => {
    const other = outs.slice(0, i).find((earlier) => same(earlier, out));
    if (other) throw new UsageError('KELUARAN_GANDA', t('err.outputTwice', { first: shown(other), second: shown(out) }));
  });
}
