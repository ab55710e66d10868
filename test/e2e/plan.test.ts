// `pmp-offline plan`: a respondent plan from the Dapodik WebService (a fake one on
// 127.0.0.1) or from its saved answers, as an operator runs it.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRoster, type Roster, type RosterOptions } from '../fixtures-gen/index.mjs';
import { hashFiles, runCli, runCliProcess } from '../helpers/cli.js';
import { startFakeDapodik, type FakeDapodik, type Fault } from '../helpers/fake-dapodik.js';

const TOKEN = 'tok3n-Rahasia-9f8e7d6c5b4a';
const servers: FakeDapodik[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(roster: Roster, faults?: Partial<Record<keyof Roster, Fault>>): Promise<FakeDapodik> {
  const server = await startFakeDapodik({ roster, token: TOKEN, faults });
  servers.push(server);
  return server;
}

const npsnOf = (roster: Roster) => (roster.getSekolah.rows as { npsn: string }).npsn;
const env = { DAPODIK_TOKEN: TOKEN };

function saveRoster(roster: Roster): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pmp-roster-'));
  for (const [name, answer] of Object.entries(roster)) writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(answer));
  return dir;
}

interface JsonPlan {
  format: string;
  dapat_dipenuhi: boolean;
  sekolah: { npsn: string; bentuk_pendidikan: string };
  jenis: Array<{
    jenis: string;
    sumber: string;
    tersedia?: number;
    dipilih: Array<{ id: string; nama: string; alasan: string; peran?: string; tingkat?: number; rombel?: string; keterangan: string }>;
    isian: Array<{ peran?: string; usulan?: { nama: string; anak: { id: string } } }>;
    masalah: Array<{ kode: string; tingkat?: number; peran?: string; detail: Record<string, unknown>; pesan: string }>;
  }>;
}

async function planJson(args: string[], options: { env?: Record<string, string> } = {}): Promise<{ code: number | null; plan: JsonPlan; stderr: string }> {
  const result = await runCli(['plan', ...args, '--json'], options);
  return { code: result.code, plan: JSON.parse(result.stdout) as JsonPlan, stderr: result.stderr };
}

const typeOf = (plan: JsonPlan, jenis: string) => plan.jenis.find((j) => j.jenis === jenis) as JsonPlan['jenis'][number];

