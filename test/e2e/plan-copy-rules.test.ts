// plan follows the PMP application's own copy rules: it copies only students with an
// NISN (their login) and teachers with an email in Dapodik (theirs), so a plan never
// chooses someone the application will not copy, and says why a shortfall is there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRoster, type Roster, type RosterOptions } from '../fixtures-gen/index.mjs';
import { runCli } from '../helpers/cli.js';

interface Person {
  id: string;
  alasan: string;
  nisn?: string;
  email?: string;
}
interface TypeJson {
  jenis: string;
  tersedia?: number;
  per_tingkat?: Array<{ tingkat: number; terdaftar: number; tanpa_nisn: number }>;
  dipilih: Person[];
  masalah: Array<{ kode: string; tingkat?: number; detail: Record<string, number>; pesan: string }>;
  peringatan: Array<{ kode: string; pesan: string }>;
}

function saved(options: RosterOptions): { dir: string; roster: Roster } {
  const roster = makeRoster(options);
  const dir = mkdtempSync(path.join(tmpdir(), 'pmp-copyrules-'));
  for (const [name, answer] of Object.entries(roster)) writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(answer));
  return { dir, roster };
}

async function plan(dir: string, ...more: string[]): Promise<{ code: number | null; types: TypeJson[] }> {
  const r = await runCli(['plan', dir, '--json', ...more]);
  return { code: r.code, types: (JSON.parse(r.stdout) as { jenis: TypeJson[] }).jenis };
}

const typeOf = (types: TypeJson[], jenis: string) => types.find((t) => t.jenis === jenis) as TypeJson;

describe('students: only those with an NISN', () => {
  it('a student without an NISN (missing, empty, malformed) is never chosen; each grade says how many lack one', async () => {
    const { dir, roster } = saved({ seed: 'nisn-some', level: 'SD', withoutNisn: { 4: 3, 5: 1 } });
    const { code, types } = await plan(dir);
    expect(code).toBe(0);
    const students = typeOf(types, 'peserta_didik');
    const withNisn = new Set(
      (roster.getPesertaDidik.rows as Array<{ peserta_didik_id: string; nisn?: string }>)
        .filter((s) => /^\d{10}$/.test(s.nisn ?? ''))
        .map((s) => s.peserta_didik_id),
    );
    expect(students.dipilih.every((s) => withNisn.has(s.id) && /^\d{10}$/.test(s.nisn ?? ''))).toBe(true);
    expect(students.per_tingkat).toEqual([
      { tingkat: 4, terdaftar: 16, tanpa_nisn: 3 },
      { tingkat: 5, terdaftar: 16, tanpa_nisn: 1 },
      { tingkat: 6, terdaftar: 16, tanpa_nisn: 0 },
    ]);
    expect(students.tersedia).toBe(44);
    const text = await runCli(['plan', dir]);
    expect(text.stdout).toContain('kelas 4: 16 (3 tanpa NISN)');
    expect(text.stdout).toMatch(/\(NISN \d{10}\) — 4[AB], kelas 4/);
  });

  it('a shortfall the missing NISNs cause is a problem that names NISN and Dapodik', async () => {
    // Grade 5 holds 6 students, 3 without an NISN: 3 can be copied, 5 are needed.
    const { dir } = saved({ seed: 'nisn-short', level: 'SD', studentsInGrade: { 5: 6 }, withoutNisn: { 5: 3 } });
    const { code, types } = await plan(dir);
    expect(code).toBe(1);
    const problem = typeOf(types, 'peserta_didik').masalah.find((m) => m.tingkat === 5);
    expect(problem).toMatchObject({ kode: 'NISN_KURANG', detail: { ada: 3, dibutuhkan: 5, tanpa_nisn: 3 } });
    expect(problem?.pesan).toContain('NISN');
    expect(problem?.pesan).toContain('Dapodik');
    // Too few students at all is still the roster's shortfall, not NISN's.
    const few = saved({ seed: 'few', level: 'SD', studentsInGrade: { 5: 2 } });
    expect(typeOf((await plan(few.dir)).types, 'peserta_didik').masalah.find((m) => m.tingkat === 5)?.kode).toBe('DAPODIK_KURANG');
  });

  it("the workbook shows each student's NISN, their PMP login", async () => {
    const { dir } = saved({ seed: 'nisn-xlsx', level: 'SMP' });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pmp-copyrules-x-')), 'rencana.xlsx');
    expect((await runCli(['plan', dir, '--xlsx', file])).code).toBe(0);
    const sheets = execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet4.xml'], { encoding: 'utf8' });
    expect(sheets).toContain('NISN / email (login PMP)');
    expect(sheets).toMatch(/t="str"><v>\d{10}<\/v>/);
  });
});

describe('teachers: only those with an email, where the answer says', () => {
  it('the usual WebService answer has no email: the plan says once that the application copies only teachers with one', async () => {
    const { dir } = saved({ seed: 'email-unknown', level: 'SD' });
    const { types } = await plan(dir);
    const warnings = types.flatMap((t) => t.peringatan).filter((w) => w.kode === 'EMAIL_TIDAK_DIKETAHUI');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.pesan).toContain('email');
  });

  it('an answer that carries email: only teachers with one are chosen, shown with it; a shortfall it causes names email', async () => {
    const { dir } = saved({ seed: 'email-some', level: 'SMP', teachersWithoutEmail: 2 });
    const { code, types } = await plan(dir);
    expect(code).toBe(0);
    const teachers = typeOf(types, 'pendidik');
    expect(teachers.dipilih.every((g) => /@/.test(g.email ?? ''))).toBe(true);
    expect(types.flatMap((t) => t.peringatan).some((w) => w.kode === 'EMAIL_TIDAK_DIKETAHUI')).toBe(false);
    const short = saved({ seed: 'email-short', level: 'SMP', extraTeachers: 3, teachersWithoutEmail: 6 });
    const result = await plan(short.dir);
    expect(result.code).toBe(1);
    expect(typeOf(result.types, 'pendidik').masalah[0]).toMatchObject({ kode: 'EMAIL_KURANG' });
  });
});
