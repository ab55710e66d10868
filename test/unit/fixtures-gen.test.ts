// The seeded fixture generator: deterministic, schema-valid, ready where it says so, and
// the committed fixtures/ are exactly what it writes (so they cannot drift).
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolExportSchema, type SchoolExport } from '../../src/domain/export-schema.js';
import {
  DISTRICT,
  JENIS,
  LEVELS,
  OWNED,
  generateDistrict,
  makeSchool,
  toJson,
  writeFixtures,
  type Level,
  type School,
  type SizesInput,
} from '../fixtures-gen/index.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = path.join(ROOT, 'fixtures');

// ---- an independent, minimal reading of the pmp-2017 ruleset, to check what fixtures claim
interface TypeRule {
  minimum: number;
  maksimum?: number;
  saran?: number;
  tingkat?: number[];
  per_peran?: { peran: string; minimum: number; per_tingkat?: number[] }[];
  per_tingkat?: { tingkat: number[]; minimum: number };
}
interface Ruleset {
  versi_aplikasi: string;
  jenjang: Record<Level, { tingkat: number[]; jenis: Record<string, TypeRule> }>;
}
const RULES = JSON.parse(readFileSync(path.join(ROOT, 'src/domain/rules/pmp-2017.json'), 'utf8')) as Ruleset;

