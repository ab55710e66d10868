import { describe, expect, it } from 'vitest';
import { makeSchool } from '../../fixtures-gen/index.mjs';
import { schoolExportSchema, type SchoolExport } from '../../../src/domain/export-schema.js';
import { assessSchool, isAnswered } from '../../../src/domain/readiness.js';
import { defaultRuleset } from '../../../src/domain/builtin-ruleset.js';
import { rulesetSchema } from '../../../src/domain/ruleset.js';
import { SCHOOL_LEVELS } from '../../../src/domain/respondent-types.js';

type Raw = ReturnType<typeof makeSchool>;
type RawRespondent = Raw['responden'][number];

function school(level: (typeof SCHOOL_LEVELS)[number], mutate: (raw: Raw) => void = () => {}, seed = 7): SchoolExport {
  const raw = structuredClone(makeSchool({ seed, level }));
  mutate(raw);
  return schoolExportSchema.parse(raw);
}

const assess = (data: SchoolExport) => assessSchool(data, defaultRuleset());
const codes = (data: SchoolExport) => assess(data).masalah.map((p) => p.kode);
const where = (raw: Raw, pred: (r: RawRespondent) => boolean) => raw.responden.filter(pred);

describe('a complete school is ready', () => {
  it.each(SCHOOL_LEVELS)('%s generated complete is SIAP with all five types ok', (level) => {
    const result = assess(school(level));
    expect(result.masalah).toEqual([]);
    expect(result.siap).toBe(true);
    expect(result.jenis.map((j) => j.jenis)).toEqual(['kepala_sekolah', 'pendidik', 'peserta_didik', 'komite_sekolah', 'pengawas']);
    expect(result.jenis.every((j) => j.ok && j.lengkap === j.terdaftar)).toBe(true);
  });
});

describe('version', () => {
  it('older is a problem, newer a warning, garbage unrecognised', () => {
    expect(codes(school('SD', (r) => (r.aplikasi.versi = '2.1')))).toEqual(['VERSI_LAMA']);
    const newer = assess(school('SD', (r) => (r.aplikasi.versi = '2.10')));
    expect(newer.siap).toBe(true);
    expect(newer.peringatan.map((w) => w.kode)).toEqual(['VERSI_LEBIH_BARU']);
    expect(codes(school('SD', (r) => (r.aplikasi.versi = 'v2.2')))).toEqual(['VERSI_TIDAK_DIKENALI']);
    expect(assess(school('SD', (r) => (r.aplikasi.versi = '2.2.0'))).siap).toBe(true);
  });
});

describe('completeness of respondents', () => {
  it('an unfinished respondent is named with how many required answers are missing', () => {
    const data = school('SMP', (raw) => {
      const student = where(raw, (r) => r.jenis === 'peserta_didik')[0]!;
      const required = raw.instrumen.peserta_didik.pertanyaan.filter((q) => q.wajib !== false);
      student.jawaban[required[0]!.id] = null;
      student.jawaban[required[1]!.id] = '   ';
      raw.responden.push({ ...structuredClone(student), id: 'extra-1', jawaban: { ...student.jawaban } });
    });
    const problems = assess(data).masalah.filter((p) => p.kode === 'RESPONDEN_BELUM_LENGKAP');
    expect(problems).toHaveLength(2);
    expect(problems[0]?.detail.kurang).toBe(2);
    expect(problems[0]?.jenis).toBe('peserta_didik');
  });

  it('an answer outside pilihan does not count; trimmed answers inside do', () => {
    const q = { id: 'Q1', wajib: true, pilihan: ['1', '2'] };
    expect(isAnswered(q, ' 2 ')).toBe(true);
    expect(isAnswered(q, '5')).toBe(false);
    expect(isAnswered(q, null)).toBe(false);
    expect(isAnswered(q, undefined)).toBe(false);
    expect(isAnswered({ id: 'Q2', wajib: true }, 'bebas')).toBe(true);
    expect(isAnswered({ id: 'Q2', wajib: true }, '\t\n')).toBe(false);
  });

  it('optional questions may stay empty', () => {
    const data = school('SD', (raw) => {
      raw.instrumen.pengawas.pertanyaan.push({ id: 'PW-OPT', wajib: false });
      for (const r of where(raw, (x) => x.jenis === 'pengawas')) r.jawaban['PW-OPT'] = null;
    });
    expect(assess(data).siap).toBe(true);
  });

  it('wajib defaults to true', () => {
    const data = school('SD', (raw) => {
      raw.instrumen.pengawas.pertanyaan.push({ id: 'PW-NEW' });
    });
    expect(codes(data)).toContain('RESPONDEN_BELUM_LENGKAP');
  });

  it('answers to unknown questions are a warning, not a problem', () => {
    const result = assess(school('SD', (raw) => (raw.responden[0]!.jawaban['XX-999'] = '1')));
    expect(result.siap).toBe(true);
    expect(result.peringatan.map((w) => w.kode)).toEqual(['JAWABAN_TIDAK_DIKENAL']);
  });
});

