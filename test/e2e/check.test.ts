import { mkdtempSync, readdirSync, statSync, writeFileSync, openSync, closeSync, ftruncateSync, mkdirSync, copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, hashFiles, runCli } from '../helpers/cli.js';

const fx = (...parts: string[]) => path.join(FIXTURES, ...parts);
const rel = (...parts: string[]) => path.join('fixtures', ...parts);
const ANSI = new RegExp(String.fromCharCode(27) + '\\[');

function allFixtureFiles(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFixtureFiles(full) : [full];
  });
}

interface CheckJson {
  format: string;
  siap: boolean;
  ringkasan: { jumlah: number; siap: number; belum_siap: number; tidak_terbaca: number };
  hasil: Array<{
    berkas: string;
    siap: boolean;
    galat: { kode: string; pesan: string } | null;
    sekolah: { sekolah_id: string; npsn: string; nama: string; bentuk_pendidikan: string } | null;
    versi: { ditemukan: string; diwajibkan: string; ok: boolean } | null;
    aturan: string | null;
    jenis: Array<{ jenis: string; terdaftar: number; lengkap: number; minimum: number; ok: boolean }> | null;
    masalah: Array<{ kode: string; jenis: string | null; tingkat?: number; peran?: string; responden?: { id: string }; pesan: string }> | null;
    peringatan: Array<{ kode: string; jenis: string | null; pesan: string }> | null;
  }>;
}

async function checkJson(args: string[], env?: Record<string, string>) {
  const result = await runCli(['check', ...args, '--json'], { env });
  return { ...result, json: JSON.parse(result.stdout) as CheckJson };
}

let before: Record<string, string>;
beforeAll(() => {
  before = hashFiles(allFixtureFiles());
});
afterAll(() => {
  // Whatever the tests ran, no input file changed.
  expect(hashFiles(allFixtureFiles())).toEqual(before);
});

