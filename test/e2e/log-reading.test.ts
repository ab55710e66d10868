// eta --log reads the upload log as the district's spreadsheet has it: rows numbered as
// the spreadsheet shows them, Excel's `sep=` line, a Windows-1252 "CSV", and a number
// typed into a time cell as one unreadable row, never a crash.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const NOW = '20/10/2017 18.00';
const tmp = () => mkdtempSync(path.join(tmpdir(), 'pmp-logread-'));

interface Papan {
  sekolah: Array<{ baris: number; npsn: string; nama: string }>;
  galat: Array<{ baris: number; kode: string; pesan: string }>;
}

async function board(file: string): Promise<{ code: number | null; papan: Papan }> {
  const r = await runCli(['eta', '--log', file, '--now', NOW, '--json']);
  return { code: r.code, papan: JSON.parse(r.stdout) as Papan };
}

describe('rows as the spreadsheet shows them', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('a quoted name over two lines (%s) is one row; the rows after it keep their numbers', async (_name, eol) => {
    const file = path.join(tmp(), 'log.csv');
    const lines = ['npsn;nama;waktu', `20100001;"SD A${eol}kampus 2";20/10/2017 10.00`, '20100002;SD B;kemarin', '', '20100003;SD C;besok'];
    writeFileSync(file, lines.join(eol));
    const { code, papan } = await board(file);
    expect(code).toBe(3);
    expect(papan.sekolah.map((s) => [s.baris, s.npsn])).toEqual([[2, '20100001']]);
    // Excel shows: 1 header, 2 SD A, 3 SD B, 4 (empty), 5 SD C.
    expect(papan.galat.map((g) => g.baris)).toEqual([3, 5]);
  });
});

describe('what Excel writes', () => {
  it('a `sep=;` first line names the separator and is not a row', async () => {
    const file = path.join(tmp(), 'log.csv');
    writeFileSync(file, 'sep=;\r\nnpsn;nama;waktu\r\n20100001;SD A, cabang;20/10/2017 10.00\r\n20100002;SD B;kemarin\r\n');
    const { code, papan } = await board(file);
    expect(code).toBe(3);
    expect(papan.sekolah.map((s) => [s.baris, s.nama])).toEqual([[2, 'SD A, cabang']]);
    expect(papan.galat.map((g) => g.baris)).toEqual([3]);
  });

  it('a Windows-1252 "CSV" (Excel\'s plain CSV) is read, accents and all', async () => {
    const file = path.join(tmp(), 'log.csv');
    const text = 'npsn;nama;waktu\r\n20100001;SD Sté. Thérèse;20/10/2017 10.00\r\n';
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const { code, papan } = await board(file);
    expect(code).toBe(0);
    expect(papan.sekolah[0]?.nama).toBe('SD Sté. Thérèse');
  });

  it('a number typed into an .xlsx time cell (20171018143000) is an unreadable row; the others stay on the board', async () => {
    const file = path.join(tmp(), 'log.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Log');
    sheet.addRow(['NPSN', 'Nama', 'Waktu unggah']);
    sheet.addRow(['20100001', 'SD A', 20171018143000]);
    sheet.addRow(['20100002', 'SD B', '20/10/2017 10.00']);
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const { code, papan } = await board(file);
    expect(code).toBe(3);
    expect(papan.galat).toEqual([expect.objectContaining({ baris: 2, kode: 'WAKTU_DI_LUAR_RENTANG' })]);
    expect(papan.sekolah.map((s) => s.npsn)).toEqual(['20100002']);
  });
});
