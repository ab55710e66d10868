// Workbooks at their limits (progress sheets, and an upload log read the same way): a 10,000-row sheet read and counted, a sheet wider
// than any progress sheet, and a workbook that inflates to hundreds of MiB (honest or
// lying about it), refused before exceljs inflates it. Slow by design (large workbooks
// made and read): npm run test:slow.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { craftZip, crcOfZeros, deflatedZeros } from '../helpers/zip-craft.js';

const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-progress-${label}-`));

interface Item {
  galat: { kode: string; pesan: string } | null;
  jenis: Array<{ jenis: string; terdaftar: number; lengkap: number }> | null;
}

async function check(...args: string[]): Promise<{ code: number | null; items: Item[] }> {
  const r = await runCli(['check', ...args, '--json']);
  return { code: r.code, items: (JSON.parse(r.stdout) as { hasil: Item[] }).hasil };
}

describe('progress sheets at their limits', () => {
  it('a sheet wider than any progress sheet (a crafted row of 300 cells) is refused in one line, not held', async () => {
    const file = path.join(tmp('wide'), 'lebar.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Pendidik');
    ws.addRow(['Nama', 'Selesai mengisi']);
    ws.addRow(Array.from({ length: 300 }, (_, i) => `x${i}`));
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const { code, items } = await check(file, '--jenjang', 'SD');
    expect(code).toBe(3);
    expect(items[0]?.galat?.kode).toBe('LEMBAR_PROGRES_TERLALU_BESAR');
  });

  it('a workbook that inflates to hundreds of MiB (honest or lying about its size) is refused before exceljs inflates it', async () => {
    const dir = tmp('bomb');
    const raw = deflatedZeros(200);
    for (const [name, claimed] of [
      ['jujur.xlsx', 200 * 1024 * 1024],
      ['bohong.xlsx', 1000],
    ] as const) {
      writeFileSync(path.join(dir, name), craftZip([{ name: 'xl/worksheets/sheet1.xml', raw, uncompressedSize: claimed, crc: crcOfZeros(200) }]));
      const { code, items } = await check(path.join(dir, name), '--jenjang', 'SD');
      expect(code).toBe(3);
      expect(['LEMBAR_PROGRES_TERLALU_BESAR', 'LEMBAR_PROGRES_TIDAK_TERBACA']).toContain(items[0]?.galat?.kode);
    }
  });

  it('the same bound holds for an upload log given as a workbook (eta --log): exit 3, one line', async () => {
    const file = path.join(tmp('logbomb'), 'unggahan.xlsx');
    writeFileSync(file, craftZip([{ name: 'xl/worksheets/sheet1.xml', raw: deflatedZeros(200), uncompressedSize: 1000, crc: crcOfZeros(200) }]));
    const r = await runCli(['eta', '--log', file, '--json']);
    expect(r.code).toBe(3);
    expect((JSON.parse(r.stdout) as { galat: { kode: string } }).galat.kode).toBe('LOG_XLSX_TIDAK_SAH');
  });

  it('a sheet of 10,000 students is read and counted', async () => {
    const file = path.join(tmp('big'), 'siswa.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const ws = wb.addWorksheet('Peserta didik');
    ws.addRow(['Nama', 'Kelas', 'NISN', 'Selesai mengisi']).commit();
    for (let i = 0; i < 10_000; i++) ws.addRow([`Siswa ${i}`, 10 + (i % 3), String(1_000_000_000 + i), i % 2 === 0 ? '✓' : 'belum']).commit();
    ws.commit();
    await wb.commit();
    const { items } = await check(file, '--jenjang', 'SMA', '--versi', '2.2');
    expect(items[0]?.jenis?.find((j) => j.jenis === 'peserta_didik')).toMatchObject({ terdaftar: 10_000, lengkap: 5_000 });
  });
});
