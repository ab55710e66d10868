// decodeText's UTF-8 path validates with Node's isUtf8 instead of a fatal TextDecoder
// (speed); it must answer exactly as the TextDecoder did, byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/io/read-text.js';

function reference(bytes: Uint8Array): string {
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return 'BUKAN_UTF8';
  }
}

function actual(bytes: Uint8Array): string {
  try {
    return decodeText(Buffer.from(bytes), 'x.json');
  } catch (err) {
    return (err as { kode: string }).kode;
  }
}

const noNul = (bytes: Uint8Array) => !bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff);

describe('decodeText (UTF-8) matches a fatal TextDecoder', () => {
  it('on random bytes and on valid text', () => {
    const bom = fc.constantFrom(new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]));
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => new TextEncoder().encode(s)),
    );
    fc.assert(
      fc.property(bom, body, (prefix, rest) => {
        const bytes = new Uint8Array([...prefix, ...rest]);
        if (!noNul(bytes)) return;
        expect(actual(bytes)).toBe(reference(bytes));
      }),
      { numRuns: 2000 },
    );
  });
});
