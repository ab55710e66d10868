// The readiness rules said in a progress sheet's terms (pure).
import { describe, expect, it } from 'vitest';
import type { Problem, SchoolAssessment } from '../../../../src/domain/readiness.js';
import { adjustAssessment } from '../../../../src/school/progress/assess.js';

const assessment = (masalah: Problem[]): SchoolAssessment =>
  ({
    siap: masalah.length === 0,
    versi: { ditemukan: '', diwajibkan: '2.2' },
    jenis: [
      { jenis: 'pendidik', ok: false },
      { jenis: 'peserta_didik', ok: false },
    ],
    masalah,
    peringatan: [],
  }) as unknown as SchoolAssessment;
const facts = { tanpaVersi: false, tanpaPeran: [], tanpaKelas: [], keterangan: {} };

describe('adjustAssessment', () => {
  it('an incomplete respondent "has not finished according to the sheet", with what the sheet says', () => {
    const a = adjustAssessment(assessment([{ kode: 'RESPONDEN_BELUM_LENGKAP', jenis: 'pendidik', responden: { id: 'g1' }, detail: {} } as Problem]), {
      ...facts,
      keterangan: { g1: '80 %' },
    });
    expect(a.masalah).toEqual([{ kode: 'RESPONDEN_BELUM_SELESAI', jenis: 'pendidik', responden: { id: 'g1' }, detail: { keterangan: '80 %' } }]);
    expect(a.siap).toBe(false);
  });

  it('no version on the sheet or the command line: unknown, not unrecognised', () => {
    const a = adjustAssessment(assessment([{ kode: 'VERSI_TIDAK_DIKENALI', jenis: null, detail: {} } as Problem]), { ...facts, tanpaVersi: true });
    expect(a.masalah.map((p) => [p.kode, p.detail])).toEqual([['VERSI_TIDAK_DIKETAHUI', { diwajibkan: '2.2' }]]);
  });

  it('a rule the sheet cannot show becomes a warning to verify by hand; the type is then ready', () => {
    const short = { kode: 'RESPONDEN_KURANG', jenis: 'pendidik', peran: 'guru_kelas', detail: { ada: 0, dibutuhkan: 2 } } as Problem;
    const a = adjustAssessment(assessment([short]), { ...facts, tanpaPeran: ['pendidik'] });
    expect(a.masalah).toEqual([]);
    expect(a.siap).toBe(true);
    expect(a.peringatan.map((w) => [w.kode, w.jenis, w.peran])).toEqual([['ATURAN_PERLU_DICEK', 'pendidik', 'guru_kelas']]);
    expect(a.jenis.find((j) => j.jenis === 'pendidik')?.ok).toBe(true);
    // The sheet shows roles: the same shortfall stays a problem.
    expect(adjustAssessment(assessment([short]), facts).masalah).toEqual([short]);
  });
});
