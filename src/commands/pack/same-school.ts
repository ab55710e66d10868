// One container per school in the output folder. Decided in input order, at the moment
// a container would take its name: the school's current container there (from an
// earlier run, or from an earlier input of this batch) is replaced when the new data is
// not older (domain/same-school.ts), and then moved to `lama/` beside it, never deleted;
// otherwise the new one is left out, naming the newer file.
import { lstat, mkdir, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { readContainer } from '../../container/read.js';
import { parsePmpFileName } from '../../domain/filename.js';
import { replacesEarlier, type SchoolFileTime } from '../../domain/same-school.js';
import { WIB } from '../../domain/zones.js';
import { linkNoClobber } from '../../io/atomic.js';

/** The folder older containers move to, inside the output folder. */
export const OLD_FOLDER = 'lama';

interface Current {
  file: string;
  /** Read the first time this school is claimed (a folder of hundreds costs nothing up front). */
  time?: SchoolFileTime;
}

/**
 * When a file's data was made: for a container of ours its export's `diekspor` (unknown
 * without one: its name holds the packing time, not the export's); for the PMP
 * application's own file the export time in its name. A damaged container of ours counts
 * for nothing (unknown), so a good one takes its place.
 */
async function containerTime(file: string): Promise<SchoolFileTime> {
  try {
    const read = await readContainer(file);
    if (read.kind === 'container') {
      const data = JSON.parse(read.dataBytes.toString('utf8')) as { diekspor?: unknown };
      return typeof data.diekspor === 'string' ? { diekspor: data.diekspor } : {};
    }
  } catch {
    return {};
  }
  const named = parsePmpFileName(path.basename(file), WIB);
  return named ? { dibuat: named.created.toISO() ?? undefined } : {};
}

export class SchoolLedger {
  private readonly current = new Map<string, Current[]>();
  private loaded: Promise<void> | undefined;

  constructor(private readonly outDir: string) {}

  /** The containers already in the folder, by school (their times are read when needed). */
  private load(): Promise<void> {
    this.loaded ??= readdir(this.outDir).then(
      (names) => {
        for (const name of names.sort()) {
          const parsed = parsePmpFileName(name, WIB);
          if (!parsed) continue;
          const file = path.join(this.outDir, name);
          const list = this.current.get(parsed.sekolahId) ?? [];
          list.push({ file });
          this.current.set(parsed.sekolahId, list);
        }
      },
      () => {},
    );
    return this.loaded;
  }

  /**
   * Whether a container of `sekolahId` with data of `time` may take its place now: the
   * files it replaces, or the file that stays because its data is newer.
   */
  async claim(sekolahId: string, time: SchoolFileTime, own: string): Promise<{ replaces: string[] } | { newer: string }> {
    await this.load();
    const others = (this.current.get(sekolahId) ?? []).filter((c) => path.resolve(c.file) !== path.resolve(own));
    for (const c of others) c.time ??= await containerTime(c.file);
    const newer = others.find((c) => !replacesEarlier(c.time ?? {}, time));
    if (newer) return { newer: newer.file };
    return { replaces: others.map((c) => c.file) };
  }

  /** `file` is now the school's container in the folder. */
  record(sekolahId: string, file: string, time: SchoolFileTime): void {
    this.current.set(sekolahId, [{ file, time }]);
  }

  /** Moves a replaced container into `lama/` without replacing anything there; returns where it went. */
  async retire(file: string): Promise<string> {
    const folder = path.join(this.outDir, OLD_FOLDER);
    await mkdir(folder, { recursive: true });
    const base = path.basename(file);
    for (let n = 0; ; n++) {
      const target = path.join(folder, n === 0 ? base : base.replace(/\.pmp$/i, `-${n}.pmp`));
      if ((await linkNoClobber(file, target)) === 'linked') {
        // linkNoClobber renames where links are missing; otherwise the old name goes now.
        if (await lstat(file).catch(() => undefined)) await unlink(file);
        return target;
      }
    }
  }
}
