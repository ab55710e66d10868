// What the terminal can show: Unicode or the ASCII fallback, decided on Windows by what
// Windows reports (the terminal, the console's code page), elsewhere by the locale.
import { describe, expect, it } from 'vitest';
import { createTerminal, parseCodePage, supportsUnicode } from '../../../src/output/terminal.js';

describe('supportsUnicode on Windows: the console code page decides', () => {
  it.each([
    [437, false],
    [850, false],
    [1252, false],
    [undefined, false],
    [65001, true],
  ])('code page %s → Unicode %s', (codePage, unicode) => {
    expect(supportsUnicode({}, 'win32', codePage)).toBe(unicode);
  });

  it('Windows Terminal (WT_SESSION) and VS Code draw Unicode on any code page', () => {
    expect(supportsUnicode({ WT_SESSION: '8b0e…' }, 'win32', 437)).toBe(true);
    expect(supportsUnicode({ TERM_PROGRAM: 'vscode' }, 'win32', 850)).toBe(true);
  });

  it('LANG does not decide on Windows (it is a Unix setting a Git Bash may leave behind)', () => {
    expect(supportsUnicode({ LANG: 'en_US.UTF-8' }, 'win32', 437)).toBe(false);
    expect(supportsUnicode({ LANG: 'C' }, 'win32', 65001)).toBe(true);
  });

  it('elsewhere the locale decides, and PMP_OFFLINE_ASCII=1 always asks for ASCII', () => {
    expect(supportsUnicode({ LANG: 'id_ID.UTF-8' }, 'linux')).toBe(true);
    expect(supportsUnicode({ LANG: 'id_ID.ISO-8859-1' }, 'linux')).toBe(false);
    expect(supportsUnicode({ TERM: 'linux' }, 'linux')).toBe(false);
    expect(supportsUnicode({ PMP_OFFLINE_ASCII: '1' }, 'win32', 65001)).toBe(false);
  });
});

describe('parseCodePage: what chcp prints, in any language', () => {
  it.each([
    ['Active code page: 437\r\n', 437],
    ['Halaman kode aktif: 850\r\n', 850],
    ['Aktive Codepage: 65001.\r\n', 65001],
    ['Active code page: 0\r\n', undefined],
    ['', undefined],
  ])('%j → %s', (text, codePage) => {
    expect(parseCodePage(text)).toBe(codePage);
  });
});

describe('the terminal folds typographic punctuation on an ASCII console', () => {
  function written(codePage: number): string {
    let text = '';
    const stdout = { write: (chunk: string) => ((text += chunk), true), isTTY: true } as unknown as NodeJS.WriteStream;
    createTerminal({ platform: 'win32', env: {}, codePage, stdout, stderr: stdout }).write('tunggu… → 18.00 — selesai\n');
    return text;
  }
  it('code page 437: ASCII; 65001: as written', () => {
    expect(written(437)).toBe('tunggu... -> 18.00 - selesai\n');
    expect(written(65001)).toBe('tunggu… → 18.00 — selesai\n');
  });
});
