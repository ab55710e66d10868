// The dinas's day: `.pmp` files the schools' PMP application wrote (Kirim Offline), on
// flash drives, collected with `pack … --out kirim/` into the folder to upload, with the
// lists beside them, then `eta --log kirim/unggahan.csv` as the board.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFiles, runCli } from '../helpers/cli.js';

const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-collect-${label}-`));
const A = '1ed54ac4-30d0-45dc-99c1-f95cef07f606';
const B = '2b3c4d5e-1111-4222-8333-444444444444';
const name = (stamp: string, id: string, kode = '1arjl2o9vj000') => `${stamp}_${id}_pmp_${kode}.pmp`;

/** A drive with the application's files (their inside is not public: any bytes). */
function drive(label: string, files: Record<string, string>): string {
  const dir = tmp(label);
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
  return dir;
}

interface Item {
  sumber: string;
  status: string;
  berkas: string | null;
  sha256: string | null;
  sekolah_id?: string;
  lebih_baru?: string;
  sama?: boolean;
  dipindah?: Array<{ dari: string; ke: string }>;
  galat: { kode: string; pesan: string } | null;
}

async function collect(args: string[]): Promise<{ code: number | null; hasil: Item[]; daftar?: { unggahan: string; jumlah: number } }> {
  const r = await runCli(['pack', ...args, '--json']);
  const doc = JSON.parse(r.stdout) as { hasil: Item[]; daftar?: { unggahan: string; jumlah: number } };
  return { code: r.code, hasil: doc.hasil, daftar: doc.daftar };
}

const bySource = (hasil: Item[], file: string) => hasil.find((h) => h.sumber === file) as Item;

describe("pack collects the PMP application's .pmp files", () => {
  it("each school's newest export is copied byte for byte; older ones are named as left out; inputs untouched", async () => {
    const one = drive('one', { [name('20171010090000', A)]: 'A-old', [name('20171018131000', B)]: 'B-only' });
    const two = drive('two', { [name('20171018131000', A, '1arjl2o9vj001')]: 'A-new' });
    const inputs = [...readdirSync(one).map((f) => path.join(one, f)), ...readdirSync(two).map((f) => path.join(two, f))];
    const before = hashFiles(inputs);
    const out = path.join(tmp('out'), 'kirim');
    const { code, hasil, daftar } = await collect([one, two, '--out', out]);
    expect(code).toBe(0);
    expect(bySource(hasil, path.join(one, name('20171010090000', A)))).toMatchObject({
      status: 'dilewati',
      lebih_baru: path.join(two, name('20171018131000', A, '1arjl2o9vj001')),
      sekolah_id: A,
    });
    expect(bySource(hasil, path.join(two, name('20171018131000', A, '1arjl2o9vj001')))).toMatchObject({ status: 'disalin' });
    expect(readdirSync(out).sort()).toEqual([name('20171018131000', A, '1arjl2o9vj001'), name('20171018131000', B), 'SHA256SUMS', 'unggahan.csv'].sort());
    expect(readFileSync(path.join(out, name('20171018131000', A, '1arjl2o9vj001')), 'utf8')).toBe('A-new');
    expect(hashFiles(inputs)).toEqual(before);
    // The checksums are sha256sum's own format.
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' })).toMatch(/: OK\n.*: OK\n$/);
    expect(daftar).toMatchObject({ unggahan: path.join(out, 'unggahan.csv'), jumlah: 2 });
    const list = readFileSync(path.join(out, 'unggahan.csv'), 'utf8');
    expect(list.startsWith('\uFEFFsekolah_id;berkas;waktu_ekspor;ukuran;sha256;waktu_unggah;status\r\n')).toBe(true);
  });

  it('the same bytes twice are one; two different files of one school at one second are a conflict, neither taken', async () => {
    const same = drive('same', { [name('20171018131000', A)]: 'A' });
    const copy = drive('copy', { [name('20171018131000', A)]: 'A' });
    const { code, hasil } = await collect([same, copy, '--out', tmp('same-out')]);
    expect(code).toBe(0);
    expect(hasil.map((h) => h.status).sort()).toEqual(['dilewati', 'disalin']);
    expect(hasil.find((h) => h.status === 'dilewati')?.sama).toBe(true);
    const clash = drive('clash', { [name('20171018131000', B)]: 'B-1' });
    const other = drive('clash2', { [name('20171018131000', B, '1arjl2o9vj002')]: 'B-2' });
    const out = tmp('clash-out');
    const r = await collect([clash, other, '--out', out]);
    expect(r.code).toBe(3);
    expect(r.hasil.every((h) => h.galat?.kode === 'KONFLIK_PMP')).toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith('.pmp'))).toEqual([]);
  });

  it('misnamed, empty and out-of-range files are refused by name (exit 3); the rest go on', async () => {
    const dir = drive('bad', {
      'kirim-offline.pmp': 'x',
      [name('20171018131000', A)]: '',
      [name('19991231235959', B)]: 'old',
      [name('20171018131000', B)]: 'B',
    });
    const out = tmp('bad-out');
    const { code, hasil } = await collect([dir, '--out', out]);
    expect(code).toBe(3);
    expect(bySource(hasil, path.join(dir, 'kirim-offline.pmp')).galat?.kode).toBe('NAMA_PMP_TIDAK_SAH');
    expect(bySource(hasil, path.join(dir, name('20171018131000', A))).galat?.kode).toBe('BERKAS_KOSONG');
    expect(bySource(hasil, path.join(dir, name('19991231235959', B))).galat?.kode).toBe('WAKTU_PMP_DI_LUAR_RENTANG');
    expect(bySource(hasil, path.join(dir, name('20171018131000', B))).status).toBe('disalin');
  });

  it('a rerun changes nothing; a newer export takes the place of the one collected, which moves to lama/', async () => {
    const first = drive('r1', { [name('20171010090000', A)]: 'A-old' });
    const out = tmp('rerun-out');
    expect((await collect([first, '--out', out])).code).toBe(0);
    const before = hashFiles(readdirSync(out).map((f) => path.join(out, f)));
    const again = await collect([first, '--out', out]);
    expect(again.hasil[0]?.status).toBe('sudah_ada');
    expect(hashFiles(readdirSync(out).map((f) => path.join(out, f)))).toEqual(before);
    const newer = drive('r2', { [name('20171018131000', A, '1arjl2o9vj001')]: 'A-new' });
    const third = await collect([newer, '--out', out]);
    expect(third.hasil[0]).toMatchObject({
      status: 'disalin',
      dipindah: [{ dari: path.join(out, name('20171010090000', A)), ke: path.join(out, 'lama', name('20171010090000', A)) }],
    });
    expect(readdirSync(path.join(out, 'lama'))).toEqual([name('20171010090000', A)]);
    expect(readFileSync(path.join(out, 'lama', name('20171010090000', A)), 'utf8')).toBe('A-old');
    expect(readFileSync(path.join(out, 'unggahan.csv'), 'utf8')).not.toContain('20171010090000');
    // The old export brought again is left out: the newer one stays.
    expect((await collect([first, '--out', out])).hasil[0]).toMatchObject({
      status: 'dilewati',
      lebih_baru: path.join(out, name('20171018131000', A, '1arjl2o9vj001')),
    });
  });

  it("this project's own containers are verified as check verifies them; a damaged one is refused", async () => {
    const out = tmp('own');
    const made = tmp('own-src');
    expect((await runCli(['pack', path.join('fixtures', 'demo', 'sdn-1-contoh.json'), '--out', made, '--now', '18/10/2017 13.10'])).code).toBe(0);
    const [container] = readdirSync(made);
    const good = await collect([path.join(made, container as string), '--out', out]);
    expect(good.hasil[0]?.status).toBe('disalin');
    const broken = tmp('own-broken');
    const bytes = readFileSync(path.join(made, container as string));
    writeFileSync(path.join(broken, container as string), bytes.subarray(0, bytes.length - 30));
    const bad = await collect([path.join(broken, container as string), '--out', tmp('own-out2')]);
    expect(bad.code).toBe(3);
  });
});

describe('eta --log reads the collected list as it is', () => {
  it('a school not uploaded yet is to upload; once the dinas fills in the time and status, the board follows, and pack keeps them', async () => {
    const out = tmp('board');
    const src = drive('board-src', { [name('20171018131000', A)]: 'A', [name('20171018131000', B)]: 'B' });
    expect((await collect([src, '--out', out])).code).toBe(0);
    const list = path.join(out, 'unggahan.csv');
    const before = await runCli(['eta', '--log', list, '--now', '19/10/2017 10.00', '--json']);
    expect(before.code).toBe(0);
    const papan = JSON.parse(before.stdout) as { sekolah: Array<{ sekolah_id: string; langkah: string }> };
    expect(papan.sekolah.map((s) => s.langkah)).toEqual(['unggah', 'unggah']);
    // The dinas uploads A and writes it down (as Excel saves the list: ";" and CRLF).
    const filled = readFileSync(list, 'utf8').replace(new RegExp(`(${name('20171018131000', A)};[^\\r]*;)(;)\\r\\n`), '$119/10/2017 11.00;Sudah Kirim\r\n');
    expect(filled).toContain('19/10/2017 11.00;Sudah Kirim');
    writeFileSync(list, filled);
    const after = JSON.parse((await runCli(['eta', '--log', list, '--now', '19/10/2017 12.00', '--json'])).stdout) as typeof papan;
    expect(Object.fromEntries(after.sekolah.map((s) => [s.sekolah_id, s.langkah]))).toEqual({ [A]: 'tunggu_proses', [B]: 'unggah' });
    // After the cut-off, a school that never uploaded is late.
    const late = JSON.parse((await runCli(['eta', '--log', list, '--now', '21/10/2017 08.00', '--json'])).stdout) as typeof papan;
    expect(late.sekolah.find((s) => s.sekolah_id === B)?.langkah).toBe('terlambat');
    // Collecting again keeps what the dinas wrote.
    mkdirSync(path.join(out, 'x'));
    expect((await collect([src, '--out', out])).code).toBe(0);
    expect(readFileSync(list, 'utf8')).toContain('19/10/2017 11.00;Sudah Kirim');
  });
});