describe('check: one school', () => {
  it('a ready school: SIAP KIRIM, exit 0, every type listed', async () => {
    const r = await runCli(['check', rel('demo', 'sdn-1-contoh.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('SD NEGERI 1 CONTOH');
    expect(r.stdout).toContain('NPSN 20212345');
    for (const name of ['Kepala sekolah', 'Pendidik', 'Peserta didik', 'Komite sekolah', 'Pengawas']) expect(r.stdout).toContain(name);
    expect(r.stdout).toContain('SIAP KIRIM');
    expect(r.stdout).not.toContain('BELUM SIAP');
    expect(r.stdout).toContain('pmp-offline pack fixtures/demo/sdn-1-contoh.json');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('a not-ready school: BELUM SIAP, exit 1, problems and next steps', async () => {
    const r = await runCli(['check', rel('demo', 'smp-2-contoh-belum-siap.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('BELUM SIAP');
    expect(r.stdout).toMatch(/Aplikasi PMP versi 2\.1, yang diwajibkan 2\.2/);
    expect(r.stdout).toMatch(/Peserta didik kelas 8: 3 responden lengkap, minimal 5 \(kurang 2\)/);
    expect(r.stdout).toMatch(/Pendidik ".+" \(.+\) belum selesai mengisi: 2 dari \d+ jawaban wajib belum diisi/);
    expect(r.stdout).toMatch(/updater resmi PMP 2\.2/);
  });

  it('speaks English with --lang en and with PMP_OFFLINE_LANG=en', async () => {
    const flag = await runCli(['check', rel('demo', 'smp-2-contoh-belum-siap.json'), '--lang', 'en']);
    expect(flag.stdout).toContain('NOT READY');
    expect(flag.stdout).toMatch(/PMP application version 2\.1; 2\.2 is required/);
    const env = await runCli(['check', rel('demo', 'sdn-1-contoh.json')], { env: { PMP_OFFLINE_LANG: 'en' } });
    expect(env.stdout).toContain('READY TO SEND');
  });

  it.each(['sd', 'smp', 'sma', 'smk', 'slb'])('the complete %s school is ready', async (level) => {
    const { code, json } = await checkJson([rel('sekolah', `${level}-lengkap.json`)]);
    expect(code).toBe(0);
    expect(json.siap).toBe(true);
    expect(json.hasil[0]?.sekolah?.bentuk_pendidikan).toBe(level.toUpperCase());
  });

  it.each(['utf8-bom-crlf', 'utf16le-bom', 'utf16be-bom'])('reads %s', async (name) => {
    const { code, json } = await checkJson([rel('encoding', `${name}.json`)]);
    expect(code).toBe(0);
    expect(json.hasil[0]?.sekolah?.nama).toBe('SD NEGERI 1 CONTOH');
  });
});

describe('check: every problem code', () => {
  it.each([
    ['versi-lama', 'VERSI_LAMA', null],
    ['versi-tidak-dikenali', 'VERSI_TIDAK_DIKENALI', null],
    ['responden-kurang-total', 'RESPONDEN_KURANG', 'peserta_didik'],
    ['responden-kurang-tingkat', 'RESPONDEN_KURANG', 'peserta_didik'],
    ['responden-kurang-peran', 'RESPONDEN_KURANG', 'pendidik'],
    ['responden-kurang-komite', 'RESPONDEN_KURANG', 'komite_sekolah'],
    ['responden-kurang-pengawas', 'RESPONDEN_KURANG', 'pengawas'],
    ['belum-lengkap', 'RESPONDEN_BELUM_LENGKAP', 'peserta_didik'],
    ['tingkat-tidak-sesuai', 'TINGKAT_TIDAK_SESUAI', 'peserta_didik'],
    ['kepala-sekolah-ganda', 'KEPALA_SEKOLAH_GANDA', 'kepala_sekolah'],
    ['id-responden-ganda', 'ID_RESPONDEN_GANDA', null],
  ])('%s → %s', async (name, kode, jenis) => {
    const { code, json } = await checkJson([rel('belum-siap', `${name}.json`)]);
    expect(code).toBe(1);
    const item = json.hasil[0]!;
    expect(item.siap).toBe(false);
    expect(item.masalah?.map((p) => p.kode)).toContain(kode);
    const problem = item.masalah!.find((p) => p.kode === kode)!;
    if (jenis) expect(problem.jenis).toBe(jenis);
    expect(problem.pesan.length).toBeGreaterThan(10);
    if (jenis) expect(item.jenis?.find((j) => j.jenis === jenis)?.ok).toBe(false);
  });

  it('a per-grade shortfall names the grade, a per-role one the role', async () => {
    const grade = await checkJson([rel('belum-siap', 'responden-kurang-tingkat.json')]);
    expect(grade.json.hasil[0]!.masalah).toContainEqual(expect.objectContaining({ kode: 'RESPONDEN_KURANG', tingkat: 5 }));
    const role = await checkJson([rel('belum-siap', 'responden-kurang-peran.json')]);
    expect(role.json.hasil[0]!.masalah).toContainEqual(expect.objectContaining({ kode: 'RESPONDEN_KURANG', peran: 'guru_pjok' }));
  });

  it('an unfinished respondent is named by id with the count of missing answers', async () => {
    const { json } = await checkJson([rel('belum-siap', 'belum-lengkap.json')]);
    const problem = json.hasil[0]!.masalah!.find((p) => p.kode === 'RESPONDEN_BELUM_LENGKAP')!;
    expect(problem.responden?.id).toMatch(/\S/);
    expect(problem.pesan).toContain(problem.responden!.id);
    expect(problem.pesan).toMatch(/3 dari \d+ jawaban wajib/);
  });

  it.each([
    ['versi-lebih-baru', 'VERSI_LEBIH_BARU'],
    ['pendidik-di-bawah-saran', 'PENDIDIK_DI_BAWAH_SARAN'],
    ['jawaban-tidak-dikenal', 'JAWABAN_TIDAK_DIKENAL'],
  ])('warning %s keeps the school ready', async (name, kode) => {
    const { code, json } = await checkJson([rel('peringatan', `${name}.json`)]);
    expect(code).toBe(0);
    expect(json.hasil[0]!.peringatan!.map((w) => w.kode)).toEqual([kode]);
  });
});

describe('check: a district folder', () => {
  it('human output ends with a summary table', async () => {
    const r = await runCli(['check', rel('kabupaten-contoh')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Ringkasan \(12 berkas\)/);
    expect(r.stdout).toMatch(/Siap kirim\s+9/);
    expect(r.stdout).toMatch(/Belum siap\s+3/);
    expect(r.stdout).toMatch(/Tidak terbaca\s+0/);
  });

  it('--summary prints only the summary, with the reason per school that is not ready', async () => {
    const r = await runCli(['check', rel('kabupaten-contoh'), '--summary']);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('Ringkasan (12 berkas)')).toBe(true);
    expect(r.stdout).not.toContain('Jenis responden');
    expect(r.stdout.match(/^ {4}\S+ fixtures\/kabupaten-contoh\/\S+\.json \(.+\): .+$/gm)).toHaveLength(3);
    const one = await runCli(['check', rel('demo', 'sdn-1-contoh.json'), '--summary', '--lang', 'en']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Summary \(1 file\)\n\s+Ready to send\s+1/);
  });

  it('JSON has one result per school, in a stable order', async () => {
    const { code, json } = await checkJson([rel('kabupaten-contoh')]);
    expect(code).toBe(1);
    expect(json.format).toBe('pmp-offline/cek@1');
    expect(json.siap).toBe(false);
    expect(json.ringkasan).toEqual({ jumlah: 12, siap: 9, belum_siap: 3, tidak_terbaca: 0, dilewati: 0 });
    const files = json.hasil.map((h) => h.berkas);
    expect(files).toEqual([...files].sort());
    for (const h of json.hasil) expect(h.jenis?.map((j) => j.jenis)).toEqual(['kepala_sekolah', 'pendidik', 'peserta_didik', 'komite_sekolah', 'pengawas']);
  });

  it('an unreadable file in a batch: the others are still checked, exit 3 wins', async () => {
    const { code, json } = await checkJson([rel('demo'), rel('tidak-sah', 'koma-berlebih.json')]);
    expect(code).toBe(3);
    expect(json.ringkasan).toEqual({ jumlah: 3, siap: 1, belum_siap: 1, tidak_terbaca: 1, dilewati: 0 });
    expect(json.hasil[2]!.galat?.kode).toBe('JSON_TIDAK_SAH');
    expect(json.hasil[2]!.sekolah).toBeNull();
  });

  it('every fixture folder at once stays fast and complete', async () => {
    const { code, json } = await checkJson([rel()]);
    expect(code).toBe(3);
    expect(json.hasil.length).toBe(allFixtureFiles().filter((f) => /\.(json|pmp|csv|xlsx)$/.test(f)).length);
  });
});

describe('check: bad input gets one clear line and exit 3', () => {
  it.each([
    ['kosong', 'BERKAS_KOSONG', /kosong/],
    ['koma-berlebih', 'JSON_TIDAK_SAH', /koma-berlebih\.json:\d+:\d+: JSON tidak sah di baris \d+, kolom \d+/],
    ['terpotong', 'JSON_TIDAK_SAH', /terpotong\.json:\d+:\d+: JSON terpotong/],
    ['bukan-objek', 'BUKAN_OBJEK', /harus berupa objek/],
    ['tanpa-format', 'FORMAT_TIDAK_ADA', /"format" tidak ada/],
    ['format-salah', 'FORMAT_SALAH', /sekolah@9/],
    ['uuid-salah', 'SKEMA_TIDAK_SAH', /sekolah\.sekolah_id/],
    ['npsn-7-digit', 'SKEMA_TIDAK_SAH', /sekolah\.npsn/],
    ['bentuk-mi', 'SKEMA_TIDAK_SAH', /sekolah\.bentuk_pendidikan.*"MI"/],
    ['jenis-tidak-dikenal', 'SKEMA_TIDAK_SAH', /responden\[\d+\].*\.jenis/],
    ['peran-tidak-dikenal', 'SKEMA_TIDAK_SAH', /\.peran.*"guru_bk"/],
    ['tingkat-nol', 'SKEMA_TIDAK_SAH', /\.tingkat.*ditemukan 0/],
    ['tingkat-string', 'SKEMA_TIDAK_SAH', /\.tingkat.*ditemukan "5"/],
    ['zona-tidak-dikenal', 'SKEMA_TIDAK_SAH', /sekolah\.zona_waktu/],
    ['biner', 'BERKAS_BINER', /biner/],
    ['pertanyaan-ganda', 'SKEMA_TIDAK_SAH', /pertanyaan\[\d+\]\.id/],
  ])('%s', async (name, kode, pattern) => {
    const file = rel('tidak-sah', `${name}.json`);
    const human = await runCli(['check', file]);
    expect(human.code).toBe(3);
    expect(human.stdout).toBe('');
    const lines = human.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(pattern);
    expect(human.stderr).not.toMatch(/\n\s+at /);
    const { code, json } = await checkJson([file]);
    expect(code).toBe(3);
    expect(json.hasil[0]!.galat?.kode).toBe(kode);
  });

  it('a missing file and a folder with no exports', async () => {
    const missing = await runCli(['check', 'tidak/ada.json']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/tidak\/ada\.json: berkas atau folder tidak ditemukan/);
    const empty = mkdtempSync(path.join(tmpdir(), 'pmp-empty-'));
    const r = await runCli(['check', empty]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/tidak berisi berkas data/);
  });

  it('a 50 MB file of garbage is refused by its size (known before reading), naming size and limit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmp-big-'));
    const file = path.join(dir, 'sampah.json');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const r = await runCli(['check', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/terlalu besar \(50,0 MiB; batas 16,0 MiB\)/);
  });

  it('a FIFO in a folder is skipped with a message and the batch goes on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmp-fifo-'));
    copyFileSync(fx('demo', 'sdn-1-contoh.json'), path.join(dir, 'a.json'));
    execFileSync('mkfifo', [path.join(dir, 'b.json')]);
    const { code, json } = await checkJson([dir]);
    expect(code).toBe(3);
    expect(json.hasil.map((h) => [path.basename(h.berkas), h.siap, h.galat?.kode ?? null])).toEqual([
      ['a.json', true, null],
      ['b.json', false, 'BERKAS_TIDAK_TERBACA'],
    ]);
  });
});

describe('check: a packed container', () => {
  it('a ready container says to upload it, not to pack it again', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pmp-packed-'));
    const packed = await runCli(['pack', rel('demo', 'sdn-1-contoh.json'), '--out', out, '--now', '2017-10-18T13:10:00+07:00']);
    expect(packed.code).toBe(0);
    const file = path.join(out, readdirSync(out).find((n) => n.endsWith('.pmp'))!);
    const r = await runCli(['check', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Langkah berikutnya: unggah ${file} di halaman unggah situs PMP`);
    expect(r.stdout).not.toContain('pmp-offline pack');
  });

  it('a wrong grade is named once, in the message', async () => {
    const { json } = await checkJson([rel('belum-siap', 'tingkat-tidak-sesuai.json')]);
    const problem = json.hasil[0]!.masalah!.find((p) => p.kode === 'TINGKAT_TIDAK_SESUAI')!;
    expect(problem.pesan.match(/kelas 3/g)).toHaveLength(1);
  });
});

describe('check: usage errors exit 2', () => {
  it.each([
    [['check'], /argumen jalur belum diberikan/],
    [['check', 'x.json', '--bogus'], /opsi tidak dikenal: --bogus/],
    [['check', 'x.json', '--lang', 'fr'], /bahasa tidak dikenal: "fr"/],
    [['periksa'], /perintah tidak dikenal: periksa/],
  ])('%j', async (args, pattern) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stdout).toBe('');
  });

  it.each([[[]], [['--lang', 'en']], [['--no-color']], [['--json']]])('no command (%j): the help on stdout, exit 0, nothing after it', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(args.includes('--json') ? JSON.parse(r.stdout).bantuan : r.stdout).toMatch(args.includes('en') ? /Usage: pmp-offline/ : /Cara pakai: pmp-offline/);
  });

  it('--version --json: one document', async () => {
    const r = await runCli(['--version', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ format: 'pmp-offline/versi@1', versi: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it("an unknown option with no command points at the program's own help", async () => {
    const r = await runCli(['--bogus=nilai']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`pmp-offline --help`');
    expect(r.stderr).not.toContain('nilai');
  });

  it('usage errors are JSON on stdout with --json', async () => {
    const r = await runCli(['check', '--json', '--bogus']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'pmp-offline/galat@1', galat: { kode: 'OPSI_TIDAK_DIKENAL' } });
  });

  it('help and version exit 0', async () => {
    const help = await runCli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('pmp-offline check kabupaten/');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('check: rulesets', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pmp-rules-'));

  it('--rules loads another period without a new release', async () => {
    const rules = JSON.parse(
      execFileSync('node', ['-e', "process.stdout.write(require('fs').readFileSync('src/domain/rules/pmp-2017.json','utf8'))"], { encoding: 'utf8' }),
    );
    rules.id = 'pmp-2019';
    for (const level of Object.values(rules.jenjang) as Array<{ jenis: { pendidik: { minimum: number; saran?: number } } }>) {
      level.jenis.pendidik.minimum = 15;
      delete level.jenis.pendidik.saran;
    }
    const file = path.join(dir, 'pmp-2019.json');
    writeFileSync(file, JSON.stringify(rules));
    const { code, json } = await checkJson([rel('demo', 'sdn-1-contoh.json'), '--rules', file]);
    expect(code).toBe(1);
    expect(json.hasil[0]!.aturan).toBe('pmp-2019');
    expect(json.hasil[0]!.masalah).toContainEqual(expect.objectContaining({ kode: 'RESPONDEN_KURANG', jenis: 'pendidik' }));
  });

  it('a broken ruleset is a usage error naming the file and field', async () => {
    const file = path.join(dir, 'rusak.json');
    writeFileSync(file, JSON.stringify({ format: 'pmp-offline/aturan@1', id: 'x', versi_aplikasi: 'dua', jenjang: {} }));
    const r = await runCli(['check', rel('demo', 'sdn-1-contoh.json'), '--rules', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: berkas aturan tidak sah: versi_aplikasi`);
  });
});

describe('check: terminal', () => {
  it('colour only when forced and not disabled', async () => {
    const forced = await runCli(['check', rel('demo', 'sdn-1-contoh.json')], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(forced.stdout).toMatch(ANSI);
    const off = await runCli(['check', rel('demo', 'sdn-1-contoh.json'), '--no-color'], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(off.stdout).not.toMatch(ANSI);
  });

  it('falls back to ASCII symbols where the terminal is not UTF-8', async () => {
    const r = await runCli(['check', rel('demo', 'sdn-1-contoh.json')], { env: { LANG: 'C', LC_ALL: undefined, LC_CTYPE: undefined } });
    expect(r.stdout).toContain('[OK] SIAP KIRIM');
    expect(r.stdout).not.toContain('✔');
  });

  it('paths with spaces and non-ASCII names work', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'pmp-name-')), 'Data Sekolah é');
    mkdirSync(dir);
    copyFileSync(fx('demo', 'sdn-1-contoh.json'), path.join(dir, 'SD Negeri 1 ñ.json'));
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pmp-offline pack "');
  });
});
