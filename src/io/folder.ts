// Making an output folder (pack --out, plan --save) with its parents.
import { lstat, mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * `mkdir -p`, with the real reason when it fails. Node's recursive mkdir reports ENOENT
 * on a read-only drive (a write-protected flash drive); the missing levels are then made
 * one by one, so the error says EROFS (or EACCES) as the system does.
 */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    const missing: string[] = [];
    for (let at = path.resolve(dir); !(await lstat(at).catch(() => undefined)); at = path.dirname(at)) {
      missing.unshift(at);
      if (path.dirname(at) === at) break;
    }
    for (const level of missing) await mkdir(level);
    throw err;
  }
}