describe('plan from the Dapodik WebService', () => {
  it.each([['SD'], ['SMP'], ['SMA'], ['SMK'], ['SLB']] as const)('%s: one command gives a plan that meets every minimum', async (level) => {
    const roster = makeRoster({ seed: `level-${level}`, level });
    const server = await serve(roster);
    const { code, plan } = await planJson(['--dapodik', server.origin.replace('http://', ''), '--npsn', npsnOf(roster)], { env });
    expect(code).toBe(0);
    expect(plan.format).toBe('pmp-offline/rencana@1');
    expect(plan.dapat_dipenuhi).toBe(true);
    expect(plan.sekolah.bentuk_pendidikan).toBe(level);
    expect(typeOf(plan, 'kepala_sekolah').dipilih).toHaveLength(1);
    expect(typeOf(plan, 'pendidik').dipilih).toHaveLength(10);
    const students = typeOf(plan, 'peserta_didik').dipilih;
    expect(students).toHaveLength(15);
    const surveyed = { SD: [4, 5, 6], SMP: [7, 8, 9], SMA: [10, 11, 12], SMK: [10, 11, 12], SLB: [4, 7, 10] }[level];
    for (const grade of surveyed) {
      const inGrade = students.filter((s) => s.tingkat === grade);
      expect(inGrade.length).toBeGreaterThanOrEqual(level === 'SLB' ? 1 : 5);
      // Spread across the grade's two rombels.
      expect(new Set(inGrade.map((s) => s.rombel)).size).toBe(2);
    }
    // Every chosen person says why.
    for (const type of plan.jenis) for (const person of type.dipilih) expect(person.keterangan.length).toBeGreaterThan(3);
    // The four requests carried the token as a bearer and the NPSN.
    expect(server.requests.map((r) => r.endpoint).sort()).toEqual(['getGtk', 'getPesertaDidik', 'getRombonganBelajar', 'getSekolah']);
    for (const r of server.requests) {
      expect(r.authorization).toBe(`Bearer ${TOKEN}`);
      expect(r.npsn).toBe(npsnOf(roster));
    }
  });

  it('SD: a class teacher per grade 1–6, a religion and a PJOK teacher, named with their reason', async () => {
    const roster = makeRoster({ seed: 'sd-roles' });
    const { code, plan } = await planJson([saveRoster(roster)]);
    expect(code).toBe(0);
    const teachers = typeOf(plan, 'pendidik').dipilih;
    for (let grade = 1; grade <= 6; grade++)
      expect(teachers.some((t) => t.peran === 'guru_kelas' && t.tingkat === grade && t.alasan === 'wali_kelas')).toBe(true);
    const religion = teachers.find((t) => t.peran === 'guru_agama');
    expect(religion?.keterangan).toContain('Pendidikan Agama Islam');
    expect(teachers.find((t) => t.peran === 'guru_pjok')?.keterangan).toContain('Jasmani');
    // Committee and supervisor are places to fill by hand; parents suggested from chosen students.
    const committee = typeOf(plan, 'komite_sekolah');
    expect(committee.sumber).toBe('manual');
    expect(committee.isian.map((p) => p.peran)).toEqual(['pimpinan_komite', 'orang_tua', 'orang_tua']);
    const studentIds = new Set(typeOf(plan, 'peserta_didik').dipilih.map((s) => s.id));
    for (const place of committee.isian.filter((p) => p.peran === 'orang_tua')) expect(studentIds.has(place.usulan?.anak.id ?? '')).toBe(true);
    expect(typeOf(plan, 'pengawas').isian).toHaveLength(1);
  });

  it('is deterministic, and not the first names in alphabetical order', async () => {
    const roster = makeRoster({ seed: 'determinism', studentsPerRombel: 12 });
    const dir = saveRoster(roster);
    const first = await runCli(['plan', dir, '--json']);
    const second = await runCli(['plan', dir, '--json']);
    expect(second.stdout).toBe(first.stdout);
    const plan = JSON.parse(first.stdout) as JsonPlan;
    const rows = roster.getPesertaDidik.rows as Array<{ nama: string; tingkat_pendidikan_id: string }>;
    const chosen = typeOf(plan, 'peserta_didik')
      .dipilih.filter((s) => s.tingkat === 4)
      .map((s) => s.nama)
      .sort();
    const alphabetical = rows
      .filter((r) => r.tingkat_pendidikan_id === '4')
      .map((r) => r.nama)
      .sort()
      .slice(0, chosen.length);
    expect(chosen).not.toEqual(alphabetical);
  });

  it.each<[string, RosterOptions, string, Record<string, unknown>]>([
    ['a grade with too few students', { seed: 'few-6', studentsInGrade: { 6: 3 } }, 'DAPODIK_KURANG', { tingkat: 6, detail: { ada: 3, dibutuhkan: 5 } }],
    ['no principal', { seed: 'no-head', principals: 0 }, 'KEPALA_SEKOLAH_TIDAK_ADA', {}],
    ['two principals', { seed: 'two-heads', principals: 2 }, 'KEPALA_SEKOLAH_GANDA', { detail: expect.objectContaining({ ada: 2 }) }],
    ['a grade whose rombels have no wali kelas', { seed: 'no-wali', gradesWithoutWali: [3] }, 'DAPODIK_KURANG', { peran: 'guru_kelas', tingkat: 3 }],
    ['no religion or PJOK teacher', { seed: 'no-subject', noSubjectTeachers: true }, 'DAPODIK_KURANG', { peran: 'guru_agama' }],
    [
      'too few teachers (SMP)',
      { seed: 'few-teachers', level: 'SMP', rombelsPerGrade: 1, extraTeachers: 0 },
      'DAPODIK_KURANG',
      { detail: { ada: 5, dibutuhkan: 8 } },
    ],
    [
      'too few students in total (SLB)',
      { seed: 'slb-few', level: 'SLB', rombelsPerGrade: 1, studentsPerRombel: 3 },
      'DAPODIK_KURANG',
      { detail: { ada: 9, dibutuhkan: 15 } },
    ],
  ])('a roster that cannot meet a minimum: %s (exit 1, named with the numbers)', async (_name, options, kode, expected) => {
    const dir = saveRoster(makeRoster(options));
    const { code, plan } = await planJson([dir]);
    expect(code).toBe(1);
    expect(plan.dapat_dipenuhi).toBe(false);
    const problems = plan.jenis.flatMap((j) => j.masalah);
    expect(problems).toContainEqual(expect.objectContaining({ kode, ...expected }));
    const text = await runCli(['plan', dir]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('BELUM DAPAT DIPENUHI');
    const problem = problems.find((p) => p.kode === kode);
    expect(text.stdout).toContain(problem?.pesan);
  });

  it('a short grade is reported with its numbers in words', async () => {
    const { stdout } = await runCli(['plan', saveRoster(makeRoster({ seed: 'few-6', studentsInGrade: { 6: 3 } }))]);
    expect(stdout).toContain('Peserta didik kelas 6: Dapodik hanya mencatat 3, dibutuhkan 5.');
    const en = await runCli(['plan', saveRoster(makeRoster({ seed: 'few-6', studentsInGrade: { 6: 3 } })), '--lang', 'en']);
    expect(en.stdout).toContain('Students grade 6: Dapodik lists only 3, 5 needed.');
    expect(en.stdout).toContain('CANNOT BE MET from Dapodik yet');
  });

  it('a 10,000-student school: the plan stays small and flat', async () => {
    const roster = makeRoster({ seed: 'big', level: 'SMA', rombelsPerGrade: 40, studentsPerRombel: 84, extraTeachers: 60 });
    expect((roster.getPesertaDidik.rows as unknown[]).length).toBe(10_080);
    const server = await serve(roster);
    const { code, plan } = await planJson(['--dapodik', server.origin, '--npsn', npsnOf(roster)], { env });
    expect(code).toBe(0);
    expect(typeOf(plan, 'peserta_didik').tersedia).toBe(10_080);
    expect(typeOf(plan, 'peserta_didik').dipilih).toHaveLength(15);
    // Five per grade, from five different rombels of the forty.
    for (const grade of [10, 11, 12])
      expect(
        new Set(
          typeOf(plan, 'peserta_didik')
            .dipilih.filter((s) => s.tingkat === grade)
            .map((s) => s.rombel),
        ).size,
      ).toBe(5);
  });
});

describe('plan: a careful client', () => {
  const roster = makeRoster({ seed: 'client' });
  const args = (server: FakeDapodik, ...more: string[]) => ['plan', '--dapodik', server.origin, '--npsn', npsnOf(roster), ...more];

  it.each<[Fault, string, RegExp]>([
    ['token', 'DAPODIK_TOKEN_DITOLAK', /token ditolak Dapodik.*Pengaturan → WebService.*alamat IP PC ini/],
    ['status401', 'DAPODIK_TOKEN_DITOLAK', /token ditolak Dapodik/],
    ['npsn', 'DAPODIK_NPSN_KOSONG', /Parameter NPSN harap diisi/],
    ['notFound', 'DAPODIK_SEKOLAH_TIDAK_ADA', /Sekolah tidak ditemukan/],
    ['html', 'DAPODIK_BUKAN_DATA', /halaman web, bukan data/],
    ['truncated', 'JSON_TIDAK_SAH', /JSON terpotong/],
    ['partial', 'DAPODIK_JAWABAN_TERPOTONG', /menyebut \d+ baris tetapi mengirim \d+/],
    ['missingField', 'DAPODIK_JAWABAN_TIDAK_SAH', /rows\[2\]\.(ptk_id|peserta_didik_id|rombongan_belajar_id)/],
    ['reset', 'DAPODIK_PUTUS', /sambungan ke Dapodik terputus/],
    ['shortBody', 'DAPODIK_PUTUS', /sambungan ke Dapodik terputus/],
    ['http404', 'DAPODIK_BUKAN_WEBSERVICE', /404/],
  ])('%s: refused in one line naming the endpoint (exit 3), no plan', async (fault, kode, message) => {
    const endpoint = fault === 'missingField' ? 'getGtk' : 'getPesertaDidik';
    const server = await serve(roster, { [endpoint]: fault });
    const result = await runCli(args(server), { env });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    if (fault !== 'reset' && fault !== 'shortBody') expect(lines[0]).toContain(`/WebService/${endpoint}`);
    const json = await runCli([...args(server), '--json'], { env });
    expect(JSON.parse(json.stdout).galat.kode).toBe(kode);
    // No retry on a refused token; one retry on a reset.
    const asked = server.requests.filter((r) => r.endpoint === endpoint).length;
    expect(asked).toBe(fault === 'reset' || fault === 'shortBody' ? 4 : 2);
  });

  it('a connection reset once is retried and the plan is made', async () => {
    const server = await serve(roster, { getGtk: 'resetOnce' });
    const result = await runCli(args(server, '--json'), { env });
    expect(result.code).toBe(0);
    expect(server.requests.filter((r) => r.endpoint === 'getGtk')).toHaveLength(2);
  });

  it('a slow server: a timeout per request (--timeout), in words', async () => {
    const server = await serve(roster, { getPesertaDidik: 'slow' });
    const result = await runCli(args(server, '--timeout', '1'), { env });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/tidak menjawab dalam 1 detik/);
  });

  it('nothing listening, or something that is not HTTP: what to check, in one line', async () => {
    const closed = createTcpServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await runCli(['plan', '--dapodik', `127.0.0.1:${port}`, '--npsn', '20212345'], { env });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/Dapodik tidak menjawab di http:\/\/127\.0\.0\.1:\d+: apakah Dapodik sudah berjalan/);

    const sockets = new Set<import('node:net').Socket>();
    const garbage = createTcpServer((socket) => {
      sockets.add(socket);
      socket.end('SSH-2.0-OpenSSH_9.2\r\n');
    });
    await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
    try {
      const wrong = await runCli(['plan', '--dapodik', `127.0.0.1:${(garbage.address() as AddressInfo).port}`, '--npsn', '20212345', '--lang', 'en'], { env });
      expect(wrong.code).toBe(3);
      expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
      expect(wrong.stderr).toMatch(/answered, but not as the Dapodik WebService|connection to Dapodik broke/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => garbage.close(() => resolve()));
    }
  });

  it('the token: from DAPODIK_TOKEN or --token-file, never a flag, never an internet address', async () => {
    const server = await serve(roster);
    const none = await runCli(args(server), { env: {} });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('DAPODIK_TOKEN');
    const flag = await runCli([...args(server), `--token=${TOKEN}`], { env: {} });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('tidak boleh ditulis di baris perintah');
    expect(flag.stderr + flag.stdout).not.toContain(TOKEN);
    const dir = mkdtempSync(path.join(tmpdir(), 'pmp-token-'));
    writeFileSync(path.join(dir, 'token.txt'), `${TOKEN}\r\n`);
    const fromFile = await runCli([...args(server), '--token-file', path.join(dir, 'token.txt'), '--json'], { env: {} });
    expect(fromFile.code).toBe(0);
    writeFileSync(path.join(dir, 'bad.txt'), `${TOKEN} ${TOKEN}\n`);
    const bad = await runCli([...args(server), '--token-file', path.join(dir, 'bad.txt')], { env: {} });
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain(TOKEN);
    const before = server.requests.length;
    const internet = await runCli(['plan', '--dapodik', 'http://8.8.8.8:5774', '--npsn', npsnOf(roster)], { env });
    expect(internet.code).toBe(2);
    expect(internet.stderr).toContain('bukan alamat di PC ini atau jaringan sekolah');
    expect(server.requests.length).toBe(before);
  });

  it('the token is absent from every byte the tool writes: output, errors, saved answers, workbook', async () => {
    const server = await serve(roster);
    const out = mkdtempSync(path.join(tmpdir(), 'pmp-secret-'));
    const wrong = await serve(roster, { getGtk: 'token' });
    // Side by side: each run is its own process with its own outputs.
    const runs = await Promise.all([
      runCliProcess([...args(server), '--save', path.join(out, 'unduhan'), '--xlsx', path.join(out, 'r.xlsx')], { env }),
      runCliProcess([...args(server), '--json'], { env }),
      runCliProcess(['plan', '--dapodik', server.origin, '--npsn', '99999999'], { env }),
      runCliProcess(['plan', '--dapodik', wrong.origin, '--npsn', npsnOf(roster), '--json'], { env }),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 3, 3]);
    for (const r of runs) expect(r.stdout + r.stderr).not.toContain(TOKEN);
    const files = [path.join(out, 'r.xlsx'), ...readdirSync(path.join(out, 'unduhan')).map((f) => path.join(out, 'unduhan', f))];
    expect(files).toHaveLength(5);
    for (const file of files) expect(readFileSync(file).includes(Buffer.from(TOKEN))).toBe(false);
  });
});

