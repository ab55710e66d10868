// Property-based fuzzing of `check` on school exports: arbitrary JSON, arbitrary text,
// and valid exports mutated (fields dropped, retyped, duplicated, huge strings, deep
// nesting, Unicode, numbers as strings), encoded the ways Windows tools write files.
// In process (thousands of cases): checkOne, the function `check` runs per file, must
// give a documented outcome, an InputError naming the file or an assessment, and the
// renderers must draw it; it must never throw anything else. Through the built CLI (a
// few dozen): exit 0, 1 or 3, no stack trace, the file named.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOne, type CheckItem } from '../../src/school/check.js';
import { canonicalJson } from '../../src/container/canonical.js';
import { loadContainerInput } from '../../src/school/container-input.js';
import { assessSchool } from '../../src/domain/readiness.js';
import { loadExportFile } from '../../src/io/load-input.js';
import { runPack, type PackItem } from '../../src/commands/pack/run.js';
import { DateTime } from 'luxon';
import { itemToJson, renderItem } from '../../src/school/render.js';
import { defaultRuleset } from '../../src/domain/builtin-ruleset.js';
import { type Ruleset } from '../../src/domain/ruleset.js';
import { setLang } from '../../src/i18n/index.js';
import { FIXTURES, runCli } from '../helpers/cli.js';
import { FUZZ_SEED, InputGuard, STACK, checkEachThroughCli, count, counted, fuzz, silentTerminal, tmp } from '../helpers/robustness.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- free-form mutation of JSON data */

const BASE_FILE = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
const BASE: any = JSON.parse(readFileSync(BASE_FILE, 'utf8'));
const ERROR_KODE = /^[A-Z][A-Z0-9_]+$/;
const CREATED = DateTime.fromISO('2017-10-18T13:10:00+07:00');

let ruleset: Ruleset;
let dir: string;
const term = silentTerminal();
const guard = new InputGuard();

beforeAll(() => {
  setLang('id');
  ruleset = defaultRuleset();
  dir = tmp('export');
  guard.add(BASE_FILE);
});

afterAll(() => {
  guard.verify();
  console.info(`[fuzz cases] ${JSON.stringify(counted)}`);
});

// ---------------------------------------------------------------------------------------
// Serialising: JSON with duplicate keys (which JSON.stringify cannot write), indentation,
// BOM, CRLF, UTF-16.

/** Extra key/value pairs written after an object's own, so the same key appears twice. */
type Dups = WeakMap<object, Array<[string, unknown]>>;