function compareVersion(found: string, required: string): number | null {
  if (!/^\d+(\.\d+)*$/.test(found)) return null;
  const a = found.split('.').map(Number);
  const b = required.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Problem and warning labels such as "RESPONDEN_KURANG peserta_didik tingkat 5". */
function evaluate(school: SchoolExport): { problems: string[]; warnings: string[] } {
  const problems = new Set<string>();
  const warnings = new Set<string>();
  const level = RULES.jenjang[school.sekolah.bentuk_pendidikan];
  const cmp = compareVersion(school.aplikasi.versi, RULES.versi_aplikasi);
  if (cmp === null) problems.add('VERSI_TIDAK_DIKENALI');
  else if (cmp < 0) problems.add('VERSI_LAMA');
  else if (cmp > 0) warnings.add('VERSI_LEBIH_BARU');
  const ids = new Set<string>();
  const counted: SchoolExport['responden'] = [];
  for (const r of school.responden) {
    if (ids.has(r.id)) problems.add('ID_RESPONDEN_GANDA');
    ids.add(r.id);
    const questions = school.instrumen[r.jenis].pertanyaan;
    const known = new Set(questions.map((q) => q.id));
    if (Object.keys(r.jawaban).some((k) => !known.has(k))) warnings.add('JAWABAN_TIDAK_DIKENAL');
    const complete = questions.every((q) => {
      if (!q.wajib) return true;
      const v = r.jawaban[q.id]?.trim();
      return v !== undefined && v !== '' && (!q.pilihan || q.pilihan.includes(v));
    });
    if (!complete) problems.add(`RESPONDEN_BELUM_LENGKAP ${r.jenis}`);
    const tingkat = 'tingkat' in r ? r.tingkat : undefined;
    const allowed = r.jenis === 'peserta_didik' ? (level.jenis.peserta_didik?.tingkat ?? level.tingkat) : level.tingkat;
    const gradeOk = tingkat === undefined || allowed.includes(tingkat);
    if (!gradeOk) problems.add(`TINGKAT_TIDAK_SESUAI ${r.jenis}`);
    if (complete && gradeOk) counted.push(r);
  }
  for (const jenis of JENIS) {
    const rule = level.jenis[jenis] as TypeRule;
    const mine = counted.filter((r) => r.jenis === jenis);
    if (mine.length < rule.minimum) problems.add(`RESPONDEN_KURANG ${jenis} total`);
    if (rule.maksimum !== undefined && mine.length > rule.maksimum) problems.add('KEPALA_SEKOLAH_GANDA');
    if (rule.saran !== undefined && mine.length < rule.saran) warnings.add(`PENDIDIK_DI_BAWAH_SARAN`);
    for (const g of rule.per_tingkat?.tingkat ?? []) {
      if (mine.filter((r) => 'tingkat' in r && r.tingkat === g).length < (rule.per_tingkat?.minimum ?? 0)) {
        problems.add(`RESPONDEN_KURANG ${jenis} tingkat ${g}`);
      }
    }
    for (const p of rule.per_peran ?? []) {
      const withRole = mine.filter((r) => 'peran' in r && r.peran === p.peran);
      for (const g of p.per_tingkat ?? [undefined]) {
        const n = withRole.filter((r) => g === undefined || ('tingkat' in r && r.tingkat === g)).length;
        if (n < p.minimum) problems.add(`RESPONDEN_KURANG ${jenis} peran ${p.peran}${g === undefined ? '' : ` ${g}`}`);
      }
    }
  }
  return { problems: [...problems].sort(), warnings: [...warnings].sort() };
}

const parse = (value: unknown) => schoolExportSchema.parse(value);
const readJson = async (rel: string) => parse(JSON.parse(await readFile(path.join(FIXTURES, rel), 'utf8')));
const counts = (s: School, jenis: string) => s.responden.filter((r) => r.jenis === jenis).length;

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'pmp-fixtures-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('makeSchool', () => {
  it('is deterministic: the same seed gives the same bytes, another seed differs', () => {
    for (const level of LEVELS) {
      expect(toJson(makeSchool({ seed: 7, level }))).toBe(toJson(makeSchool({ seed: 7, level })));
      expect(toJson(makeSchool({ seed: 7, level }))).not.toBe(toJson(makeSchool({ seed: 8, level })));
    }
  });

  it.each(LEVELS)('makes a schema-valid, READY %s', (level) => {
    for (const seed of [1, 2, 3, 'x']) {
      const raw = makeSchool({ seed, level });
      const school = parse(raw);
      expect(evaluate(school)).toEqual({ problems: [], warnings: [] });
      expect(school.aplikasi.versi).toBe('2.2');
      expect(school.sekolah.bentuk_pendidikan).toBe(level);
      expect(school.sekolah.nama.startsWith(`${level} `)).toBe(true);
      expect(raw.sekolah.sekolah_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(school.sekolah.npsn).toMatch(/^\d{8}$/);
      expect(school.diekspor).toMatch(/^2017-10-\d\dT\d\d:\d\d:\d\d\+07:00$/);
      for (const jenis of JENIS) {
        const qs = school.instrumen[jenis].pertanyaan;
        expect(qs.some((q) => q.pilihan) && qs.some((q) => !q.pilihan)).toBe(true);
      }
      if (level === 'SD') for (const r of school.responden) if (r.jenis === 'peserta_didik') expect([4, 5, 6]).toContain(r.tingkat);
    }
  });

  it('honours sizes: default small, benchmark-sized ranges, exact counts', () => {
    const big: SizesInput = { teachers: [10, 20], students: [15, 45], committee: [3, 5], questions: [60, 150] };
    for (const level of LEVELS) {
      const small = makeSchool({ seed: 'sizes', level });
      expect(counts(small, 'pendidik')).toBeGreaterThanOrEqual(10);
      expect(counts(small, 'pendidik')).toBeLessThanOrEqual(12);
      expect(counts(small, 'peserta_didik')).toBeLessThanOrEqual(18);
      expect(counts(small, 'komite_sekolah')).toBe(3);
      for (let seed = 0; seed < 4; seed += 1) {
        const s = makeSchool({ seed, level, sizes: big });
        expect(evaluate(parse(s)).problems).toEqual([]);
        expect(counts(s, 'pendidik')).toBeGreaterThanOrEqual(10);
        expect(counts(s, 'pendidik')).toBeLessThanOrEqual(20);
        expect(counts(s, 'peserta_didik')).toBeGreaterThanOrEqual(15);
        expect(counts(s, 'peserta_didik')).toBeLessThanOrEqual(45);
        expect(counts(s, 'komite_sekolah')).toBeGreaterThanOrEqual(3);
        expect(counts(s, 'komite_sekolah')).toBeLessThanOrEqual(5);
        for (const jenis of JENIS) {
          expect(s.instrumen[jenis].pertanyaan.length).toBeGreaterThanOrEqual(60);
          expect(s.instrumen[jenis].pertanyaan.length).toBeLessThanOrEqual(150);
        }
      }
      const exact = makeSchool({ seed: 1, level, sizes: { teachers: 13, students: 21, committee: 4, questions: 7, pengawas: 2 } });
      expect([counts(exact, 'pendidik'), counts(exact, 'peserta_didik'), counts(exact, 'komite_sekolah'), counts(exact, 'pengawas')]).toEqual([13, 21, 4, 2]);
      expect(exact.instrumen.pengawas.pertanyaan).toHaveLength(7);
    }
  });

  it('refuses sizes that cannot make a ready school', () => {
    expect(() => makeSchool({ seed: 1, level: 'SD', sizes: { students: 14 } })).toThrow(RangeError);
    expect(() => makeSchool({ seed: 1, level: 'SMP', sizes: { teachers: [12, 10] } })).toThrow(RangeError);
  });
});