describe('plan: saved answers and the workbook', () => {
  it('--save writes the four answers; plan from that folder gives the same plan without Dapodik', async () => {
    const roster = makeRoster({ seed: 'save' });
    const server = await serve(roster);
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'pmp-save-')), 'unduhan-dapodik');
    const online = await runCli(['plan', '--dapodik', server.origin, '--npsn', npsnOf(roster), '--save', dir, '--json'], { env });
    expect(online.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['getGtk.json', 'getPesertaDidik.json', 'getRombonganBelajar.json', 'getSekolah.json']);
    const offline = await runCli(['plan', dir, '--json']);
    const strip = (text: string) => ({ ...(JSON.parse(text) as Record<string, unknown>), sumber: null });
    expect(strip(offline.stdout)).toEqual(strip(online.stdout));
    // Saving again for the same school refreshes; another school's folder is left alone.
    expect((await runCli(['plan', '--dapodik', server.origin, '--npsn', npsnOf(roster), '--save', dir], { env })).code).toBe(0);
    const other = makeRoster({ seed: 'save-other' });
    const otherServer = await serve(other);
    const before = hashFiles(readdirSync(dir).map((f) => path.join(dir, f)));
    const refused = await runCli(['plan', '--dapodik', otherServer.origin, '--npsn', npsnOf(other), '--save', dir], { env });
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain(`NPSN ${npsnOf(roster)}`);
    expect(hashFiles(Object.keys(before))).toEqual(before);
    // --save is for answers fetched from Dapodik.
    expect((await runCli(['plan', dir, '--save', dir])).code).toBe(2);
  });

  it('a folder missing an answer, or not a folder: named, exit 3', async () => {
    const dir = saveRoster(makeRoster({ seed: 'missing' }));
    const { rmSync } = await import('node:fs');
    rmSync(path.join(dir, 'getRombonganBelajar.json'));
    const missing = await runCli(['plan', dir]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('getRombonganBelajar.json tidak ada');
    const nowhere = await runCli(['plan', path.join(dir, 'nope')]);
    expect(nowhere.code).toBe(3);
    expect((await runCli(['plan'])).code).toBe(2);
  });

  it('--xlsx: a sheet per type with tick boxes; names from the data stay text, never formulas', async () => {
    const roster = makeRoster({ seed: 'xlsx' });
    const gtk = roster.getGtk.rows as Array<{ nama: string; jenis_ptk_id_str: string }>;
    const head = gtk.find((g) => g.jenis_ptk_id_str === 'Kepala Sekolah');
    if (head) head.nama = '=HYPERLINK("http://example.invalid","klik")';
    const students = roster.getPesertaDidik.rows as Array<{ nama: string }>;
    for (const s of students) s.nama = `+${s.nama}`;
    const dir = saveRoster(roster);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pmp-plan-xlsx-')), 'responden.xlsx');
    const result = await runCli(['plan', dir, '--xlsx', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('responden.xlsx');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Kepala sekolah', 'Pendidik', 'Peserta didik', 'Komite sekolah', 'Pengawas']);
    const headSheet = workbook.getWorksheet('Kepala sekolah');
    expect(headSheet?.getRow(1).values).toContain('Didaftarkan di PMP');
    expect(headSheet?.getRow(2).getCell(2).value).toBe('=HYPERLINK("http://example.invalid","klik")');
    expect(workbook.getWorksheet('Peserta didik')?.rowCount).toBe(16);
    expect(workbook.getWorksheet('Komite sekolah')?.rowCount).toBe(4);
    const { default: yauzl } = await import('yauzl');
    const xml = await new Promise<string>((resolve, reject) => {
      let all = '';
      yauzl.open(file, { lazyEntries: true }, (err, zip) => {
        if (err) return reject(err);
        zip.on('entry', (entry: { fileName: string }) => {
          if (!entry.fileName.startsWith('xl/worksheets/')) return zip.readEntry();
          zip.openReadStream(entry as never, (e, stream) => {
            if (e) return reject(e);
            stream.on('data', (d: Buffer) => (all += d.toString('utf8')));
            stream.on('end', () => zip.readEntry());
          });
        });
        zip.on('end', () => resolve(all));
        zip.readEntry();
      });
    });
    expect(xml).not.toContain('<f>');
    // Not over a file that is not a workbook.
    const notBook = path.join(path.dirname(file), 'data.json');
    writeFileSync(notBook, '{}');
    const refused = await runCli(['plan', dir, '--xlsx', notBook]);
    expect(refused.code).toBe(4);
    expect(readFileSync(notBook, 'utf8')).toBe('{}');
    expect(refused.stdout).toBe('');
  });

  it('a level PMP does not survey is refused by name', async () => {
    const roster = makeRoster({ seed: 'paud' });
    (roster.getSekolah.rows as { bentuk_pendidikan_id_str: string }).bentuk_pendidikan_id_str = 'TK';
    const dir = saveRoster(roster);
    const result = await runCli(['plan', dir]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('"TK" tidak termasuk PMP');
  });

  it('another ruleset (--rules) changes the plan: ten students per grade', async () => {
    const rules = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../src/domain/rules/pmp-2017.json'), 'utf8'));
    rules.id = 'pmp-2018';
    rules.jenjang.SD.jenis.peserta_didik.per_tingkat.minimum = 10;
    const dir = mkdtempSync(path.join(tmpdir(), 'pmp-rules-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'rules.json'), JSON.stringify(rules));
    const { code, plan } = await planJson([saveRoster(makeRoster({ seed: 'rules' })), '--rules', path.join(dir, 'rules.json')]);
    expect(code).toBe(0);
    expect(typeOf(plan, 'peserta_didik').dipilih).toHaveLength(30);
  });
});
