// Canonical JSON: the same logical data always gives the same bytes, whatever the
// source's BOM, line endings, spacing or key order. Object keys sorted by UTF-16 code
// unit, arrays kept in order (order is meaningful), two-space indent, LF, final newline,
// UTF-8 without BOM.
//
// The definition is `referenceCanonicalJson` below (JSON.stringify with a key-sorting
// replacer). `canonicalJson` writes the very same text for plain JSON data, which is all
// a container ever holds, by reordering only the objects whose keys are out of order and
// then calling JSON.stringify without a replacer: the replacer rebuilt every object and
// cost about 6 ms per school. Anything unusual (a class instance, toJSON, a boxed primitive, a
// BigInt, a cycle...) is handed to the reference. A differential property test
// (test/unit/canonical.test.ts) holds the two to the same bytes.

import type { SchoolExport } from '../domain/export-schema.js';

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  // fromEntries defines own properties, so a key like "__proto__" stays plain data.
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The definition of canonical JSON (slow: rebuilds every object). */
export function referenceCanonicalJson(value: unknown): string {
  return `${JSON.stringify(value, sortKeys, 2)}\n`;
}

/** Thrown inside `sorted` when a value needs the reference's full semantics. */
const UNUSUAL = Symbol('unusual');

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function keysInOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) return false;
  return true;
}

/**
 * `value` with every object's keys in the order the reference's replacer gives them,
 * sharing every part that is already in that order (most of an export: the answers),
 * so that plain JSON.stringify then writes the reference's bytes. Plain objects and
 * arrays only; anything else throws UNUSUAL.
 *
 * Why the bytes match: without a replacer, JSON.stringify walks Object.keys order; the
 * reference walks the keys of an object built by inserting the code-unit-sorted keys,
 * which V8 lists as array-index keys ("0", "17") first in numeric order, then the rest
 * in insertion order. Building the same way here gives the same order; and an object
 * whose Object.keys are already sorted (index keys, which V8 lists first, then the
 * rest) is already in exactly that order. Values are untouched, so JSON.stringify
 * treats them (undefined, NaN, strings...) as the reference does.
 */
function sorted(value: unknown, stack: object[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if ('toJSON' in value || stack.includes(value)) throw UNUSUAL;
  stack.push(value);
  let out: unknown = value;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) throw UNUSUAL;
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const next = sorted(item, stack);
      if (next !== item) {
        copy ??= value.slice();
        copy[i] = next;
      }
    }
    if (copy) out = copy;
  } else {
    if (!isPlainObject(value)) throw UNUSUAL;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    // Most objects (the answers: thousands of keys, string values) are already in order
    // and hold no object: checked without allocating anything.
    let values: unknown[] | undefined;
    for (let i = 0; i < keys.length; i++) {
      const item = record[keys[i] as string];
      if (item === null || typeof item !== 'object') continue;
      const next = sorted(item, stack);
      if (next !== item) {
        values ??= keys.map((key) => record[key]);
        values[i] = next;
      }
    }
    if (values || !keysInOrder(keys)) {
      const vals = values ?? keys.map((key) => record[key]);
      const order = keys.map((_key, i) => i).sort((a, b) => byCodeUnit(keys[a] as string, keys[b] as string));
      const copy: Record<string, unknown> = {};
      for (const i of order) {
        const key = keys[i] as string;
        // As fromEntries does: "__proto__" becomes a plain own key, not the prototype.
        if (key === '__proto__') Object.defineProperty(copy, key, { value: vals[i], enumerable: true, configurable: true, writable: true });
        else copy[key] = vals[i];
      }
      out = copy;
    }
  }
  stack.pop();
  return out;
}

export function canonicalJson(value: unknown): string {
  let ordered: unknown;
  try {
    ordered = sorted(value, []);
  } catch (err) {
    if (err !== UNUSUAL) throw err;
    return referenceCanonicalJson(value);
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function canonicalJsonBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}

// The export's own objects, keys in code-unit order, and what each value must be for
// the shortcut below; anything else falls back to the general path.
type Leaf = 'string' | 'number' | 'boolean' | 'strings';
type Shape = { [key: string]: Leaf | Shape | { each: Shape } | 'answers' };
const QUESTION_SHAPE: Shape = { id: 'string', pilihan: 'strings', teks: 'string', wajib: 'boolean' };
const INSTRUMENT_SHAPE: Shape = { pertanyaan: { each: QUESTION_SHAPE } };
const EXPORT_SHAPE: Shape = {
  aplikasi: { versi: 'string' },
  diekspor: 'string',
  format: 'string',
  instrumen: {
    kepala_sekolah: INSTRUMENT_SHAPE,
    komite_sekolah: INSTRUMENT_SHAPE,
    pendidik: INSTRUMENT_SHAPE,
    pengawas: INSTRUMENT_SHAPE,
    peserta_didik: INSTRUMENT_SHAPE,
  },
  responden: { each: { id: 'string', jawaban: 'answers', jenis: 'string', nama: 'string', peran: 'string', tingkat: 'number' } },
  sekolah: {
    bentuk_pendidikan: 'string',
    kabupaten_kota: 'string',
    nama: 'string',
    npsn: 'string',
    provinsi: 'string',
    sekolah_id: 'string',
    zona_waktu: 'string',
  },
};

function isLeaf(value: unknown, leaf: Leaf): boolean {
  if (leaf !== 'strings') return typeof value === leaf && (leaf !== 'number' || Number.isFinite(value));
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && value.every((v) => typeof v === 'string');
}

/** `value` laid out by `shape` with keys in canonical order, or UNUSUAL. */
function byShape(value: unknown, shape: Shape): unknown {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) throw UNUSUAL;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let found = 0;
  for (const key in shape) {
    if (!Object.hasOwn(record, key)) continue;
    found++;
    const item = record[key];
    const spec = shape[key] as Shape[string];
    if (spec === 'answers') {
      // Answer values are strings or null (validated): only the key order matters.
      if (item === null || typeof item !== 'object' || Object.getPrototypeOf(item) !== Object.prototype) throw UNUSUAL;
      out[key] = keysInOrder(Object.keys(item)) ? item : sorted(item, []);
    } else if (typeof spec === 'string') {
      if (!isLeaf(item, spec)) throw UNUSUAL;
      out[key] = item;
    } else if ('each' in spec) {
      if (!Array.isArray(item) || Object.getPrototypeOf(item) !== Array.prototype) throw UNUSUAL;
      out[key] = item.map((element) => byShape(element, spec.each as Shape));
    } else out[key] = byShape(item, spec);
  }
  // A key the shape does not know: the general path decides what it becomes.
  if (Object.keys(record).length !== found) throw UNUSUAL;
  return out;
}

/**
 * `canonicalJson` of a validated school export, the same bytes, without walking every
 * answer: the export's fixed objects are laid out from their known keys, and an answer
 * object (thousands of string values) is only checked for key order. The caller
 * vouches that answer values are strings or null, as validation guarantees; every other
 * part is checked, and anything unexpected takes the general path. A differential test
 * holds it to the reference.
 */
export function canonicalExportBytes(data: SchoolExport): Buffer {
  let ordered: unknown;
  try {
    ordered = byShape(data, EXPORT_SHAPE);
  } catch (err) {
    if (err !== UNUSUAL) throw err;
    return canonicalJsonBytes(data);
  }
  return Buffer.from(`${JSON.stringify(ordered, null, 2)}\n`, 'utf8');
}
