// Resuming an interrupted batch: the containers already in the output folder, found by
// school and content code whatever their time stamp, so a rerun after Ctrl-C, power loss
// or kill -9 says "already there" instead of writing a second file for the same school.
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContainerPlan } from '../../container/build.js';
import { CAPS } from '../../container/format.js';
import { sha256Hex } from '../../container/hash.js';
import { readContainerBytes } from '../../container/read.js';
import { parsePmpFileName } from '../../domain/filename.js';
import { WIB } from '../../domain/zones.js';

/**
 * Containers already in the output folder, by school and content code: a rerun after an
 * interruption (Ctrl-C, power loss, kill -9) finds the container of identical data
 * whatever its time stamp, so it says "already there" instead of writing a second file
 * for the same school.
 */
export async function indexContainers(dir: string): Promise<Map<string, string[]>> {
  const index = new Map<string, string[]>();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const parsed = parsePmpFileName(name, WIB);
    if (!parsed) continue;
    const key = `${parsed.sekolahId}_${parsed.kode}`;
    index.set(key, [...(index.get(key) ?? []), name]);
  }
  return index;
}

/**
 * A container in `outDir` holding exactly `plan`'s data, under another time stamp: it
 * must read back whole through the safe reader, and its data entry must be the plan's
 * bytes. Undefined when there is none (a damaged one does not count).
 */
export async function identicalExisting(plan: ContainerPlan, outDir: string, index: Map<string, string[]>): Promise<WrittenLike | undefined> {
  const parsed = parsePmpFileName(plan.fileName, WIB);
  if (!parsed) return undefined;
  for (const name of index.get(`${parsed.sekolahId}_${parsed.kode}`) ?? []) {
    if (name === plan.fileName) continue;
    const file = path.join(outDir, name);
    try {
      const info = await lstat(file);
      if (!info.isFile() || info.size > CAPS.fileBytes) continue;
      const bytes = await readFile(file);
      const read = await readContainerBytes(bytes, file, plan);
      if (read.kind !== 'container' || !read.dataBytes.equals(plan.dataBytes)) continue;
      return { file, size: bytes.length, sha256: sha256Hex(bytes), dibuat: read.manifest.dibuat };
    } catch {
      // Unreadable or damaged: not the container of this data; a new one is written.
    }
  }
  return undefined;
}

export interface WrittenLike {
  file: string;
  size: number;
  sha256: string;
  dibuat: string;
}
