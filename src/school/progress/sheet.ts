// The sheets of a progress sheet file, as rows of cells: an .xlsx read with exceljs, its
// inflated size bounded first, or a CSV read by the one CSV reader (io/csv.ts: comma or
// semicolon, BOM, UTF-8/16, Windows-1252, `sep=`).
import path from 'node:path';
import { InputError } from '../../core/errors.js';
import { readCsvRows } from '../../io/csv.js';
import { t } from '../../i18n/index.js';
import { readBytes } from '../../io/read-text.js';
import { loadWorkbook, plainCellValue, type CellPlain } from '../../output/workbook.js';

/** Largest progress sheet read: 10,000 respondents are well under 2 MiB. */
export const MAX_SHEET_BYTES = 64 * 1024 * 1024;
/**
 * Rows and columns read from one sheet. A workbook's XML is compressed: 64 MiB on disk can
 * inflate to gigabytes of rows, so what is kept is capped, not just what is read.
 */
export const MAX_SHEET_ROWS = 100_000;
export const MAX_SHEET_COLUMNS = 256;

/** A cell: its value, and whether its number format is a percentage (1 = 100 %). */
export interface SheetCell {
  value: CellPlain;
  percent?: true;
}

export interface SheetRow {
  /** The row number a spreadsheet shows. */
  baris: number;
  cells: SheetCell[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The sheets of an .xlsx (output/workbook.ts loads it, its inflated size bounded first), with
 * what is kept capped by rows and columns.
 */
async function xlsxSheets(file: string, bytes: Buffer): Promise<Sheet[]> {
  const workbook = await loadWorkbook(bytes, {
    unreadable: () => new InputError('LEMBAR_PROGRES_TIDAK_TERBACA', t('progress.err.xlsx', { file }), file),
    tooBig: () => tooBig(file, path.basename(file)),
  });
  return workbook.worksheets.map((worksheet) => {
    const sheet: Sheet = { name: worksheet.name, rows: [] };
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (sheet.rows.length >= MAX_SHEET_ROWS) throw tooBig(file, sheet.name);
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (col > MAX_SHEET_COLUMNS) throw tooBig(file, sheet.name);
        const value = plainCellValue(cell.value);
        cells[col - 1] = typeof value === 'number' && typeof cell.numFmt === 'string' && cell.numFmt.includes('%') ? { value, percent: true } : { value };
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= { value: null };
      sheet.rows.push({ baris: number, cells });
    });
    return sheet;
  });
}

function tooBig(file: string, sheet: string): InputError {
  return new InputError('LEMBAR_PROGRES_TERLALU_BESAR', t('progress.err.tooBig', { file, sheet, rows: MAX_SHEET_ROWS, columns: MAX_SHEET_COLUMNS }), file);
}

/** Every sheet of `file` (a CSV is one sheet named after the file). */
export async function readSheets(file: string): Promise<Sheet[]> {
  const bytes = readBytes(file, MAX_SHEET_BYTES);
  if (bytes.length === 0) throw new InputError('BERKAS_KOSONG', t('input.empty', { file }), file);
  if (bytes.subarray(0, 4).equals(ZIP)) return xlsxSheets(file, bytes);
  if (/\.xlsx$/i.test(file)) throw new InputError('LEMBAR_PROGRES_TIDAK_TERBACA', t('progress.err.xlsx', { file }), file);
  const rows = await readCsvRows(file, bytes);
  if (rows.length > MAX_SHEET_ROWS || rows.some((r) => r.values.length > MAX_SHEET_COLUMNS)) throw tooBig(file, path.basename(file));
  return [{ name: path.basename(file).replace(/\.[^.]*$/, ''), rows: rows.map((r) => ({ baris: r.baris, cells: r.values.map((value) => ({ value })) })) }];
}
