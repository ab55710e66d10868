// `check DISTRICT/ --xlsx rekap.xlsx`: the district recap workbook, read back with exceljs.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/cli.js';

const DISTRICT = path.join(FIXTURES, 'kabupaten-contoh');
const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-rekap-${label}-`));

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function column(ws: ExcelJS.Worksheet, header: string): number {
  const row = ws.getRow(1);
  for (let c = 1; c <= ws.columnCount; c++) if (row.getCell(c).value === header) return c;
  throw new Error(`no column ${header}`);
}

describe('check --xlsx', () => {
  it('three sheets that agree with the JSON: one row per school, one per finding, the counts', async () => {
    const file = path.join(tmp('kab'), 'rekap.xlsx');
    const r = await runCli(['check', DISTRICT, '--summary', '--xlsx', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Rekap Excel ditulis ke ${file}.`);
    const json = JSON.parse((await runCli(['check', DISTRICT, '--json'])).stdout);
    const wb = await workbook(file);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Ringkasan', 'Sekolah', 'Masalah']);
    const schools = wb.getWorksheet('Sekolah') as ExcelJS.Worksheet;
    expect(schools.rowCount).toBe(1 + json.hasil.length);
    // Frozen header, a filter, widths that fit.
    expect(schools.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(schools.autoFilter).toBeTruthy();
    expect(schools.getColumn(column(schools, 'Nama sekolah')).width).toBeGreaterThan(12);
    // NPSN stays text, counts are numbers.
    const npsn = schools.getRow(2).getCell(column(schools, 'NPSN'));
    expect(npsn.type).toBe(ExcelJS.ValueType.String);
    const registered = schools.getRow(2).getCell(column(schools, 'Pendidik: terdaftar'));
    expect(registered.type).toBe(ExcelJS.ValueType.Number);
    expect(registered.value).toBe(json.hasil[0].jenis[1].terdaftar);
    const statuses = schools.getColumn(column(schools, 'Status')).values.slice(2);
    expect(statuses.filter((v) => v === 'SIAP KIRIM')).toHaveLength(json.ringkasan.siap);
    const findings = wb.getWorksheet('Masalah') as ExcelJS.Worksheet;
    const expected = json.hasil.reduce((n: number, h: { masalah: unknown[]; peringatan: unknown[] }) => n + h.masalah.length + h.peringatan.length, 0);
    expect(findings.rowCount).toBe(1 + expected);
    const summary = wb.getWorksheet('Ringkasan') as ExcelJS.Worksheet;
    const cells = summary
      .getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1, 4));
    expect(cells).toContainEqual(['Jumlah sekolah', 'Siap kirim', json.ringkasan.siap]);
    expect(cells).toContainEqual(['Jumlah sekolah', 'Belum siap', json.ringkasan.belum_siap]);
  });

  it('text from the data never becomes a formula (=, +, -, @)', async () => {
    const dir = tmp('formula');
    const school = JSON.parse(readFileSync(READY, 'utf8'));
    school.sekolah.nama = '=HYPERLINK("http://x","klik")';
    school.sekolah.kabupaten_kota = '+62 Bandung';
    const teacher = school.responden.find((r: { jenis: string }) => r.jenis === 'pendidik');
    teacher.nama = '@SUM(A1:A9)';
    teacher.jawaban = {};
    school.responden[0].nama = '-1+2';
    writeFileSync(path.join(dir, 'sekolah.json'), JSON.stringify(school));
    const file = path.join(dir, 'rekap.xlsx');
    expect((await runCli(['check', dir, '--xlsx', file])).code).toBe(1);
    const wb = await workbook(file);
    let strings = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) strings++;
        }),
      );
    }
    expect(strings).toBeGreaterThanOrEqual(3);
    const xml = readFileSync(file);
    expect(xml.includes(Buffer.from('<f>'))).toBe(false);
  });

  it("a container's creation time is a date; English sheet names with --lang en", async () => {
    const out = tmp('pmp');
    expect((await runCli(['pack', READY, '--out', out, '--now', '18/10/2017 13.10'])).code).toBe(0);
    const file = path.join(tmp('en'), 'recap.xlsx');
    expect((await runCli(['check', out, '--xlsx', file, '--lang', 'en'])).code).toBe(0);
    const wb = await workbook(file);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Summary', 'Schools', 'Problems']);
    const ws = wb.getWorksheet('Schools') as ExcelJS.Worksheet;
    const made = ws.getRow(2).getCell(column(ws, 'File made (WIB)'));
    expect(made.value).toBeInstanceOf(Date);
    expect((made.value as Date).toISOString()).toBe('2017-10-18T13:10:00.000Z');
  });

  it('replaces its own workbook; never another file (exit 4, unchanged, nothing else written)', async () => {
    const dir = tmp('exists');
    const file = path.join(dir, 'rekap.xlsx');
    expect((await runCli(['check', READY, '--xlsx', file])).code).toBe(0);
    expect((await runCli(['check', READY, '--xlsx', file])).code).toBe(0);
    const data = path.join(dir, 'data.json');
    copyFileSync(READY, data);
    const before = readFileSync(data);
    const r = await runCli(['check', READY, '--xlsx', data]);
    expect(r.code).toBe(4);
    expect(r.stderr.trim().split('\n').at(-1)).toContain(`${data} sudah ada dan bukan buku kerja yang ditulis pmp-offline`);
    expect(readFileSync(data).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['data.json', 'rekap.xlsx']);
    // Said before the batch, so no school's report comes first.
    expect(r.stdout).toBe('');
    // A folder that does not exist is said as the calendar says it, in words.
    const missing = await runCli(['check', READY, '--xlsx', path.join(dir, 'tidak-ada', 'r.xlsx'), '--lang', 'en']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('cannot write the Excel recap to');
    expect(missing.stderr).toContain(': the folder does not exist.');
    const json = await runCli(['check', READY, '--xlsx', data, '--json']);
    expect(json.code).toBe(4);
    expect(JSON.parse(json.stdout)).toMatchObject({ format: 'pmp-offline/galat@1', galat: { kode: 'REKAP_SUDAH_ADA' } });
  });
});
