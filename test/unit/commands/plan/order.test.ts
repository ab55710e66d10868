// The plan's ordering helpers: a stable order that is not the alphabet, rombels as a
// school writes them, and one from each group in turn.
import { describe, expect, it } from 'vitest';
import { byName, ordered, roundRobin, take } from '../../../../src/commands/plan/order.js';

describe('plan order', () => {
  const ids = Array.from({ length: 40 }, (_, i) => `ptk-${String(i).padStart(2, '0')}`);

  it('the same seed gives the same order, another seed another, and it is not the alphabet', () => {
    const a = ordered(ids, 'sekolah-a', (id) => id);
    expect(ordered([...ids].reverse(), 'sekolah-a', (id) => id)).toEqual(a);
    expect(ordered(ids, 'sekolah-b', (id) => id)).not.toEqual(a);
    expect(a).not.toEqual(ids);
    expect([...a].sort()).toEqual(ids);
  });

  it('rombels as a school writes them: 4A, 4B, …, 10A after 9C', () => {
    expect(['10A', '4B', '9C', '4A'].sort(byName)).toEqual(['4A', '4B', '9C', '10A']);
  });

  it('one from each list in turn, then what is left; take keeps only what it accepts', () => {
    expect([...roundRobin([[1, 2, 3], [10], [20, 21]])]).toEqual([1, 10, 20, 2, 21, 3]);
    expect(take(roundRobin([[1, 2, 3, 4, 5, 6]]), 2, (n) => n % 2 === 0)).toEqual([2, 4]);
    expect(take(roundRobin([[1]]), 5, () => true)).toEqual([1]);
  });
});