function stringify(value: unknown, dups: Dups, indent: string, level = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const pad = indent ? `\n${indent.repeat(level + 1)}` : '';
  const end = indent ? `\n${indent.repeat(level)}` : '';
  const sep = indent ? ': ' : ':';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${value.map((v) => pad + stringify(v, dups, indent, level + 1)).join(',')}${end}]`;
  }
  const pairs: Array<[string, unknown]> = [...Object.entries(value), ...(dups.get(value) ?? [])];
  if (pairs.length === 0) return '{}';
  return `{${pairs.map(([k, v]) => `${pad}${JSON.stringify(k)}${sep}${stringify(v, dups, indent, level + 1)}`).join(',')}${end}}`;
}

interface Encoding {
  indent: '' | '  ' | '\t';
  bom: boolean;
  crlf: boolean;
  utf16: '' | 'le' | 'be';
}

const encodingArb: fc.Arbitrary<Encoding> = fc.record({
  indent: fc.constantFrom('' as const, '  ' as const, '\t' as const),
  bom: fc.boolean(),
  crlf: fc.boolean(),
  utf16: fc.constantFrom('' as const, '' as const, 'le' as const, 'be' as const),
});

function encode(text: string, enc: Encoding): Buffer {
  const body = enc.crlf ? text.replace(/\n/g, '\r\n') : text;
  if (enc.utf16 === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
  if (enc.utf16 === 'be') return Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]).swap16());
  return Buffer.concat([enc.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(body, 'utf8')]);
}

// ---------------------------------------------------------------------------------------
// Mutating a valid export.

type Path = Array<string | number>;

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

function parentOf(root: any, p: Path): { parent: any; key: string | number } | undefined {
  if (p.length === 0) return undefined;
  let parent = root;
  for (const k of p.slice(0, -1)) parent = parent?.[k];
  if (parent === null || typeof parent !== 'object') return undefined;
  return { parent, key: p[p.length - 1] as string | number };
}

type Op =
  | { kind: 'drop' | 'null' | 'numStr' | 'strNum' | 'dupItem' | 'empty'; at: number }
  | { kind: 'retype'; at: number; value: unknown }
  | { kind: 'dupKey'; at: number; key: number; same: boolean; value: unknown }
  | { kind: 'huge'; at: number; size: number; ch: string }
  | { kind: 'deep'; at: number; depth: number; array: boolean }
  | { kind: 'unicode'; at: number; text: string }
  | { kind: 'addKey'; at: number; key: string; value: unknown };

const at = fc.nat();
const smallJson = fc.jsonValue({ maxDepth: 2 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'null' as const, 'numStr' as const, 'strNum' as const, 'dupItem' as const, 'empty' as const), at }),
  fc.record({ kind: fc.constant('retype' as const), at, value: smallJson }),
  fc.record({ kind: fc.constant('dupKey' as const), at, key: fc.nat(), same: fc.boolean(), value: smallJson }),
  fc.record({
    kind: fc.constant('huge' as const),
    at,
    size: fc.constantFrom(200, 5_000, 100_000, 1_500_000),
    ch: fc.constantFrom('a', ' ', 'é', '𝕏', '\\', '"', '\u0000'),
  }),
  fc.record({
    kind: fc.constant('deep' as const),
    at,
    depth: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 61, max: 400 })),
    array: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('unicode' as const), at, text: fc.string({ unit: 'binary', maxLength: 40 }) }),
  fc.record({
    kind: fc.constant('addKey' as const),
    at,
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', ''), fc.string({ maxLength: 12 })),
    value: smallJson,
  }),
);

function wrap(value: unknown, depth: number, array: boolean): unknown {
  let out = value;
  for (let i = 0; i < depth; i++) out = array ? [out] : { x: out };
  return out;
}

/** Applies `ops` to a deep copy of the base export; returns the copy and its duplicate keys. */
function mutate(ops: Op[]): { value: unknown; dups: Dups } {
  const root: any = { doc: structuredClone(BASE) };
  const dups: Dups = new WeakMap();
  for (const op of ops) {
    const paths = pathsOf(root.doc).map((p) => ['doc', ...p]);
    const p = paths[op.at % paths.length] as Path;
    const place = parentOf(root, p);
    if (!place) continue;
    const { parent, key } = place;
    const current = parent[key];
    switch (op.kind) {
      case 'drop':
        if (p.length === 1) break;
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'null':
        parent[key] = null;
        break;
      case 'empty':
        parent[key] = Array.isArray(current) ? [] : typeof current === 'object' && current !== null ? {} : '';
        break;
      case 'numStr':
        parent[key] = typeof current === 'number' ? String(current) : typeof current === 'string' ? `${current.length}` : current;
        break;
      case 'strNum':
        parent[key] =
          typeof current === 'string' && current.trim() !== '' && Number.isFinite(Number(current))
            ? Number(current)
            : current === null
              ? 0
              : typeof current === 'string'
                ? current.length
                : current;
        break;
      case 'dupItem':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
        else if (Array.isArray(current) && current.length > 0) current.push(structuredClone(current[0]));
        break;
      case 'retype':
        parent[key] = op.value;
        break;
      case 'dupKey': {
        if (current === null || typeof current !== 'object' || Array.isArray(current)) break;
        const keys = Object.keys(current);
        if (keys.length === 0) break;
        const k = keys[op.key % keys.length] as string;
        const list = dups.get(current) ?? [];
        list.push([k, op.same ? current[k] : op.value]);
        dups.set(current, list);
        break;
      }
      case 'huge':
        parent[key] = op.ch.repeat(op.size);
        break;
      case 'deep':
        parent[key] = wrap(current, op.depth, op.array);
        break;
      case 'unicode':
        parent[key] = typeof current === 'string' ? current + op.text : op.text;
        break;
      case 'addKey':
        if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
          Object.defineProperty(current, op.key, { value: op.value, enumerable: true, configurable: true, writable: true });
        }
        break;
    }
  }
  return { value: root.doc, dups };
}

// ---------------------------------------------------------------------------------------
// The property: a documented outcome, drawn without error.

function assertOutcome(item: CheckItem, file: string): 'ok' | 'error' {
  expect(item.berkas).toBe(file);
  // Both renderers must cope with whatever was accepted (odd names, huge strings...).
  const json = JSON.stringify(itemToJson(item));
  expect(typeof json).toBe('string');
  expect(typeof renderItem(item, term)).toBe('string');
  if (!item.ok) {
    expect(item.galat.kode).toMatch(ERROR_KODE);
    expect(item.galat.pesan).toContain(file);
    expect(item.galat.pesan).not.toMatch(STACK);
    return 'error';
  }
  expect(typeof item.assessment.siap).toBe('boolean');
  expect(item.assessment.jenis).toHaveLength(5);
  for (const m of item.assessment.masalah) expect(m.kode).toMatch(ERROR_KODE);
  expect(item.assessment.siap).toBe(item.assessment.masalah.length === 0);
  return 'ok';
}

async function checkBytes(bytes: Buffer, file: string, tally: Record<string, number>): Promise<void> {
  writeFileSync(file, bytes);
  const item = await checkOne(file, { ruleset }); // rejects only on an unexpected exception
  expect(readFileSync(file).equals(bytes), 'the input was modified').toBe(true);
  const outcome = assertOutcome(item, file);
  const key = item.ok ? (item.assessment.siap ? 'siap' : 'belum_siap') : item.galat.kode;
  tally[key] = (tally[key] ?? 0) + 1;
  count(outcome === 'ok' ? 'export.assessed' : 'export.refused');
}

function report(label: string, tally: Record<string, number>): void {
  console.info(`[fuzz ${label}] seed ${FUZZ_SEED}: ${JSON.stringify(tally)}`);
}

describe(`check: fuzzed exports (suite seed ${FUZZ_SEED}; PMP_FUZZ_SEED to replay)`, () => {
  it('the unmutated base passes through the same harness as ready', async () => {
    const tally: Record<string, number> = {};
    const file = path.join(tmp('base'), 'dasar.json');
    await checkBytes(readFileSync(BASE_FILE), file, tally);
    expect(tally).toEqual({ siap: 1 });
  });

  it('arbitrary JSON values: an InputError naming the file, never a crash', async () => {
    const file = path.join(dir, 'nilai acak é.json');
    const tally: Record<string, number> = {};
    const value = fc.oneof(
      fc.jsonValue(),
      // Shaped enough to get past the first checks and into the schema.
      fc.record(
        {
          format: fc.constantFrom('pmp-offline/sekolah@1', 'pmp-offline/sekolah@2', ''),
          aplikasi: fc.oneof(fc.record({ versi: fc.string() }), fc.jsonValue({ maxDepth: 1 })),
          sekolah: fc.oneof(fc.constant(BASE.sekolah), fc.jsonValue({ maxDepth: 2 })),
          instrumen: fc.oneof(fc.constant(BASE.instrumen), fc.jsonValue({ maxDepth: 3 })),
          responden: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(value, encodingArb, async (v, enc) => {
        await checkBytes(encode(stringify(v, new WeakMap(), enc.indent), enc), file, tally);
      }),
      fuzz('json-values', 1500),
    );
    report('json values', tally);
    expect(Object.keys(tally).length).toBeGreaterThan(3);
  });

  it('arbitrary text and bytes: an InputError naming the file, never a crash', async () => {
    const file = path.join(dir, 'teks acak.json');
    const tally: Record<string, number> = {};
    const bytes = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }).map((s) => Buffer.from(s, 'utf8')),
      fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
      fc
        .string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', ' ', '1', 'e', '-', 'n', 'u', 'l', '\n'), maxLength: 120 })
        .map((s) => Buffer.from(s)),
      // Byte-order marks followed by anything.
      fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 64 })).map(([b, a]) => Buffer.from([...b, ...a])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        await checkBytes(b, file, tally);
      }),
      fuzz('text', 1500),
    );
    report('text', tally);
    expect(tally.siap).toBeUndefined();
  });

  it('a valid export mutated 1-4 times: an assessment or an InputError naming the file', async () => {
    const file = path.join(dir, 'SD Negeri ñ (salinan).json');
    const tally: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 4 }), encodingArb, async (ops, enc) => {
        const { value, dups } = mutate(ops);
        await checkBytes(encode(stringify(value, dups, enc.indent), enc), file, tally);
      }),
      fuzz('mutated-exports', 700),
    );
    report('mutated exports', tally);
    // The mutations reach every outcome: still ready, not ready, and refused.
    expect(tally.siap ?? 0).toBeGreaterThan(0);
    expect(tally.belum_siap ?? 0).toBeGreaterThan(0);
    expect(tally.SKEMA_TIDAK_SAH ?? 0).toBeGreaterThan(0);
  });

  it('check and pack agree: ready ⇒ packed, and the container reads back as the same ready data', async () => {
    const file = path.join(dir, 'bungkus é.json');
    const tally: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 2 }), encodingArb, async (ops, enc) => {
        const { value, dups } = mutate(ops);
        writeFileSync(file, encode(stringify(value, dups, enc.indent), enc));
        const item = await checkOne(file, { ruleset });
        const out = tmp('pack-fuzz');
        const packed = await runPack({ paths: [file], outDir: out, created: CREATED, force: false, ruleset });
        const result = packed.hasil[0] as PackItem;
        count('export.packed');
        if (!item.ok) {
          expect(result.status).toBe('galat');
          expect(result.galat?.kode).toBe(item.galat.kode);
        } else if (!item.assessment.siap) {
          expect(result.status).toBe('ditolak');
        } else if (result.status === 'galat') {
          // Only a school too big for any container may be refused (exit 3, named).
          expect(['TIDAK_MUAT_DI_WADAH', 'TERLALU_BESAR_UNTUK_WADAH']).toContain(result.galat?.kode);
          expect(result.galat?.exitCode).toBe(3);
        } else {
          expect(result.status).toBe('dibuat');
          const back = await loadContainerInput(result.berkas as string);
          const source = await loadExportFile(file);
          expect(canonicalJson(back.data)).toBe(canonicalJson(source.data));
          expect(assessSchool(back.data, ruleset).siap).toBe(true);
        }
        tally[result.galat?.kode ?? result.status] = (tally[result.galat?.kode ?? result.status] ?? 0) + 1;
        if (result.status !== 'dibuat') expect(readdirSync(out)).toEqual([]);
      }),
      fuzz('check-pack-agree', 250),
    );
    report('check vs pack', tally);
    expect(tally.dibuat ?? 0).toBeGreaterThan(10);
  });

  it('text-level damage to a valid export (cut, spliced, a byte changed): same guarantee', async () => {
    const file = path.join(dir, 'rusak.json');
    const tally: Record<string, number> = {};
    const base = readFileSync(BASE_FILE);
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), len: fc.integer({ min: 0, max: 64 }), text: fc.string({ maxLength: 8 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (list) => {
        let bytes = Buffer.from(base);
        for (const d of list) {
          const i = d.at % (bytes.length + 1);
          if (d.kind === 'cut') bytes = bytes.subarray(0, i);
          else if (d.kind === 'byte' && i < bytes.length) bytes[i] = d.byte;
          else if (d.kind === 'splice') bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(d.text), bytes.subarray(Math.min(bytes.length, i + d.len))]);
        }
        await checkBytes(bytes, file, tally);
      }),
      fuzz('text-damage', 500),
    );
    report('text damage', tally);
    expect(tally.JSON_TIDAK_SAH ?? 0).toBeGreaterThan(0);
  });

  it('a string past the 16 MiB cap, and nesting past 64 levels, each refused with its own code', async () => {
    const tally: Record<string, number> = {};
    const big = structuredClone(BASE);
    big.sekolah.nama = 'x'.repeat(17 * 1024 * 1024);
    const bigFile = path.join(dir, 'besar.json');
    await checkBytes(Buffer.from(JSON.stringify(big)), bigFile, tally);
    const deep = structuredClone(BASE);
    deep.responden[0].jawaban = wrap('3', 65, false);
    await checkBytes(Buffer.from(JSON.stringify(deep)), path.join(dir, 'dalam.json'), tally);
    expect(tally).toEqual({ BERKAS_TERLALU_BESAR: 1, JSON_TERLALU_DALAM: 1 });
  });
});

describe('check through the CLI on fuzzed exports', () => {
  const values: Array<{ name: string; bytes: Buffer }> = [];

  beforeAll(() => {
    // The cases are drawn from the same arbitraries, with their own fixed seed.
    const ops = fc.sample(fc.array(opArb, { minLength: 1, maxLength: 3 }), { seed: fuzz('cli-exports', 1).seed, numRuns: 36 });
    const encs = fc.sample(encodingArb, { seed: fuzz('cli-encodings', 1).seed, numRuns: 36 });
    const raw = fc.sample(fc.jsonValue(), { seed: fuzz('cli-values', 1).seed, numRuns: 8 });
    ops.forEach((list, i) => {
      const { value, dups } = mutate(list);
      const enc = encs[i] as Encoding;
      values.push({ name: `mutasi ${String(i).padStart(2, '0')} é.json`, bytes: encode(stringify(value, dups, enc.indent), enc) });
    });
    raw.forEach((v, i) => values.push({ name: `nilai-${i}.json`, bytes: Buffer.from(JSON.stringify(v) ?? 'null') }));
  });

  it('each file alone: exit 0, 1 or 3, no stack trace, the file named on error', async () => {
    const folder = tmp('cli-export');
    const files = values.map(({ name, bytes }) => {
      const file = path.join(folder, name);
      writeFileSync(file, bytes);
      return file;
    });
    guard.add(...files);
    const codes = await checkEachThroughCli(files, [0, 1, 3], guard, (file, r) => {
      expect(r.stderr).not.toContain('GALAT_INTERNAL');
      if (r.code !== 3) expect(r.stdout).toContain(file);
      count('export.cli');
    });
    console.info(`[fuzz cli exports] seed ${FUZZ_SEED}: exit codes ${JSON.stringify(codes)}`);
    expect(codes['3'] ?? 0).toBeGreaterThan(0);
  });

  it('all of them as one batch: one JSON document, one result per file, exit 3', async () => {
    const folder = tmp('cli-batch');
    for (const { name, bytes } of values) writeFileSync(path.join(folder, name), bytes);
    guard.addTree(folder);
    const r = await runCli(['check', folder, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout) as { hasil: Array<{ berkas: string; galat: { kode: string; pesan: string } | null }> };
    expect(doc.hasil).toHaveLength(values.length);
    for (const h of doc.hasil) if (h.galat) expect(h.galat.pesan).toContain(h.berkas);
    guard.verify();
  });
});
