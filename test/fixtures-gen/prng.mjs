// A small seeded PRNG (mulberry32) so generated fixtures are identical on every run and
// every machine. Math.random is never used by the generator.

/**
 * FNV-1a over the string form of a seed: turns any number or label into 32 bits.
 * @param {number | string} seed
 * @returns {number}
 */
export function hashSeed(seed) {
  const text = String(seed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * @typedef {object} Rng
 * @property {() => number} next          a float in [0, 1)
 * @property {() => number} uint32        an unsigned 32-bit integer
 * @property {(min: number, max: number) => number} int   an integer in [min, max]
 * @property {(p: number) => boolean} chance
 * @property {<T>(items: readonly T[]) => T} pick
 * @property {<T>(items: readonly T[]) => T[]} shuffle   a shuffled copy
 * @property {(label: string | number) => Rng} fork      an independent stream named by label
 */

/**
 * @param {number | string} seed
 * @returns {Rng}
 */
export function createRng(seed) {
  const root = hashSeed(seed);
  let state = root;
  const uint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => uint32() / 4294967296;
  /** @type {Rng} */
  const rng = {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return /** @type {any} */ (items[Math.floor(next() * items.length)]);
    },
    shuffle: (items) => {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        const tmp = copy[i];
        copy[i] = /** @type {any} */ (copy[j]);
        copy[j] = /** @type {any} */ (tmp);
      }
      return copy;
    },
    // A fork depends only on the root seed and the label, so adding draws to one part of
    // a school does not shift every other part.
    fork: (label) => createRng(`${root}/${label}`),
  };
  return rng;
}
