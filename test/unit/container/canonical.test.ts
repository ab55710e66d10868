// Canonical JSON is RFC 8785 (JCS), exactly: the RFC's own examples (section 3.2.2's
// sample, 3.2.3's sorting of awkward keys, appendix B's numbers), integer-like keys in
// code-unit order (V8 would list "9" before "10"), the same text as the `canonicalize`
// package (by one of the RFC's authors) on generated data and every fixture, and the
// properties a verifier in another language relies on.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonBytes } from '../../../src/container/canonical.js';
import { loadExportFile } from '../../../src/io/load-input.js';
import { FIXTURES } from '../../helpers/cli.js';
import { readyPlan } from '../../helpers/container.js';

describe('RFC 8785 published examples', () => {
  it('section 3.2.2: the sample input', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('section 3.2.3: keys sorted by UTF-16 code units', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    );
    const keys = Object.keys(JSON.parse(canonicalJson(input)) as object);
    // Parsing back lists "1" first (an index key), so read the order off the text itself.
    const order = [...canonicalJson(input).matchAll(/"([^"]*)":"([^"]*)"/g)].map((m) => m[2]);
    expect(keys).toHaveLength(7);
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  it('appendix B: numbers as ECMAScript writes them', () => {
    const cases: Array<[number, string]> = [
      [0, '0'],
      [-0, '0'],
      [5e-324, '5e-324'],
      [1.7976931348623157e308, '1.7976931348623157e+308'],
      [9007199254740992, '9007199254740992'],
      [1e21, '1e+21'],
      [1e20, '100000000000000000000'],
      [333333333.3333333, '333333333.3333333'],
      [0.000001, '0.000001'],
      [1e-7, '1e-7'],
    ];
    for (const [n, text] of cases) expect(canonicalJson([n])).toBe(`[${text}]`);
  });

  it('integer-like keys in code-unit order, not the engine\'s ("10" before "9"), no whitespace, UTF-8', () => {
    expect(canonicalJson({ 9: 'a', 10: 'b', b: 1, a: { y: [3, 1, 2], x: 'é' } })).toBe('{"10":"b","9":"a","a":{"x":"é","y":[3,1,2]},"b":1}');
    expect(canonicalJsonBytes({ x: 'é' }).equals(Buffer.from('{"x":"é"}', 'utf8'))).toBe(true);
  });

  it('refuses what is not JSON data (a lone surrogate, NaN, a cycle)', () => {
    expect(() => canonicalJson({ a: '\ud800' })).toThrow();
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow();
  });
});

describe('canonical bytes of school data', () => {
  const key = fc.oneof(fc.string(), fc.constantFrom('__proto__', '0', '1', '2', '10', '01', '-1', 'a', 'B', 'é', '😀'));
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 5 }),
    object: fc.array(fc.tuple(key, tie('value')), { maxLength: 6 }).map((pairs) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
      return o;
    }),
  }));

  it('the same bytes whatever the key order and spacing; they parse back to the same data; the same text as canonicalize', () => {
    fc.assert(
      fc.property(value, (v) => {
        const text = canonicalJson(v);
        expect(text).toBe(canonicalize(v));
        const reparsed = JSON.parse(text) as unknown;
        expect(canonicalJson(reparsed)).toBe(text);
        expect(canonicalJson(JSON.parse(JSON.stringify(v, null, 3)))).toBe(text);
        expect(text).not.toMatch(/\n/);
      }),
      { numRuns: 300, seed: 8785 },
    );
  });

  it('every export fixture and a real manifest are RFC 8785 bytes', async () => {
    const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    let loadedCount = 0;
    for (const file of files) {
      const loaded = await loadExportFile(path.join(FIXTURES, file)).catch(() => undefined);
      if (!loaded) continue;
      loadedCount++;
      const text = canonicalJson(loaded.data);
      expect(text).toBe(canonicalize(loaded.data));
      expect(canonicalJson(JSON.parse(text))).toBe(text);
    }
    expect(loadedCount).toBeGreaterThan(20);
    const plan = await readyPlan();
    expect(plan.manifestBytes.toString('utf8')).toBe(canonicalJson(JSON.parse(plan.manifestBytes.toString('utf8'))));
    expect(plan.dataBytes.toString('utf8').startsWith('{"aplikasi":{"versi":')).toBe(true);
  });
});
