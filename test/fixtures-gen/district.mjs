// generateDistrict: one kabupaten's folder of school exports, written one school at a
// time (a benchmark may ask for thousands; only names and NPSNs are kept in memory).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REGIONS } from './data.mjs';
import { createRng } from './prng.mjs';
import { PROBLEMS, WARNINGS, problemsFor } from './problems.mjs';
import { makeSchool, pad } from './school.mjs';

/** @typedef {import('./school.mjs').Level} Level */
/** @typedef {import('./school.mjs').School} School */

/** Level mix of a typical district: mostly SD, then SMP. */
const LEVEL_WEIGHTS = /** @type {const} */ ([
  ['SD', 0.45],
  ['SMP', 0.25],
  ['SMA', 0.12],
  ['SMK', 0.12],
  ['SLB', 0.06],
]);

/** @param {number} roll @returns {Level} */
function levelFor(roll) {
  let acc = 0;
  for (const [level, weight] of LEVEL_WEIGHTS) {
    acc += weight;
    if (roll < acc) return level;
  }
  return 'SD';
}

/** Stable pretty JSON, as every fixture is written. @param {unknown} value */
export const toJson = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** "SD NEGERI 1 CIPARAY" → "sd-negeri-1-ciparay". @param {string} name */
export const slug = (name) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Writes `schools` files into outDir (created if missing): mixed levels, about 15% not
 * ready (or exactly `notReady`), each in one of the PROBLEMS ways, and a few ready ones
 * carrying a warning. Returns the paths written, in order.
 * @param {{ seed: number | string, schools: number, outDir: string,
 *   sizes?: import('./school.mjs').SizesInput, notReady?: number }} options
 * @returns {Promise<string[]>}
 */
export async function generateDistrict({ seed, schools, outDir, sizes, notReady }) {
  if (!Number.isInteger(schools) || schools < 0) throw new RangeError(`schools: expected a count, got ${schools}`);
  const rng = createRng(`kabupaten/${String(seed)}`);
  const region = rng.pick(REGIONS);
  const badCount = Math.min(schools, notReady ?? Math.round(schools * 0.15));
  if (badCount < 0) throw new RangeError(`notReady: expected >= 0, got ${badCount}`);
  const order = rng.shuffle(Array.from({ length: schools }, (_, i) => i));
  /** @type {Map<number, number>} school index → k-th not-ready school */
  const bad = new Map(order.slice(0, badCount).map((index, k) => [index, k]));
  const problemOffset = rng.int(0, 100);
  const width = Math.max(4, String(schools).length);
  const usedNames = new Set();
  const usedNpsn = new Set();
  await mkdir(outDir, { recursive: true });

  /** @type {string[]} */
  const paths = [];
  for (let i = 0; i < schools; i += 1) {
    const pick = rng.fork(`sekolah/${i}`);
    const level = levelFor(pick.next());
    const k = bad.get(i);
    const warning = k === undefined && pick.chance(0.1) ? pick.pick(Object.keys(WARNINGS)) : undefined;
    const school = makeSchool({
      seed: `${String(seed)}/${i}`,
      level,
      sizes,
      region,
      mutate: (s, ctx) => {
        if (k !== undefined) {
          const names = problemsFor(level);
          const name = /** @type {string} */ (names[(k + problemOffset) % names.length]);
          PROBLEMS[name]?.apply(s, ctx);
        } else if (warning) {
          WARNINGS[warning]?.(s, ctx);
        }
      },
    });
    unique(school, usedNames, usedNpsn);
    const file = path.join(outDir, `${pad(i + 1, width)}-${slug(school.sekolah.nama)}.json`);
    await writeFile(file, toJson(school));
    paths.push(file);
  }
  return paths;
}

/** Keeps names and NPSNs unique within a district, as they are in Dapodik. */
function unique(/** @type {School} */ school, /** @type {Set<string>} */ names, /** @type {Set<string>} */ npsns) {
  const m = /^(\S+ \S+ )(\d+)( .+)$/.exec(school.sekolah.nama);
  for (let n = Number(m?.[2] ?? 1); names.has(school.sekolah.nama) && m; n += 1) {
    school.sekolah.nama = `${m[1]}${n + 1}${m[3]}`;
  }
  names.add(school.sekolah.nama);
  while (npsns.has(school.sekolah.npsn)) {
    const next = (Number(school.sekolah.npsn.slice(2)) + 1) % 1000000;
    school.sekolah.npsn = `${school.sekolah.npsn.slice(0, 2)}${pad(next, 6)}`;
  }
  npsns.add(school.sekolah.npsn);
}
