// `eta --log`: the district's board of who to call, from an upload log as districts keep
// it (Excel's CSV with ";" and a BOM, a plain CSV, an .xlsx with real Excel dates).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hashFiles, runCli } from '../helpers/cli.js';

const NOW = '20/10/2017 18.00';
const tmp = () => mkdtempSync(path.join(tmpdir(), 'pmp-board-'));

/** One school per action at NOW, in a shuffled order, with the line each lands on. */
const ROWS: Array<{ npsn: string; nama: string; waktu: string; status: string; langkah: string }> = [
  { npsn: '20100001', nama: 'SD TUNGGU PROSES', waktu: '20/10/2017 10.00', status: 'Belum Kirim', langkah: 'tunggu_proses' },
  { npsn: '20100002', nama: 'SD GAGAL', waktu: '19/10/2017 08.00', status: 'Gagal Diproses', langkah: 'eskalasi_lpmp' },
  { npsn: '20100003', nama: 'SD MUAT ULANG', waktu: '19/10/2017 09.00', status: '', langkah: 'muat_ulang' },
  { npsn: '20100004', nama: 'SMP SELESAI', waktu: '16/10/2017 09.00', status: 'Sudah Diproses', langkah: 'selesai' },
  { npsn: '20100005', nama: 'SMP LEWAT 2X24', waktu: '18/10/2017 12.00', status: 'Belum Kirim', langkah: 'hubungi_dinas' },
  { npsn: '20100006', nama: 'SMA LEWAT 3X24', waktu: '17/10/2017 12.00', status: 'Belum Kirim', langkah: 'eskalasi_lpmp' },
  { npsn: '20100007', nama: 'SMK TUNGGU TAMPIL', waktu: '19/10/2017 18.00', status: '', langkah: 'tunggu_tampil' },
  { npsn: '20100008', nama: 'SLB SUDAH KIRIM', waktu: '18/10/2017 20.00', status: 'Sudah Kirim', langkah: 'tunggu_proses' },
];
const URGENCY = ['eskalasi_lpmp', 'hubungi_dinas', 'terlambat', 'muat_ulang', 'unggah', 'tunggu_tampil', 'tunggu_proses', 'selesai'];

