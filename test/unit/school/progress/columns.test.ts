// Reading a progress sheet's cells as operators fill them in (pure).
import { describe, expect, it } from 'vitest';
import { fieldOf, gradeFrom, isHeader, mapHeader, shareFrom, tickFrom, typeFrom } from '../../../../src/school/progress/columns.js';

const cell = (value: string | number | boolean | null, percent?: true) => (percent ? { value, percent } : { value });

describe('progress sheet columns', () => {
  it('headers in either language, with notes and odd spacing; a header row names a person and a completion', () => {
    expect(fieldOf('Nama')).toBe('nama');
    expect(fieldOf('  NISN / Email ')).toBe('login');
    expect(fieldOf('Keterangan lain')).toBeUndefined();
    const map = mapHeader([cell('No'), cell('Nama'), cell('Jenis'), cell('Selesai mengisi')]);
    expect(isHeader(map)).toBe(true);
    expect(map.get('nama')).toBe(1);
    expect(isHeader(mapHeader([cell('Nama'), cell('Kelas')]))).toBe(false);
  });

  it('respondent types from the words operators use, in either language', () => {
    expect(typeFrom('Kepala Sekolah')).toBe('kepala_sekolah');
    expect(typeFrom('principal')).toBe('kepala_sekolah');
    expect(typeFrom('Peserta didik')).toBe('peserta_didik');
    expect(typeFrom('Students')).toBe('peserta_didik');
    expect(typeFrom('kantin')).toBeUndefined();
  });

  it('grades: a number, "Kelas 4", "4A"; none, or something that is no grade', () => {
    expect(gradeFrom(cell(4))).toBe(4);
    expect(gradeFrom(cell('Kelas 5'))).toBe(5);
    expect(gradeFrom(cell('4A'))).toBe(4);
    expect(gradeFrom(cell(''))).toBeUndefined();
    expect(gradeFrom(undefined)).toBeUndefined();
    expect(gradeFrom(cell('empat'))).toBeNull();
    expect(gradeFrom(cell(14))).toBeNull();
  });

  it('ticks and words: done, not done, or neither', () => {
    for (const done of ['✓', 'ya', 'Sudah', 'x', 'YES']) expect(tickFrom(cell(done)), done).toBe(true);
    for (const notDone of ['', 'belum', 'Tidak', '-']) expect(tickFrom(cell(notDone)), notDone).toBe(false);
    expect(tickFrom(cell(null))).toBe(false);
    expect(tickFrom(cell(true))).toBe(true);
    expect(tickFrom(cell('mungkin'))).toBeUndefined();
  });

  it('shares: 100 % is complete, less is not', () => {
    expect(shareFrom(cell('100%'))).toBe(true);
    expect(shareFrom(cell('85,5 %'))).toBe(false);
    expect(shareFrom(cell(1, true))).toBe(true);
    expect(shareFrom(cell(0.9, true))).toBe(false);
    expect(shareFrom(cell(100))).toBe(true);
    expect(shareFrom(cell('selesai'))).toBeUndefined();
  });
});
