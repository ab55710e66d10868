// The hand-written canonical serializer must write exactly the bytes of the reference
// definition (JSON.stringify with a key-sorting replacer), for real exports and for any
// JSON-like value, including awkward keys ("__proto__", array-index-like "10" / "2",
// lone surrogates) and values JSON.stringify drops or rewrites.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalExportBytes, canonicalJson, referenceCanonicalJson } from '../../src/container/canonical.js';
import type { SchoolExport } from '../../src/domain/export-schema.js';
import { validateExport } from '../../src/domain/validate-export.js';
import { loadExportFile } from '../../src/io/load-input.js';
import { FIXTURES } from '../helpers/cli.js';
import { LEVELS, makeSchool } from '../fixtures-gen/index.mjs';
import { readyPlan } from './container-helpers.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- free-form edits of exports */

const key = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', '0', '1', '2', '10', '01', '-1', '4294967294', '4294967295', '1e3', 'a', 'B', 'é', '\ud800', '😀'),
);
const scalar = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(undefined, Number.NaN, Infinity, -0, 1e21, 5e-7),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc
    .array(fc.tuple(key, tie('value')), { maxLength: 6 })
    .map((pairs) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
      return o;
    }),
}));

describe('canonicalJson', () => {
  it('writes the reference bytes for any JSON-like value', () => {
    fc.assert(
      fc.property(fc.oneof(value, fc.array(value), fc.dictionary(key, value)), (v) => {
        expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('writes the reference bytes for JSON text parsed back (as containers are read)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const parsed: unknown = JSON.parse(JSON.stringify(v));
        expect(canonicalJson(parsed)).toBe(referenceCanonicalJson(parsed));
      }),
      { numRuns: 2000, seed: 6 },
    );
  });

  it('hands unusual values to the reference (class instances, toJSON, boxed primitives, cycles, BigInt)', () => {
    const withDate = { b: new Date(0), a: [new Date(1)] };
    const withToJson = { z: { toJSON: () => ({ y: 1, x: 2 }) } };
    const boxed = { n: Object(1) as unknown, s: Object('s') as unknown };
    const map = { m: new Map([[1, 2]]) };
    class Point {
      y = 1;
      x = 2;
    }
    for (const v of [withDate, withToJson, boxed, map, { p: new Point() }, Object.create(null) as unknown, undefined, () => 1]) {
      expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
    }
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    // The reference never sees the cycle (the replacer makes new objects) and runs out of stack.
    expect(() => referenceCanonicalJson(cycle)).toThrow();
    expect(() => canonicalJson(cycle)).toThrow();
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });

  it('writes the reference bytes for every export fixture and a real manifest', async () => {
    const demo = path.join(FIXTURES, 'demo');
    const files = readdirSync(demo).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const loaded = await loadExportFile(path.join(demo, f)).catch(() => undefined);
      if (!loaded) continue;
      expect(canonicalJson(loaded.data)).toBe(referenceCanonicalJson(loaded.data));
    }
    const plan = await readyPlan();
    expect(plan.manifestBytes.toString('utf8')).toBe(referenceCanonicalJson(plan.manifest));
    expect(plan.dataBytes.toString('utf8')).toBe(referenceCanonicalJson(JSON.parse(plan.dataBytes.toString('utf8'))));
  });
});

describe('canonicalExportBytes (the shortcut for validated exports)', () => {
  const same = (data: unknown) => {
    expect(canonicalExportBytes(data as SchoolExport).toString('utf8')).toBe(referenceCanonicalJson(data));
  };

  it('writes the reference bytes for every fixture export and generated schools of every level', async () => {
    for (const file of readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'))) {
      const loaded = await loadExportFile(path.join(FIXTURES, file)).catch(() => undefined);
      if (loaded) same(loaded.data);
    }
    for (const level of LEVELS) for (let seed = 0; seed < 3; seed++) same(validateExport(makeSchool({ seed, level }), 'x.json'));
  });

  it('writes the reference bytes for answers in any key order, index-like keys, awkward text, and unexpected shapes', () => {
    const base = validateExport(makeSchool({ seed: 4, level: 'SMK' }), 'x.json') as any;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), key.filter((k) => k !== '__proto__'), fc.oneof(fc.string({ unit: 'binary' }), fc.constant(null))), { maxLength: 10 }),
        fc.constantFrom('none', 'reverse', 'extra-root', 'extra-respondent', 'number-name', 'nan-grade', 'object-answers-holder'),
        (edits, twist) => {
          const data = structuredClone(base);
          for (const [at, k, answer] of edits) data.responden[at % data.responden.length].jawaban[k] = answer;
          if (twist === 'reverse') for (const r of data.responden) r.jawaban = Object.fromEntries(Object.entries(r.jawaban).reverse());
          if (twist === 'extra-root') data.zzz = { b: 1, a: 2 };
          if (twist === 'extra-respondent') data.responden[0].catatan = { y: 1, x: [2] };
          if (twist === 'number-name') data.sekolah.nama = 12;
          if (twist === 'nan-grade') data.responden.find((r: any) => 'tingkat' in r).tingkat = Number.NaN;
          if (twist === 'object-answers-holder') data.responden[0].jawaban = [];
          same(data);
        },
      ),
      { numRuns: 400, seed: 41 },
    );
  });
});