describe('generateDistrict', () => {
  it('writes the same files for the same seed, mixed levels, about 15% not ready', async () => {
    const [a, b] = [path.join(tmp, 'a'), path.join(tmp, 'b')];
    const paths = await generateDistrict({ seed: 'd', schools: 40, outDir: a });
    await generateDistrict({ seed: 'd', schools: 40, outDir: b });
    expect(paths).toHaveLength(40);
    expect(path.basename(paths[0] ?? '')).toMatch(/^0001-(sd|smp|sma|smk|slb)-[a-z0-9-]+\.json$/);
    const levels = new Set<string>();
    let notReady = 0;
    for (const p of paths) {
      const text = await readFile(p, 'utf8');
      expect(await readFile(path.join(b, path.basename(p)), 'utf8')).toBe(text);
      const school = parse(JSON.parse(text));
      levels.add(school.sekolah.bentuk_pendidikan);
      const { problems } = evaluate(school);
      if (problems.length > 0) notReady += 1;
      expect(problems.length).toBeLessThanOrEqual(1);
    }
    expect(levels.size).toBeGreaterThanOrEqual(4);
    expect(notReady).toBe(6);
  });
});

describe('committed fixtures', () => {
  let written: string[];
  beforeAll(async () => {
    written = await writeFixtures(path.join(tmp, 'fixtures'));
  });

  it('are exactly what `npm run fixtures` writes, byte for byte', async () => {
    const committed = (await listFiles(FIXTURES)).filter((f) => OWNED.includes(f.split('/')[0] ?? ''));
    expect(committed).toEqual(written);
    for (const rel of written) {
      const [mine, theirs] = await Promise.all([readFile(path.join(tmp, 'fixtures', rel)), readFile(path.join(FIXTURES, rel))]);
      expect(mine.equals(theirs), rel).toBe(true);
    }
  });

  it('demo SD is the ready school of the operators guide', async () => {
    const s = await readJson('demo/sdn-1-contoh.json');
    expect(s.sekolah).toEqual({
      sekolah_id: '1ed54ac4-30d0-45dc-99c1-f95cef07f606',
      npsn: '20212345',
      nama: 'SD NEGERI 1 CONTOH',
      bentuk_pendidikan: 'SD',
      kabupaten_kota: 'Kab. Bandung',
      provinsi: 'Prov. Jawa Barat',
      zona_waktu: 'Asia/Jakarta',
    });
    expect(s.diekspor).toBe('2017-10-18T13:10:00+07:00');
    expect(evaluate(s)).toEqual({ problems: [], warnings: [] });
  });

  const cases: [string, string[], string[]][] = [
    ['demo/smp-2-contoh-belum-siap.json', ['RESPONDEN_BELUM_LENGKAP pendidik', 'RESPONDEN_KURANG peserta_didik tingkat 8', 'VERSI_LAMA'], []],
    ...['sd', 'smp', 'sma', 'smk', 'slb'].map((l): [string, string[], string[]] => [`sekolah/${l}-lengkap.json`, [], []]),
    ['belum-siap/versi-lama.json', ['VERSI_LAMA'], []],
    ['belum-siap/versi-tidak-dikenali.json', ['VERSI_TIDAK_DIKENALI'], []],
    ['belum-siap/responden-kurang-total.json', ['RESPONDEN_KURANG peserta_didik total'], []],
    ['belum-siap/responden-kurang-tingkat.json', ['RESPONDEN_KURANG peserta_didik tingkat 5'], []],
    ['belum-siap/responden-kurang-peran.json', ['RESPONDEN_KURANG pendidik peran guru_pjok'], []],
    ['belum-siap/responden-kurang-komite.json', ['RESPONDEN_KURANG komite_sekolah peran orang_tua'], []],
    ['belum-siap/responden-kurang-pengawas.json', ['RESPONDEN_KURANG pengawas total'], []],
    ['belum-siap/belum-lengkap.json', ['RESPONDEN_BELUM_LENGKAP peserta_didik'], []],
    ['belum-siap/tingkat-tidak-sesuai.json', ['TINGKAT_TIDAK_SESUAI peserta_didik'], []],
    ['belum-siap/kepala-sekolah-ganda.json', ['KEPALA_SEKOLAH_GANDA'], []],
    ['belum-siap/id-responden-ganda.json', ['ID_RESPONDEN_GANDA'], []],
    ['peringatan/versi-lebih-baru.json', [], ['VERSI_LEBIH_BARU']],
    ['peringatan/pendidik-di-bawah-saran.json', [], ['PENDIDIK_DI_BAWAH_SARAN']],
    ['peringatan/jawaban-tidak-dikenal.json', [], ['JAWABAN_TIDAK_DIKENAL']],
  ];
  it.each(cases)('%s shows exactly its problems and warnings', async (rel, problems, warnings) => {
    expect(evaluate(await readJson(rel))).toEqual({ problems, warnings });
  });

  it('keep the details the other tests rely on', async () => {
    const smp = await readJson('demo/smp-2-contoh-belum-siap.json');
    expect(smp.responden.filter((r) => r.jenis === 'peserta_didik' && r.tingkat === 8)).toHaveLength(3);
    const smk = await readJson('sekolah/smk-lengkap.json');
    expect(smk.responden.filter((r) => r.jenis === 'peserta_didik' && r.tingkat === 13).length).toBeGreaterThan(0);
    const slb = await readJson('sekolah/slb-lengkap.json');
    expect(new Set(slb.responden.flatMap((r) => (r.jenis === 'peserta_didik' ? [r.tingkat] : [])))).toEqual(new Set([4, 5, 6, 7, 8, 9, 10, 11, 12]));
    const total = await readJson('belum-siap/responden-kurang-total.json');
    expect(total.responden.filter((r) => r.jenis === 'peserta_didik')).toHaveLength(14);
    const saran = await readJson('peringatan/pendidik-di-bawah-saran.json');
    expect(saran.responden.filter((r) => r.jenis === 'pendidik')).toHaveLength(8);
    const unknown = await readJson('peringatan/jawaban-tidak-dikenal.json');
    expect(unknown.responden.some((r) => 'XX-999' in r.jawaban)).toBe(true);
  });

  it('kabupaten-contoh holds 12 valid schools of mixed levels, 9 ready and 3 not', async () => {
    const files = (await readdir(path.join(FIXTURES, DISTRICT.dir))).sort();
    expect(files).toHaveLength(12);
    const results = await Promise.all(files.map((f) => readJson(`${DISTRICT.dir}/${f}`)));
    expect(results.filter((s) => evaluate(s).problems.length === 0)).toHaveLength(9);
    expect(new Set(results.map((s) => s.sekolah.bentuk_pendidikan)).size).toBeGreaterThanOrEqual(3);
  });

  it('tidak-sah files each fail to parse or fail the schema', async () => {
    const dir = path.join(FIXTURES, 'tidak-sah');
    const files = await readdir(dir);
    expect(files).toHaveLength(16);
    for (const f of files) {
      const text = await readFile(path.join(dir, f), 'utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        expect(['kosong.json', 'koma-berlebih.json', 'terpotong.json', 'biner.json']).toContain(f);
        continue;
      }
      expect(schoolExportSchema.safeParse(value).success, f).toBe(false);
    }
    expect((await stat(path.join(dir, 'kosong.json'))).size).toBe(0);
    expect((await readFile(path.join(dir, 'biner.json'))).includes(0)).toBe(true);
  });

  it('encoding variants decode to the demo SD', async () => {
    const plain = await readFile(path.join(FIXTURES, 'demo/sdn-1-contoh.json'), 'utf8');
    const bytes = (f: string) => readFile(path.join(FIXTURES, 'encoding', f));
    const utf8 = await bytes('utf8-bom-crlf.json');
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8.subarray(3).toString('utf8')).toBe(plain.replace(/\n/g, '\r\n'));
    const le = await bytes('utf16le-bom.json');
    expect([...le.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(le.subarray(2).toString('utf16le')).toBe(plain);
    const be = Buffer.from(await bytes('utf16be-bom.json'));
    expect([...be.subarray(0, 2)]).toEqual([0xfe, 0xff]);
    expect(be.swap16().subarray(2).toString('utf16le')).toBe(plain);
  });
});
