// Small dead ends a hostile run found: advice that cannot work, words that say the wrong
// thing, an ambiguous export accepted, a read-only drive reported as a missing folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeRoster } from '../fixtures-gen/index.mjs';
import { BIN, childEnv, FIXTURES, runCli } from '../helpers/cli.js';

const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
const NOW = '18/10/2017 13.10';
const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-deadend-${label}-`));
const galat = (stdout: string) => (JSON.parse(stdout) as { galat: { kode: string; pesan: string } }).galat;

describe('advice that works', () => {
  it('pack --force onto a link: refused without telling the user to retry with --force', async () => {
    const out = tmp('link');
    expect((await runCli(['pack', READY, '--out', out, '--now', NOW])).code).toBe(0);
    const [name] = readdirSync(out);
    const target = path.join(out, name as string);
    rmSync(target);
    writeFileSync(path.join(out, 'lain.txt'), 'bukan wadah');
    symlinkSync(path.join(out, 'lain.txt'), target);
    const r = await runCli(['pack', READY, '--out', out, '--now', NOW, '--force']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('tidak pernah ditimpa, juga dengan --force');
    expect(r.stderr).not.toMatch(/ulangi dengan --force|tambahkan --force/);
    expect(readFileSync(path.join(out, 'lain.txt'), 'utf8')).toBe('bukan wadah');
  });

  it('a file named -rf.json: the suggested command names it ./-rf.json, and that command works', async () => {
    const dir = tmp('dash');
    copyFileSync(READY, path.join(dir, '-rf.json'));
    const r = await runCli(['check', '--', '-rf.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pmp-offline pack ./-rf.json');
    const out = path.join(dir, 'kirim');
    expect((await runCli(['pack', './-rf.json', '--out', out, '--now', NOW], { cwd: dir })).code).toBe(0);
  });
});

describe('an ambiguous export is refused', () => {
  it('"aplikasi" twice (2.1 hidden by a later 2.2): exit 3, naming the key', async () => {
    const dir = tmp('dupkey');
    const text = readFileSync(READY, 'utf8').replace('"aplikasi": {', '"aplikasi": { "versi": "2.1" },\n  "aplikasi": {');
    expect(text).toMatch(/"aplikasi"[\s\S]*"aplikasi"/);
    const file = path.join(dir, 'ganda.json');
    writeFileSync(file, text);
    const r = await runCli(['check', file, '--json']);
    expect(r.code).toBe(3);
    const item = (JSON.parse(r.stdout) as { hasil: Array<{ galat: { kode: string; pesan: string } }> }).hasil[0];
    expect(item?.galat.kode).toBe('KUNCI_GANDA');
    expect(item?.galat.pesan).toContain('"aplikasi"');
    expect((await runCli(['pack', file, '--out', tmp('dupkey-out'), '--now', NOW])).code).toBe(3);
  });
});

describe('words that say what happened', () => {
  it('a FIFO among the exports is "not read", and counted as unreadable', async () => {
    const dir = tmp('fifo');
    copyFileSync(READY, path.join(dir, 'a.json'));
    spawnSync('mkfifo', [path.join(dir, 'b.json')]);
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('bukan berkas biasa (mis. FIFO atau perangkat); tidak dibaca.');
    expect(r.stderr).not.toContain('dilewati');
  });

  it('the recap does not call a school with two principals "short" of principals', async () => {
    const out = tmp('recap');
    const file = path.join(out, 'rekap.xlsx');
    expect((await runCli(['check', path.join(FIXTURES, 'belum-siap', 'kepala-sekolah-ganda.json'), '--xlsx', file])).code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const labels: string[] = [];
    workbook.getWorksheet('Ringkasan')?.eachRow((row) => labels.push(String(row.getCell(1).value)));
    expect(labels.some((l) => l.includes('belum memenuhi aturan'))).toBe(true);
    expect(labels.some((l) => /kurang jenis responden/.test(l))).toBe(false);
  });

  it('eta --sent after --now: said to be a plan, and its times are not "the earliest"', async () => {
    const text = await runCli(['eta', '--sent', '20/10/2017 14.00', '--now', '19/10/2017 10.00']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('masih di depan waktu sekarang');
    expect(text.stdout).not.toContain('paling cepat');
    const json = await runCli(['eta', '--sent', '20/10/2017 14.00', '--now', '19/10/2017 10.00', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ dijadwalkan: true, langkah: 'unggah' });
    const past = await runCli(['eta', '--sent', '19/10/2017 09.00', '--now', '19/10/2017 10.00', '--json']);
    expect(JSON.parse(past.stdout).dijadwalkan).toBeUndefined();
  });

  it("the board's calendar holds no wait-and-reload reminders for a late school", async () => {
    const dir = tmp('late');
    const log = path.join(dir, 'log.csv');
    writeFileSync(log, 'npsn;nama;waktu\n20100001;SD TERLAMBAT;21/10/2017 08.00\n20100002;SD TEPAT;20/10/2017 20.00\n');
    const ics = path.join(dir, 'papan.ics');
    const r = await runCli(['eta', '--log', log, '--now', '21/10/2017 09.00', '--ics', ics, '--json']);
    expect(r.code).toBe(0);
    const board = JSON.parse(r.stdout) as { sekolah: Array<{ npsn: string; langkah: string }> };
    expect(board.sekolah.find((s) => s.npsn === '20100001')?.langkah).toBe('terlambat');
    const calendar = readFileSync(ics, 'utf8');
    expect(calendar).toContain('npsn-20100002');
    expect(calendar).not.toContain('npsn-20100001');
  });

  it('plan: teachers chosen to reach the minimum say so; only those past it are "extra"', async () => {
    const roster = makeRoster({ seed: 'words-smp', level: 'SMP' });
    const dir = tmp('plan');
    for (const [name, answer] of Object.entries(roster)) writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(answer));
    const r = await runCli(['plan', dir, '--json']);
    const teachers =
      (JSON.parse(r.stdout) as { jenis: Array<{ jenis: string; dipilih: Array<{ alasan: string }> }> }).jenis.find((j) => j.jenis === 'pendidik')?.dipilih ??
      [];
    expect(teachers.length).toBeGreaterThan(8);
    expect(teachers.slice(0, 8).every((g) => g.alasan !== 'tambahan')).toBe(true);
    expect(teachers.slice(0, 8).some((g) => g.alasan === 'sampai_minimum')).toBe(true);
    expect(teachers.slice(8).every((g) => g.alasan === 'tambahan')).toBe(true);
    const text = await runCli(['plan', dir]);
    expect(text.stdout).toContain('untuk mencapai jumlah minimum');
  });

  it('a Dapodik answer with results 1e400: "number too large", not "expected number, received number"', async () => {
    const dir = tmp('1e400');
    for (const name of readdirSync(path.join(FIXTURES, 'dapodik', 'sdn-1-contoh')))
      copyFileSync(path.join(FIXTURES, 'dapodik', 'sdn-1-contoh', name), path.join(dir, name));
    const gtk = path.join(dir, 'getGtk.json');
    writeFileSync(gtk, readFileSync(gtk, 'utf8').replace(/"results":\d+/, '"results":1e400'));
    const r = await runCli(['plan', dir, '--json', '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(galat(r.stdout).pesan).toContain('number too large');
    expect(galat(r.stdout).pesan).not.toContain('received number');
  });
});

describe('a read-only flash drive', () => {
  it('pack --out a folder to be made on it: "read-only", not "the folder cannot be made (ENOENT)"', () => {
    // A read-only file system in a mount namespace of this test's own (no host mount changes).
    const drive = tmp('ro');
    mkdirSync(path.join(drive, 'mnt'));
    const script = `mount -t tmpfs -o ro,size=1m none "$1" && exec "$2" "$3" pack "$4" --out "$1/kirim/sub" --now "${NOW}" --json`;
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', path.join(drive, 'mnt'), process.execPath, BIN, READY], {
      env: childEnv(),
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(4);
    expect(galat(r.stdout)).toMatchObject({ kode: 'FOLDER_TUJUAN_TIDAK_BISA_DITULIS' });
    expect(galat(r.stdout).pesan).toContain('hanya-baca');
  });
});
