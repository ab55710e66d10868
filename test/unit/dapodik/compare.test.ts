// check --roster: an export's respondents held against the school's roster (pure).
import { describe, expect, it } from 'vitest';
import { compareWithRoster, type RosterIndex } from '../../../src/dapodik/compare.js';
import type { SchoolIdentity } from '../../../src/school/check.js';

const SCHOOL: SchoolIdentity = { sekolah_id: '1ED54AC4-30D0-45DC-99C1-F95CEF07F606', npsn: '20100001', nama: 'SD Contoh', bentuk_pendidikan: 'SD' };
const INDEX: RosterIndex = {
  sekolah_id: '1ed54ac4-30d0-45dc-99c1-f95cef07f606',
  bentuk: 'SD',
  npsn: '20100001',
  alamat: 'http://localhost:5774',
  staff: new Set(['gtk-1', 'gtk-2']),
  students: new Map<string, number | null>([
    ['pd-1', 5],
    ['pd-2', null],
  ]),
};

describe('compareWithRoster', () => {
  it('everyone found, ids compared without case: no warning', () => {
    const found = compareWithRoster(
      SCHOOL,
      [
        { id: 'GTK-1', jenis: 'kepala_sekolah' },
        { id: 'gtk-2', jenis: 'pendidik' },
        { id: 'PD-1', jenis: 'peserta_didik', tingkat: 5 },
        { id: 'pd-2', jenis: 'peserta_didik', tingkat: 4 },
      ],
      INDEX,
    );
    expect(found).toEqual([]);
  });

  it('a teacher or student Dapodik does not know, and a grade that differs, are warnings with the name', () => {
    const found = compareWithRoster(
      SCHOOL,
      [
        { id: 'gtk-9', jenis: 'pendidik', nama: 'Bu Sari' },
        { id: 'pd-9', jenis: 'peserta_didik', tingkat: 5 },
        { id: 'pd-1', jenis: 'peserta_didik', nama: 'Adi', tingkat: 6 },
      ],
      INDEX,
    );
    expect(found).toEqual([
      { kode: 'TIDAK_ADA_DI_DAPODIK', jenis: 'pendidik', responden: { id: 'gtk-9', nama: 'Bu Sari' }, detail: { sumber: INDEX.alamat } },
      { kode: 'TIDAK_ADA_DI_DAPODIK', jenis: 'peserta_didik', responden: { id: 'pd-9' }, detail: { sumber: INDEX.alamat } },
      { kode: 'TINGKAT_BEDA_DAPODIK', jenis: 'peserta_didik', responden: { id: 'pd-1', nama: 'Adi' }, detail: { tingkat: 6, dapodik: 5 } },
    ]);
  });

  it('the committee and the supervisor are not in Dapodik and are not compared', () => {
    expect(
      compareWithRoster(
        SCHOOL,
        [
          { id: 'komite-1', jenis: 'komite_sekolah' },
          { id: 'pengawas-1', jenis: 'pengawas' },
        ],
        INDEX,
      ),
    ).toEqual([]);
  });

  it("another school's roster: one warning, nobody compared", () => {
    const other = { ...SCHOOL, sekolah_id: '00000000-0000-4000-8000-000000000000', npsn: '20100002' };
    expect(compareWithRoster(other, [{ id: 'gtk-9', jenis: 'pendidik' }], INDEX)).toEqual([
      { kode: 'DAPODIK_SEKOLAH_LAIN', jenis: null, detail: { sumber: INDEX.alamat, npsn: '20100001' } },
    ]);
  });
});
