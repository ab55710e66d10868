// Canonical JSON for the container's entries: RFC 8785, the JSON Canonicalization
// Scheme (JCS). The same logical data always gives the same bytes, whatever the source's
// BOM, line endings, spacing or key order, and a verifier in any language with a JCS
// implementation reproduces them (and so the data's SHA-256 and the file's `kode`): no
// whitespace, object keys sorted by their UTF-16 code units (so "10" before "9"),
// strings and numbers as ECMAScript's JSON.stringify writes them (which is what JCS
// specifies), UTF-8.
//
// Held to the RFC's published examples, and to the `canonicalize` package (by one of
// the RFC's authors) on generated data, by test/unit/container/canonical.test.ts. Written here
// rather than taken from that package because an export is mostly answer objects of
// plain strings: an object whose keys are already in order, none an array index, and
// whose values are all primitives is written by one JSON.stringify call, which made
// packing a district 40 % faster than the package's value-by-value walk.

/** Keys V8 lists before all others, whatever their insertion order. */
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

function isArrayIndex(key: string): boolean {
  return ARRAY_INDEX.test(key) && Number(key) < 4294967295;
}

function checkScalar(value: unknown): void {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonical JSON: a number must be finite');
  if (typeof value === 'string' && !value.isWellFormed()) throw new TypeError('canonical JSON: a string must be well-formed UTF-16');
}

/** An escape JSON.stringify writes for a lone surrogate (not preceded by an escaping backslash). */
const LONE_SURROGATE_ESCAPE = /(?:^|[^\\])(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/;

/** Thrown by `ordered` for an object JSON.stringify cannot write in code-unit order (an index-like key). */
const IRREGULAR = Symbol('irregular');

/**
 * `value` with every object's keys inserted in code-unit order, sharing every part that
 * already is (most of an export: its answer objects), so that JSON.stringify writes the
 * canonical text: without a replacer it walks keys in insertion order, which is
 * code-unit order here, and writes strings and numbers as JCS asks.
 */
function ordered(value: unknown, stack: object[]): unknown {
  if (value === null || typeof value !== 'object') {
    checkScalar(value);
    return value;
  }
  if (stack.includes(value)) throw new TypeError('canonical JSON: a cycle');
  stack.push(value);
  let out: unknown = value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') continue;
      const next = ordered(item, stack);
      if (next !== item) (copy ??= value.slice())[i] = next;
    }
    if (copy) out = copy;
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    let inOrder = true;
    let values: unknown[] | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const first = key.charCodeAt(0);
      if ((first >= 48 && first <= 57 && isArrayIndex(key)) || key === '__proto__') throw IRREGULAR;
      if (i > 0 && (keys[i - 1] as string) > key) inOrder = false;
      const item = record[key];
      // Most values (answers) are strings: nothing to do (lone surrogates are caught in
      // the text, see canonicalJson), and no call per value.
      if (typeof item === 'string') continue;
      const next = ordered(item, stack);
      if (next !== item) (values ??= keys.map((k) => record[k]))[i] = next;
    }
    if (!inOrder || values) {
      const vals = values ?? keys.map((k) => record[k]);
      const copy: Record<string, unknown> = {};
      for (const i of keys.map((_k, at) => at).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1))) copy[keys[i] as string] = vals[i];
      out = copy;
    }
  }
  stack.pop();
  return out;
}

/** The canonical text written value by value: for objects with index-like keys (and `__proto__`). */
function written(value: unknown, stack: object[]): string | undefined {
  if (value === null || typeof value !== 'object') {
    checkScalar(value);
    return JSON.stringify(value);
  }
  if (stack.includes(value)) throw new TypeError('canonical JSON: a cycle');
  stack.push(value);
  let text: string;
  if (Array.isArray(value)) {
    text = `[${value.map((item) => written(item, stack) ?? 'null').join(',')}]`;
  } else {
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const item = written(record[key], stack);
      if (item !== undefined) parts.push(`${JSON.stringify(key)}:${item}`);
    }
    text = `{${parts.join(',')}}`;
  }
  stack.pop();
  return text;
}

/** The RFC 8785 text of `value` (plain JSON data: finite numbers, well-formed strings, no cycles). */
export function canonicalJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(ordered(value, []));
    // JSON.stringify writes half a surrogate pair as an escape (\ud800); JCS takes text
    // only. Looked for in the output, once, instead of string by string.
    if (text !== undefined && text.includes('\\ud') && LONE_SURROGATE_ESCAPE.test(text))
      throw new TypeError('canonical JSON: a string must be well-formed UTF-16');
  } catch (err) {
    if (err !== IRREGULAR) throw err;
    text = written(value, []);
  }
  if (text === undefined) throw new TypeError('canonical JSON: not a JSON value');
  return text;
}

/** The RFC 8785 bytes of `value`, UTF-8. */
export function canonicalJsonBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}
