// What the guided mode offers to pick: the files and folders of one kind in the current
// folder and below, found by name only (nothing is opened), in a stable order. The walk
// is bounded: a double-click may start it in a Downloads folder with thousands of files.
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { kindOf } from '../../school/inputs.js';

/** Folders below the current one that are looked in. */
const MAX_DEPTH = 3;
/** Entries looked at in all; past this the walk stops (a typed path is always possible). */
const MAX_ENTRIES = 5000;

export type Wanted = 'input' | 'packable' | 'dapodik' | 'log' | 'token';

/** The saved Dapodik answers a `plan FOLDER` reads: a folder holding getSekolah.json. */
const DAPODIK_MARK = 'getsekolah.json';

/** A file of the kind wanted, by its name (folders of saved answers are told by what they hold). */
function fileMatches(wanted: Exclude<Wanted, 'dapodik'>, fileName: string): boolean {
  const name = fileName.toLowerCase();
  switch (wanted) {
    case 'input':
      return kindOf(name) !== undefined;
    case 'packable': {
      // What pack makes a .pmp from (exports) or collects (the application's .pmp files).
      const kind = kindOf(name);
      return kind !== undefined && kind.id !== 'lembar_progres';
    }
    case 'log':
      return name.endsWith('.csv') || name.endsWith('.xlsx');
    case 'token':
      return name.endsWith('.txt') && name.includes('token');
  }
}

export interface Found {
  /** Paths relative to the folder searched, with the platform's separator. */
  paths: string[];
  /** How many more matched than are returned. */
  more: number;
}

/** Up to `limit` paths of the kind wanted under `root`. */
export function findCandidates(root: string, wanted: Wanted, limit = 30): Found {
  const paths: string[] = [];
  let seen = 0;
  let more = 0;
  const found = (file: string) => {
    if (paths.length < limit) paths.push(path.relative(root, file) || '.');
    else more++;
  };
  // Each folder is read once: its entries say whether it is a folder of saved answers.
  const visit = (dir: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (wanted === 'dapodik' && entries.some((entry) => entry.isFile() && entry.name.toLowerCase() === DAPODIK_MARK)) {
      found(dir);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return;
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isFile() && wanted !== 'dapodik' && fileMatches(wanted, entry.name)) found(full);
      else if (entry.isDirectory() && depth < MAX_DEPTH) visit(full, depth + 1);
    }
  };
  visit(root, 0);
  return { paths, more };
}
