// The district's renderings, from a board and a summary made in memory: the JSON, the
// text, the page and the workbook say the same schools and counts.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { silentTerminal } from '../../helpers/robustness.js';
import { makeBoard } from '../../../src/district/board.js';
import { boardHtml, boardToJson, boardWorkbook, renderBoard } from '../../../src/district/board-render.js';
import { rekapWorkbook } from '../../../src/district/rekap.js';
import { reportHtml } from '../../../src/district/report.js';
import { DistrictSummary } from '../../../src/district/summary.js';
import { defaultRuleset } from '../../../src/domain/builtin-ruleset.js';
import { DateTime } from '../../../src/domain/luxon.js';
import { DEFAULT_CUTOFF } from '../../../src/domain/timeline.js';
import { runCheck } from '../../../src/school/check.js';
import { FIXTURES } from '../../helpers/cli.js';

const NOW = DateTime.fromISO('2017-10-19T12:00:00+07:00');
const board = makeBoard(
  {
    columns: { npsn: 'NPSN', waktu: 'Waktu', nama: 'Nama' },
    rows: [
      { baris: 2, cells: { npsn: '20100001', waktu: '16/10/2017 08.00', nama: 'SD <Satu>' } },
      { baris: 3, cells: { npsn: '20100002', nama: 'SD Dua' } },
    ],
  },
  { file: 'unggahan.csv', now: NOW, cutoff: DEFAULT_CUTOFF, zone: 'Asia/Jakarta' },
);
const term = silentTerminal();

async function cells(bytes: Buffer, sheet = 1): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[sheet - 1]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('the board, every way it is shown', () => {
  it('JSON: the schools in urgency order, their instants only when uploaded', () => {
    const doc = boardToJson(board);
    expect(doc.format).toBe('pmp-offline/papan@1');
    expect(doc.sekolah.map((s) => [s.npsn, s.langkah, s.diunggah])).toEqual([
      ['20100001', 'eskalasi_lpmp', true],
      ['20100002', 'unggah', false],
    ]);
    expect(doc.sekolah[1]?.dikirim).toBeNull();
    expect(doc.sekolah[0]?.pesan).toBeTruthy();
  });

  it('text, page and workbook name the same schools; the page escapes the name', async () => {
    const text = renderBoard(board, term);
    expect(text).toContain('SD <Satu>');
    expect(text).toContain('SD Dua');
    const page = boardHtml(board);
    expect(page).toContain('SD \\u003cSatu\\u003e');
    expect(page).not.toContain('SD <Satu>');
    const rows = await cells(await boardWorkbook(board));
    const names = rows.slice(1).map((r) => r.find((v) => typeof v === 'string' && v.startsWith('SD ')));
    expect(names).toEqual(['SD <Satu>', 'SD Dua']);
  });
});

describe('the recap and the report of a checked district', () => {
  it("one row per school on the workbook's school sheet, and the report counts what the summary counts", async () => {
    const summary = new DistrictSummary();
    await runCheck({ paths: [path.join(FIXTURES, 'kabupaten-contoh')], settings: { ruleset: defaultRuleset() }, onItem: (item) => summary.add(item) });
    const rows = await cells(await rekapWorkbook(summary), 2);
    expect(rows.length - 1).toBe(summary.schools.length);
    const page = reportHtml(summary, { aturan: 'pmp-2017', now: NOW });
    expect(page).toContain(`>${summary.count('siap')}<`);
    expect(page).toContain('Kamis, 19 Oktober 2017 12.00 WIB');
  });
});
