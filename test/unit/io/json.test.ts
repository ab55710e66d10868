import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { duplicateKeyPath, jsonErrorOffset, lineColumnAt, parseJsonText } from '../../../src/io/json.js';
import { decodeText } from '../../../src/io/read-text.js';

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('JSON errors name the line and column', () => {
  it('finds a trailing comma', () => {
    const text = '{\n  "a": 1,\n}\n';
    const offset = jsonErrorOffset(text);
    expect(lineColumnAt(text, offset)).toEqual({ line: 3, column: 1 });
    const err = errorOf(() => parseJsonText(text, 'x.json'));
    expect(err.kode).toBe('JSON_TIDAK_SAH');
    expect(err.message).toContain('x.json:3:1');
  });

  it('reports a truncated file as truncated, at its end', () => {
    const text = '{\n  "a": [1, 2';
    const err = errorOf(() => parseJsonText(text, 'cut.json'));
    expect(err.message).toMatch(/terpotong/);
    expect(err.message).toContain('cut.json:2:13');
  });

  it.each(['{"a":1}', '[1,2,{"b":[true,false,null]}]', '"x"', '  -1.5e3  ', '{"s":"\\u00e9\\n"}'])('accepts valid JSON %j', (text) => {
    expect(jsonErrorOffset(text)).toBe(-1);
  });

  it.each(['{"a" 1}', '[1,,2]', '{"a":tru}', '{"a":1} x', "{'a':1}", '[01]', '{"a":"\t"}'])('finds the error in %j', (text) => {
    expect(jsonErrorOffset(text)).toBeGreaterThanOrEqual(0);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('refuses deep nesting before parsing', () => {
    const err = errorOf(() => parseJsonText('['.repeat(10_000) + ']'.repeat(10_000), 'bomb.json'));
    expect(err.kode).toBe('JSON_TERLALU_DALAM');
  });
});

describe('text decoding', () => {
  const text = '{"nama":"SD NEGERI 1 CONTOH é"}';
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.from(text, 'utf8'), 'f')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'f')).toBe(text);
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    expect(decodeText(le, 'f')).toBe(text);
    expect(decodeText(be, 'f')).toBe(text);
  });
  it('calls NUL bytes binary and bad UTF-8 not UTF-8', () => {
    expect(errorOf(() => decodeText(Buffer.from([0x7b, 0x00, 0x7d]), 'b')).kode).toBe('BERKAS_BINER');
    expect(errorOf(() => decodeText(Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), 'b')).kode).toBe('BUKAN_UTF8');
  });
});

describe('a key given twice is found with its path', () => {
  const many = (count: number) => Array.from({ length: count }, (_, i) => `"Q-${i}": "${i}"`);

  it('finds none where every object has its own keys, equal keys in other objects included', () => {
    expect(duplicateKeyPath('{"a": {"id": 1}, "b": {"id": 2}, "c": [{"id": 3}, {"id": 4}]}')).toBeUndefined();
    expect(duplicateKeyPath(`{"jawaban": {${many(200).join(', ')}}}`)).toBeUndefined();
  });

  it('names the key and where it is, in objects and arrays', () => {
    expect(duplicateKeyPath('{"aplikasi": {"versi": "2.1"}, "aplikasi": {"versi": "2.2"}}')).toBe('aplikasi');
    expect(duplicateKeyPath('{"responden": [{"id": "r-1"}, {"id": "r-2", "nama": "A", "id": "r-3"}]}')).toBe('responden[1].id');
  });

  it('finds a repeated key first or last, in objects of few keys and of many', () => {
    for (const count of [3, 11, 12, 13, 40]) {
      const keys = many(count);
      expect(duplicateKeyPath(`{"j": {${[...keys, '"Q-0": "x"'].join(', ')}}}`)).toBe('j.Q-0');
      expect(duplicateKeyPath(`{"j": {${[...keys, `"Q-${count - 1}": "x"`].join(', ')}}}`)).toBe(`j.Q-${count - 1}`);
    }
  });

  it('reads keys as JSON does: escapes, and quotes or braces inside strings', () => {
    expect(duplicateKeyPath('{"ab": 1, "a\\u0062": 2}')).toBe('ab');
    expect(duplicateKeyPath('{"a\\"": "{\\"a\\": 1}", "b": "}", "a": 2}')).toBeUndefined();
    expect(duplicateKeyPath('{"x": "\\\\", "x": 1}')).toBe('x');
  });
});