describe('minimums', () => {
  it('SD needs a class teacher for every grade 1-6', () => {
    const data = school('SD', (raw) => {
      raw.responden = raw.responden.filter((r) => !(r.jenis === 'pendidik' && r.peran === 'guru_kelas' && r.tingkat === 3));
    });
    const short = assess(data).masalah.filter((p) => p.kode === 'RESPONDEN_KURANG');
    expect(short).toContainEqual(expect.objectContaining({ jenis: 'pendidik', peran: 'guru_kelas', tingkat: 3 }));
  });

  it('SD needs a religion and a PE teacher', () => {
    const data = school('SD', (raw) => {
      raw.responden = raw.responden.filter((r) => r.peran !== 'guru_pjok');
    });
    expect(assess(data).masalah).toContainEqual(expect.objectContaining({ kode: 'RESPONDEN_KURANG', peran: 'guru_pjok' }));
  });

  it('students: at least 5 per grade and 15 in total', () => {
    const data = school('SMA', (raw) => {
      const grade11 = where(raw, (r) => r.jenis === 'peserta_didik' && r.tingkat === 11);
      const drop = new Set(grade11.slice(0, grade11.length - 4).map((r) => r.id));
      raw.responden = raw.responden.filter((r) => !drop.has(r.id));
    });
    const short = assess(data).masalah.filter((p) => p.kode === 'RESPONDEN_KURANG');
    expect(short).toContainEqual(expect.objectContaining({ jenis: 'peserta_didik', tingkat: 11 }));
  });

  it('only complete respondents count toward a minimum', () => {
    const data = school('SD', (raw) => {
      const pengawas = where(raw, (r) => r.jenis === 'pengawas');
      for (const p of pengawas) p.jawaban = {};
    });
    const result = assess(data);
    expect(result.masalah.map((p) => p.kode)).toEqual(expect.arrayContaining(['RESPONDEN_BELUM_LENGKAP', 'RESPONDEN_KURANG']));
    expect(result.jenis.find((j) => j.jenis === 'pengawas')).toMatchObject({ lengkap: 0, ok: false });
  });

  it('committee needs a leader and two parents', () => {
    const data = school('SMP', (raw) => {
      const parents = where(raw, (r) => r.jenis === 'komite_sekolah' && r.peran === 'orang_tua');
      const drop = new Set(parents.slice(1).map((r) => r.id));
      raw.responden = raw.responden.filter((r) => !drop.has(r.id));
    });
    expect(assess(data).masalah).toContainEqual(expect.objectContaining({ kode: 'RESPONDEN_KURANG', jenis: 'komite_sekolah', peran: 'orang_tua' }));
  });

  it('exactly one principal', () => {
    const data = school('SMK', (raw) => {
      const head = where(raw, (r) => r.jenis === 'kepala_sekolah')[0]!;
      raw.responden.push({ ...structuredClone(head), id: 'ks-2' });
    });
    expect(codes(data)).toEqual(['KEPALA_SEKOLAH_GANDA']);
  });

  it('8 or 9 teachers meet the minimum with a warning', () => {
    const data = school('SMA', (raw) => {
      const teachers = where(raw, (r) => r.jenis === 'pendidik');
      const drop = new Set(teachers.slice(8).map((r) => r.id));
      raw.responden = raw.responden.filter((r) => !drop.has(r.id));
    });
    const result = assess(data);
    expect(result.siap).toBe(true);
    expect(result.peringatan).toContainEqual(expect.objectContaining({ kode: 'PENDIDIK_DI_BAWAH_SARAN', detail: { ada: 8, saran: 10 } }));
  });
});

describe('grades that do not fit the level', () => {
  it.each([
    ['SD', 3],
    ['SMP', 10],
    ['SLB', 2],
  ] as const)('a %s student in grade %i is a problem and does not count', (level, grade) => {
    const data = school(level, (raw) => {
      const student = where(raw, (r) => r.jenis === 'peserta_didik')[0]!;
      student.tingkat = grade;
    });
    const result = assess(data);
    expect(result.masalah).toContainEqual(expect.objectContaining({ kode: 'TINGKAT_TIDAK_SESUAI', tingkat: grade, jenis: 'peserta_didik' }));
    expect(result.siap).toBe(false);
  });

  it('SMK grade 13 is allowed but not required', () => {
    const data = school('SMK', (raw) => {
      where(raw, (r) => r.jenis === 'peserta_didik')[0]!.tingkat = 13;
    });
    expect(assess(data).masalah.filter((p) => p.kode === 'TINGKAT_TIDAK_SESUAI')).toEqual([]);
  });
});

describe('duplicate respondent ids', () => {
  it('is a problem naming the id', () => {
    const data = school('SD', (raw) => {
      raw.responden.push(structuredClone(raw.responden[raw.responden.length - 1]!));
    });
    const result = assess(data);
    expect(result.masalah).toContainEqual(expect.objectContaining({ kode: 'ID_RESPONDEN_GANDA', detail: expect.objectContaining({ jumlah: 2 }) }));
  });
});

describe('rulesets are data', () => {
  it('the built-in ruleset validates and asks for version 2.2', () => {
    expect(defaultRuleset().id).toBe('pmp-2017');
    expect(defaultRuleset().versi_aplikasi).toBe('2.2');
  });

  it('a later ruleset changes the verdict without code changes', () => {
    const later = rulesetSchema.parse({
      ...structuredClone(defaultRuleset()),
      id: 'pmp-2019',
      versi_aplikasi: '2.2',
    });
    later.jenjang.SD.jenis.pendidik.minimum = 15;
    const result = assessSchool(school('SD'), later);
    expect(result.aturan).toBe('pmp-2019');
    expect(result.masalah).toContainEqual(
      expect.objectContaining({ kode: 'RESPONDEN_KURANG', jenis: 'pendidik', detail: { ada: expect.any(Number), dibutuhkan: 15 } }),
    );
  });

  it('rejects a ruleset whose maximum is below its minimum', () => {
    const bad = structuredClone(defaultRuleset()) as unknown as { jenjang: { SD: { jenis: { kepala_sekolah: { maksimum: number; minimum: number } } } } };
    bad.jenjang.SD.jenis.kepala_sekolah.minimum = 2;
    expect(rulesetSchema.safeParse(bad).success).toBe(false);
  });
});
