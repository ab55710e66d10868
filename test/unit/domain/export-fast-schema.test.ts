// The zod-free validator (src/domain/export-fast.ts) held to the zod schema, with exports
// generated from the schema's own rules: the schema is turned into JSON Schema
// (z.toJSONSchema), and from that come valid exports (every limit, enum, constant,
// pattern, required and optional field) and exports that break exactly one rule. In both
// directions: whenever the fast validator answers, zod accepts the same value and returns
// exactly the same data; whenever zod accepts, the fast validator answers (it may leave
// to zod only what it documents: `__proto__` keys); whenever zod refuses, so does it.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastValidateExport } from '../../../src/domain/export-fast.js';
import { schoolExportSchema } from '../../../src/domain/export-schema.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Schema and generated JSON are free-form */
type Schema = Record<string, any>;

const SCHEMA = z.toJSONSchema(schoolExportSchema, { io: 'input', unrepresentable: 'any' }) as Schema;

/** Rules zod checks that JSON Schema cannot say (refinements): valid values, given their field name. */
const REFINED: Record<string, fc.Arbitrary<unknown>> = {
  zona_waktu: fc.constantFrom('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Pontianak', 'Europe/London', 'Asia/Bandung', 'WIB'),
};

const text = (min = 0, max = 12) => fc.string({ minLength: min, maxLength: max });

/** Values that satisfy `s` (and, mostly, its refinements). */
function valid(s: Schema, key = ''): fc.Arbitrary<unknown> {
  if (REFINED[key]) return REFINED[key] as fc.Arbitrary<unknown>;
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...(s.enum as unknown[]));
  if (s.oneOf) return fc.oneof(...(s.oneOf as Schema[]).map((o) => valid(o, key)));
  if (Array.isArray(s.type)) return fc.oneof(...(s.type as string[]).map((type) => valid({ ...s, type }, key)));
  switch (s.type) {
    case 'object': {
      if (!s.properties) return fc.dictionary(text(0, 8), valid(s.additionalProperties ?? {}), { maxKeys: 6 });
      const model = Object.fromEntries(Object.entries(s.properties as Record<string, Schema>).map(([k, v]) => [k, valid(v, k)]));
      return fc.record(model, { requiredKeys: (s.required ?? []) as string[] });
    }
    case 'array':
      return fc.array(valid(s.items ?? {}), { minLength: s.minItems ?? 0, maxLength: Math.max(s.minItems ?? 0, 4) });
    case 'string':
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern as string));
      return text(s.minLength ?? 0, Math.min(s.maxLength ?? 12, 12)).map((v) => v.padEnd(s.minLength ?? 0, 'x'));
    case 'integer':
      return fc.integer({ min: s.minimum ?? -5, max: s.maximum ?? 20 });
    case 'number':
      return fc.double({ noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.oneof(text(), fc.integer(), fc.constant(null));
  }
}

/** Values that break `s` itself, by the rule it states (type, range, length, pattern, enum, constant). */
function broken(s: Schema): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [fc.constantFrom(null, 7, true, [], {}).filter((v) => !fits(s, v))];
  if (s.const !== undefined) options.push(fc.constant(`${String(s.const)}x`));
  if (s.enum) options.push(text(1, 6).filter((v) => !(s.enum as unknown[]).includes(v)));
  if (s.type === 'string' && s.maxLength !== undefined) options.push(fc.constant('s'.repeat((s.maxLength as number) + 1)));
  if (s.type === 'string' && s.minLength) options.push(fc.constant(''));
  if (s.type === 'string' && s.pattern) options.push(text(0, 10).filter((v) => !new RegExp(s.pattern as string).test(v)));
  if (s.type === 'integer') options.push(fc.constantFrom((s.minimum ?? 0) - 1, (s.maximum ?? 0) + 1, 2.5));
  return fc.oneof(...options);
}

/** Whether `v` has the JSON type `s` asks for. */
function fits(s: Schema, v: unknown): boolean {
  const types = Array.isArray(s.type) ? (s.type as string[]) : s.type ? [s.type as string] : [];
  if (types.length === 0) return false;
  const kind = v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
  return types.includes(kind) || (kind === 'integer' && types.includes('number'));
}

/** Every place in the JSON Schema an export can break one rule, with the rule. */
function places(s: Schema, path: (string | number)[] = [], out: Array<{ path: (string | number)[]; schema: Schema; parent?: Schema }> = []) {
  if (s.properties) {
    for (const [k, v] of Object.entries(s.properties as Record<string, Schema>)) {
      out.push({ path: [...path, k], schema: v, parent: s });
      places(v, [...path, k], out);
    }
  }
  if (s.items) places(s.items as Schema, [...path, 0], out);
  return out;
}

function agree(value: unknown): { zod: boolean; fast: boolean } {
  const zod = schoolExportSchema.safeParse(value);
  const fast = fastValidateExport(structuredClone(value));
  if (fast !== undefined) {
    expect(zod.success, 'the fast validator accepted what zod refuses').toBe(true);
    expect(isDeepStrictEqual(fast, zod.data)).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  } else if (zod.success) {
    expect(JSON.stringify(value), 'zod accepts, the fast validator did not answer').toContain('__proto__');
  }
  return { zod: zod.success, fast: fast !== undefined };
}

describe('the fast validator against exports generated from the schema', () => {
  it("valid by the schema's rules: the same answer, and the fast validator answers whenever zod accepts", () => {
    let accepted = 0;
    fc.assert(
      fc.property(valid(SCHEMA), (value) => {
        if (agree(value).zod) accepted++;
      }),
      { numRuns: 400, seed: 8 },
    );
    // Refinements (question ids unique, a class teacher's grade) refuse some; most pass.
    expect(accepted).toBeGreaterThan(100);
  });

  it('one rule broken anywhere (types, limits, enums, constants, patterns, required and unknown fields): both refuse', () => {
    const spots = places(SCHEMA);
    expect(spots.length).toBeGreaterThan(25);
    let refused = 0;
    fc.assert(
      fc.property(valid(SCHEMA), fc.nat(spots.length - 1), fc.integer({ min: 0, max: 2 }), fc.anything(), (base, at, how, junk) => {
        const value = structuredClone(base) as any;
        const spot = spots[at] as (typeof spots)[number];
        // Walk to the spot's parent (arrays: their first element, if any).
        let parent = value;
        for (const key of spot.path.slice(0, -1)) {
          if (parent === null || typeof parent !== 'object' || !(key in parent)) return;
          parent = parent[key];
        }
        if (parent === null || typeof parent !== 'object') return;
        const key = spot.path[spot.path.length - 1] as string;
        const required = ((spot.parent?.required ?? []) as string[]).includes(key);
        if (how === 0 && required) delete parent[key];
        else if (how === 1) parent[`x_${key}`] = junk;
        else parent[key] = fc.sample(broken(spot.schema), { numRuns: 1, seed: at })[0];
        const { zod, fast } = agree(value);
        if (!zod) {
          refused++;
          expect(fast).toBe(false);
        }
      }),
      { numRuns: 600, seed: 9 },
    );
    expect(refused).toBeGreaterThan(300);
  });
});