function excelCsv(rows = ROWS): Buffer {
  const lines = ['npsn;Nama Sekolah;Waktu Unggah;Status', ...rows.map((r) => `${r.npsn};"${r.nama}";"${r.waktu}";${r.status}`)];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

interface Papan {
  format: string;
  ringkasan: Record<string, number>;
  sekolah: Array<{ baris: number; npsn: string; nama: string; langkah: string; seharusnya_tampil: boolean; tampil: string; pesan: string }>;
  galat: Array<{ baris: number; kode: string; pesan: string }>;
  diganti: Array<{ baris: number; diganti_oleh: number }>;
}

async function board(file: string, ...more: string[]): Promise<{ code: number | null; papan: Papan; stderr: string }> {
  const r = await runCli(['eta', '--log', file, '--now', NOW, '--json', ...more]);
  return { code: r.code, papan: JSON.parse(r.stdout) as Papan, stderr: r.stderr };
}

describe('eta --log: the board', () => {
  it('Excel CSV (";", BOM, CRLF, quotes): one action per school, sorted by urgency, counted', async () => {
    const file = path.join(tmp(), 'unggahan.csv');
    writeFileSync(file, excelCsv());
    const before = hashFiles([file]);
    const { code, papan } = await board(file);
    expect(code).toBe(0);
    expect(papan.format).toBe('pmp-offline/papan@1');
    const byNpsn = new Map(papan.sekolah.map((s) => [s.npsn, s]));
    for (const row of ROWS) expect(byNpsn.get(row.npsn)?.langkah).toBe(row.langkah);
    const ranks = papan.sekolah.map((s) => URGENCY.indexOf(s.langkah));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(papan.ringkasan).toMatchObject({ eskalasi_lpmp: 2, hubungi_dinas: 1, muat_ulang: 1, tunggu_tampil: 1, tunggu_proses: 2, selesai: 1, terlambat: 0 });
    // Line numbers as a spreadsheet shows them: the header is line 1.
    expect(byNpsn.get('20100001')?.baris).toBe(2);
    expect(byNpsn.get('20100003')?.seharusnya_tampil).toBe(true);
    expect(byNpsn.get('20100007')?.seharusnya_tampil).toBe(false);
    // Processed exactly at 18.00: shown at the next refresh, midnight.
    expect(byNpsn.get('20100007')?.tampil).toBe('2017-10-21T00:00:00.000+07:00');
    expect(hashFiles([file])).toEqual(before);
  });

  it('a plain CSV with commas, a UTF-16 one, and an .xlsx with real Excel dates give the same board', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'ref.csv'), excelCsv());
    const expected = (await board(path.join(dir, 'ref.csv'))).papan.sekolah.map((s) => [s.npsn, s.langkah]);
    const comma = ['sekolah_id,npsn,waktu_unggah,status,nama', ...ROWS.map((r, i) => `,${r.npsn},${r.waktu},${r.status},"${r.nama}, Kota ${i}"`)].join('\n');
    writeFileSync(path.join(dir, 'koma.csv'), comma);
    writeFileSync(path.join(dir, 'utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(excelCsv().toString('utf8').slice(1), 'utf16le')]));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Log');
    sheet.addRow(['NPSN', 'Nama sekolah', 'Waktu unggah', 'Status']);
    for (const r of ROWS) {
      const [d, m, y, hh, mm] = r.waktu.split(/[/ .]/).map(Number) as [number, number, number, number, number];
      // Excel keeps a wall clock: exceljs writes a Date's UTC fields.
      sheet.addRow([Number(r.npsn), r.nama, new Date(Date.UTC(y, m - 1, d, hh, mm)), r.status || null]);
    }
    sheet.getColumn(3).numFmt = 'dd/mm/yyyy hh:mm';
    await workbook.xlsx.writeFile(path.join(dir, 'log.xlsx'));
    for (const name of ['koma.csv', 'utf16.csv', 'log.xlsx']) {
      const { code, papan } = await board(path.join(dir, name));
      expect(code, name).toBe(0);
      expect(
        papan.sekolah.map((s) => [s.npsn, s.langkah]),
        name,
      ).toEqual(expected);
    }
  });

  it('a row that cannot be read is named with its line and the rest go on (exit 3)', async () => {
    const file = path.join(tmp(), 'unggahan.csv');
    const text = [
      'npsn;nama;waktu_unggah;status',
      '20100001;"SD A";"20/10/2017 10.00";',
      'XYZ;"SD B";"20/10/2017 10.00";',
      '20100003;"SD C, dengan ""kutip""\nbaris dua";"kemarin";',
      '20100004;"SD D";"20/10/2017 10.00";Hampir Kirim',
      ';"SD E";"20/10/2017 10.00";',
      '20100006;"SD F";;',
      '20100007;"SD G";"20/10/2017 11.00";',
    ].join('\n');
    writeFileSync(file, text);
    const { code, papan } = await board(file);
    expect(code).toBe(3);
    // SD F has no upload time: not uploaded yet, so its action is to upload.
    expect(papan.sekolah.map((s) => s.npsn)).toEqual(['20100006', '20100001', '20100007']);
    expect(papan.sekolah[0]).toMatchObject({ langkah: 'unggah', dikirim: null });
    // Rows as a spreadsheet shows them: the quoted name over two lines is one row (4).
    expect(papan.galat.map((g) => [g.baris, g.kode])).toEqual([
      [3, 'NPSN_TIDAK_SAH'],
      [4, 'WAKTU_TIDAK_SAH'],
      [5, 'STATUS_TIDAK_DIKENAL'],
      [6, 'TANPA_IDENTITAS'],
    ]);
    expect(papan.galat[0]?.pesan).toBe(`${file}, baris 3: npsn "XYZ" bukan NPSN (8 angka atau huruf besar).`);
    const text2 = await runCli(['eta', '--log', file, '--now', NOW]);
    expect(text2.code).toBe(3);
    expect(text2.stderr.trim().split('\n')).toHaveLength(4);
    expect(text2.stdout).toContain('4 baris log tidak terbaca');
  });

  it('a log without an identity or time column, or not a log: one line, exit 3', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.csv'), 'nama;waktu\nSD A;20/10/2017 10.00\n');
    const noId = await runCli(['eta', '--log', path.join(dir, 'a.csv')]);
    expect(noId.code).toBe(3);
    expect(noId.stderr).toContain('tidak ada kolom npsn atau sekolah_id di baris pertama (kolom yang ada: nama, waktu)');
    writeFileSync(path.join(dir, 'b.csv'), 'npsn,nama\n20100001,SD A\n');
    expect((await runCli(['eta', '--log', path.join(dir, 'b.csv')])).stderr).toContain('tidak ada kolom waktu unggah');
    writeFileSync(path.join(dir, 'c.xlsx'), 'not a workbook');
    expect((await runCli(['eta', '--log', path.join(dir, 'c.xlsx')])).code).toBe(3);
    expect((await runCli(['eta', '--log', path.join(dir, 'tidak-ada.csv')])).code).toBe(3);
  });

  it('a school uploaded twice counts once, with its latest upload', async () => {
    const file = path.join(tmp(), 'unggahan.csv');
    writeFileSync(file, ['npsn,waktu_unggah', '20100001,17/10/2017 08.00', '20100002,20/10/2017 08.00', '20100001,20/10/2017 09.00'].join('\n'));
    const { code, papan } = await board(file);
    expect(code).toBe(0);
    expect(papan.sekolah.map((s) => [s.npsn, s.baris])).toEqual([
      ['20100002', 3],
      ['20100001', 4],
    ]);
    expect(papan.diganti).toEqual([{ baris: 2, diganti_oleh: 4 }]);
  });

  it('--xlsx, --html and --ics: the same board; reminders one per school and event, stable UIDs', async () => {
    const dir = tmp();
    const file = path.join(dir, 'unggahan.csv');
    writeFileSync(file, excelCsv());
    const args = [
      'eta',
      '--log',
      file,
      '--now',
      NOW,
      '--xlsx',
      path.join(dir, 'papan.xlsx'),
      '--html',
      path.join(dir, 'papan.html'),
      '--ics',
      path.join(dir, 'papan.ics'),
    ];
    const r = await runCli(args);
    expect(r.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'papan.xlsx'));
    const sheet = workbook.getWorksheet('Papan') as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(1 + ROWS.length);
    expect(sheet.getRow(2).getCell(1).value).toBe('Eskalasi ke LPMP');
    expect(sheet.getRow(2).getCell(6).value).toBeInstanceOf(Date);
    const html = readFileSync(path.join(dir, 'papan.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    expect(html).toContain('<title>Papan pemantauan pengiriman PMP</title>');
    const ics = readFileSync(path.join(dir, 'papan.ics'), 'utf8');
    const uids = [...ics.matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1]);
    // A reminder per school and event still ahead (the processed school needs none), and the cut-off.
    const { papan } = await board(file);
    const now = Date.parse('2017-10-20T18:00:00+07:00');
    const ahead = papan.sekolah
      .filter((s) => s.langkah !== 'selesai')
      .flatMap((s) =>
        (['tampil', 'batas2x24', 'batas3x24'] as const)
          .filter((k) => Date.parse((s as unknown as Record<string, string>)[k] ?? '') > now)
          .map((k) => `pmp-offline-${k}-npsn-${s.npsn}@pmp-offline`),
      );
    expect(ahead.length).toBeGreaterThan(5);
    expect([...uids].sort()).toEqual([...ahead, `pmp-offline-cutoff-${Date.parse('2017-10-20T23:59:59.999+07:00')}@pmp-offline`].sort());
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('pmp-offline-tampil-npsn-20100001@pmp-offline');
    // The same log again: the same UIDs, so a calendar updates instead of doubling.
    expect((await runCli(args)).code).toBe(0);
    expect([...readFileSync(path.join(dir, 'papan.ics'), 'utf8').matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1])).toEqual(uids);
  });

  it('usage: --xlsx/--html need --log; --log takes no .pmp files or --sent; English with --lang en', async () => {
    const file = path.join(tmp(), 'unggahan.csv');
    writeFileSync(file, excelCsv());
    expect((await runCli(['eta', '--xlsx', 'x.xlsx'])).code).toBe(2);
    expect((await runCli(['eta', '--log', file, '--sent', '20/10/2017 10.00'])).code).toBe(2);
    expect((await runCli(['eta', 'a.pmp', '--log', file])).code).toBe(2);
    const en = await runCli(['eta', '--log', file, '--now', NOW, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Escalate to LPMP (2)');
    expect(en.stdout).toContain('PMP UPLOAD BOARD');
  });
});
