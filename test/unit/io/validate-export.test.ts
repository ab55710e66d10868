import { afterEach, describe, expect, it } from 'vitest';
import { makeSchool } from '../../fixtures-gen/index.mjs';
import { InputError } from '../../../src/core/errors.js';
import { validateExport } from '../../../src/io/validate-export.js';
import { setLang } from '../../../src/i18n/index.js';

type Raw = ReturnType<typeof makeSchool>;

function failure(mutate: (raw: Record<string, unknown> & Raw) => void): InputError {
  const raw = structuredClone(makeSchool({ seed: 3, level: 'SD' })) as Record<string, unknown> & Raw;
  mutate(raw);
  try {
    validateExport(raw, 'data/x.json');
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected validation to fail');
}

const student = (raw: Raw) => raw.responden.findIndex((r) => r.jenis === 'peserta_didik');
const teacher = (raw: Raw) => raw.responden.findIndex((r) => r.jenis === 'pendidik');

afterEach(() => setLang('id'));

describe('schema violations name the file and the field', () => {
  it.each<[string, (raw: Record<string, unknown> & Raw) => void, RegExp]>([
    ['bad UUID', (r) => (r.sekolah.sekolah_id = '1ed54ac4-30d0-45dc-99c1'), /^data\/x\.json: sekolah\.sekolah_id: sekolah_id harus UUID/],
    ['NPSN of 7 digits', (r) => (r.sekolah.npsn = '2021234'), /sekolah\.npsn: NPSN harus tepat 8.*"2021234"/],
    ['level MI', (r) => (r.sekolah.bentuk_pendidikan = 'MI'), /sekolah\.bentuk_pendidikan: .*"MI"/],
    ['unknown jenis', (r) => (r.responden[0]!.jenis = 'guru'), /responden\[0\] \([^)]+\)\.jenis: jenis responden tidak dikenal.*"guru"/],
    ['unknown peran', (r) => (r.responden[teacher(r)]!.peran = 'guru_bk'), /responden\[\d+\] \([^)]+\)\.peran: peran tidak dikenal.*guru_kelas/],
    ['grade 0', (r) => (r.responden[student(r)]!.tingkat = 0), /\.tingkat: tingkat harus bilangan bulat 1–13 \(ditemukan 0\)/],
    ['grade "5"', (r) => (r.responden[student(r)]!.tingkat = '5'), /\.tingkat: tingkat harus bilangan bulat 1–13 \(ditemukan "5"\)/],
    ['unknown zone', (r) => (r.sekolah.zona_waktu = 'Asia/Bandung'), /sekolah\.zona_waktu: zona waktu IANA tidak dikenal/],
    ['missing instrument', (r) => delete (r.instrumen as Partial<Raw['instrumen']>).pengawas, /instrumen\.pengawas: wajib diisi/],
    [
      'duplicate question id',
      (r) => r.instrumen.pendidik.pertanyaan.push({ ...r.instrumen.pendidik.pertanyaan[0]! }),
      /instrumen\.pendidik\.pertanyaan\[\d+\]\.id: ID pertanyaan ".+" dipakai lebih dari sekali/,
    ],
    ['grade on a principal', (r) => ((r.responden[0] as unknown as Record<string, unknown>).tingkat = 4), /responden\[0\].*tingkat/],
    [
      'class teacher without grade',
      (r) => {
        const i = r.responden.findIndex((x) => x.peran === 'guru_kelas');
        delete r.responden[i]!.tingkat;
      },
      /\.tingkat: tingkat \(kelas\) wajib untuk guru_kelas/,
    ],
    ['answer that is a number', (r) => ((r.responden[0]!.jawaban as Record<string, unknown>)['KS-001'] = 3), /responden\[0\].*\.jawaban\.KS-001/],
  ])('%s', (_name, mutate, expected) => {
    const err = failure(mutate);
    expect(err.exitCode).toBe(3);
    expect(err.kode).toBe('SKEMA_TIDAK_SAH');
    expect(err.message).toMatch(expected);
    expect(err.message).not.toContain('\n');
  });

  it('format missing, wrong, and not an object each have their own code', () => {
    expect(failure((r) => delete (r as Partial<Raw>).format).kode).toBe('FORMAT_TIDAK_ADA');
    expect(failure((r) => (r.format = 'pmp-offline/sekolah@9')).kode).toBe('FORMAT_SALAH');
    expect(() => validateExport([1, 2], 'a.json')).toThrow(expect.objectContaining({ kode: 'BUKAN_OBJEK' }));
  });

  it('speaks English with --lang en', () => {
    setLang('en');
    expect(failure((r) => (r.sekolah.npsn = '2021234')).message).toMatch(/sekolah\.npsn: NPSN must be exactly 8/);
  });

  it('normalises sekolah_id to lower case and defaults the zone', () => {
    const raw = structuredClone(makeSchool({ seed: 3, level: 'SD' }));
    raw.sekolah.sekolah_id = raw.sekolah.sekolah_id.toUpperCase();
    delete raw.sekolah.zona_waktu;
    const data = validateExport(raw, 'x.json');
    expect(data.sekolah.sekolah_id).toBe(raw.sekolah.sekolah_id.toLowerCase());
    expect(data.sekolah.zona_waktu).toBe('Asia/Jakarta');
  });
});
