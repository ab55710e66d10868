// The fast validator must agree with the zod schema (the authority): whenever it answers,
// its answer is exactly zod's (values, key order, defaults, trimming); when in doubt it
// answers nothing and zod decides. And it must answer for ordinary exports, or it is no use.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS, makeSchool } from '../../fixtures-gen/index.mjs';

// Free-form mutation of JSON-like data: the point is to reach shapes no type allows.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { fastValidateExport } from '../../../src/domain/export-fast.js';
import { schoolExportSchema } from '../../../src/domain/export-schema.js';

function agrees(value: unknown): 'fast' | 'zod' {
  const fast = fastValidateExport(value);
  const zod = schoolExportSchema.safeParse(value);
  if (fast === undefined) return 'zod';
  expect(zod.success).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  expect(isDeepStrictEqual(fast, zod.data)).toBe(true);
  // Sharing the caller's answer objects changes nothing in the result.
  const shared = fastValidateExport(structuredClone(value), { reuse: true });
  expect(JSON.stringify(shared)).toBe(JSON.stringify(zod.data));
  expect(isDeepStrictEqual(shared, zod.data)).toBe(true);
  return 'fast';
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : [],
  );
}

describe('fastValidateExport agrees with the zod schema', () => {
  it('on every committed fixture, and answers for every valid one', () => {
    for (const file of jsonFiles('fixtures')) {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        continue; // not JSON (or not UTF-8): never reaches validation
      }
      const used = agrees(value);
      if (schoolExportSchema.safeParse(value).success) expect(used, file).toBe('fast');
    }
  });

  it('on generated schools of every level', () => {
    for (const level of LEVELS) {
      for (let seed = 0; seed < 5; seed++) expect(agrees(makeSchool({ seed, level }))).toBe('fast');
    }
  });

  it('on optional fields, defaults and untrimmed values', () => {
    const raw = structuredClone(makeSchool({ seed: 1, level: 'SD' })) as Record<string, any>;
    raw.diekspor = '2017-10-18T13:10:00+07:00';
    raw.sekolah.sekolah_id = raw.sekolah.sekolah_id.toUpperCase();
    raw.sekolah.nama = `  ${raw.sekolah.nama}  `;
    delete raw.sekolah.zona_waktu;
    raw.responden[0].id = ` ${raw.responden[0].id}\t`;
    raw.responden[0].nama = '';
    raw.instrumen.pendidik.pertanyaan[0].wajib = false;
    delete raw.instrumen.pendidik.pertanyaan[1].wajib;
    raw.instrumen.pendidik.pertanyaan[1].pilihan = ['a', 'b'];
    raw.instrumen.pendidik.pertanyaan[1].teks = 'Teks';
    expect(agrees(raw)).toBe('fast');
    // Keys in the input's own order differ from the schema's; the output follows the schema.
    const reordered = Object.fromEntries(Object.entries(raw).reverse());
    expect(agrees(reordered)).toBe('fast');
  });

  it('on random mutations of a valid export (fast-check)', () => {
    const base = makeSchool({ seed: 7, level: 'SMP' }) as Record<string, any>;
    const junk = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string({ maxLength: 4 }),
      fc.constantFrom('', ' ', 'guru_kelas', 'SD', 'Asia/Bandung', 'Asia/Makassar', '__proto__'),
      fc.integer({ min: -2, max: 15 }),
      fc.double(),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
    );
    const paths = (value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] => {
      out.push(prefix);
      if (value && typeof value === 'object' && prefix.length < 6) {
        const entries = Object.entries(value).slice(0, 6);
        for (const [k, v] of entries) paths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
      }
      return out;
    };
    const all = paths(base).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...all), junk, fc.boolean(), fc.string({ maxLength: 6 }), (where, value, addKey, newKey) => {
        const copy = structuredClone(base);
        let parent: any = copy;
        for (const key of where.slice(0, -1)) parent = parent[key];
        const last = where[where.length - 1] as string;
        if (addKey && typeof parent === 'object' && !Array.isArray(parent)) parent[newKey] = value;
        else if (value === undefined) delete parent[last];
        else parent[last] = value;
        agrees(copy);
      }),
      { numRuns: 600, seed: 20171020 },
    );
  });

  it('leaves "__proto__" answer keys to zod', () => {
    const raw = structuredClone(makeSchool({ seed: 2, level: 'SD' })) as Record<string, any>;
    raw.responden[0].jawaban = JSON.parse('{"__proto__": "x", "KS-001": "1"}');
    expect(agrees(raw)).toBe('zod');
  });
});

describe('length limits a container can hold (shared by both validators)', () => {
  it.each([
    ['school name', (r: Record<string, any>) => (r.sekolah.nama = 'S'.repeat(513))],
    ['kabupaten_kota', (r: Record<string, any>) => (r.sekolah.kabupaten_kota = 'K'.repeat(513))],
    ['provinsi', (r: Record<string, any>) => (r.sekolah.provinsi = 'P'.repeat(513))],
    ['application version', (r: Record<string, any>) => (r.aplikasi.versi = '2'.repeat(65))],
  ])('%s over the limit is refused by zod and left to zod by the fast path', (_name, mutate) => {
    const raw = structuredClone(makeSchool({ seed: 2, level: 'SMP' })) as Record<string, any>;
    mutate(raw);
    expect(fastValidateExport(raw)).toBeUndefined();
    expect(schoolExportSchema.safeParse(raw).success).toBe(false);
  });

  it('exactly at the limit is accepted by both, identically', () => {
    const raw = structuredClone(makeSchool({ seed: 2, level: 'SMP' })) as Record<string, any>;
    raw.sekolah.nama = 'S'.repeat(512);
    raw.sekolah.provinsi = 'P'.repeat(512);
    raw.aplikasi.versi = '2'.repeat(64);
    expect(agrees(raw)).toBe('fast');
  });
});

describe('prototype keys as values', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('jenis %j is left to zod, which refuses it', (jenis) => {
    const raw = structuredClone(makeSchool({ seed: 4, level: 'SD' })) as Record<string, any>;
    raw.responden[2].jenis = jenis;
    expect(agrees(raw)).toBe('zod');
    expect(schoolExportSchema.safeParse(raw).success).toBe(false);
  });
});
