// Canonical JSON for the container's entries: RFC 8785, the JSON Canonicalization
// Scheme (JCS). The same logical data always gives the same bytes, whatever the source's
// BOM, line endings, spacing or key order, and a verifier in any language with a JCS
// implementation reproduces them (and so the data's SHA-256 and the file's `kode`): no
// whitespace, object keys sorted by their UTF-16 code units (so "10" before "9"),
// numbers as ECMAScript writes them, UTF-8. The implementation is the `canonicalize`
// package (by an author of the RFC), held to the RFC's published examples by a test.
import canonicalize from 'canonicalize';

/** The RFC 8785 bytes of `value` (plain JSON data: no lone surrogates, no cycles). */
export function canonicalJsonBytes(value: unknown): Buffer {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonical JSON: not a JSON value');
  return Buffer.from(text, 'utf8');
}

/** The canonical text (a string), for comparisons in tests and tools. */
export function canonicalJson(value: unknown): string {
  return canonicalJsonBytes(value).toString('utf8');
}
