// The sheets of a progress sheet file, as rows of cells: an .xlsx read with exceljs, its
// inflated size bounded first, or a CSV read by the one CSV reader (io/csv.ts: comma or
// semicolon, BOM, UTF-8/16, Windows-1252, `sep=`).
import path from 'node:path';
import yauzl from 'yauzl';
import { InputError } from '../core/errors.js';
import { readCsvRows } from '../io/csv.js';
import { t } from '../i18n/index.js';
import { readBytes } from '../io/read-text.js';

/** Largest progress sheet read: 10,000 respondents are well under 2 MiB. */
export const MAX_SHEET_BYTES = 64 * 1024 * 1024;
/**
 * Rows and columns read from one sheet. A workbook's XML is compressed: 64 MiB on disk can
 * inflate to gigabytes of rows, so what is kept is capped, not just what is read.
 */
export const MAX_SHEET_ROWS = 100_000;
export const MAX_SHEET_COLUMNS = 256;
/** The parts of a workbook once inflated: a 10,000-row sheet is about 2 MiB of XML. */
export const MAX_INFLATED_BYTES = 128 * 1024 * 1024;

/** A cell: its value, and whether its number format is a percentage (1 = 100 %). */
export interface SheetCell {
  value: string | number | boolean | Date | null;
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

/** exceljs's cell value as a plain value: rich text joined, a formula by its result. */
function plain(value: unknown): SheetCell['value'] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: unknown };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plain(v.result);
  if (typeof v.text === 'string') return v.text;
  return null;
}

/**
 * What the workbook's parts add up to once inflated, counted by inflating them (a ZIP's
 * directory may lie), stopping as soon as the count passes `max`: undefined when it is
 * no ZIP, `max + 1` when it is too big.
 */
function inflatedSize(bytes: Buffer, max: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    let total = 0;
    let settled = false;
    const give = (value: number | undefined) => {
      if (!settled) resolve(value);
      settled = true;
    };
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return give(undefined);
      zip.on('error', () => give(undefined));
      zip.on('end', () => give(total));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return give(undefined);
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > max) {
              stream.destroy();
              zip.close();
              give(max + 1);
            }
          });
          stream.on('error', () => give(undefined));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * The sheets of an .xlsx, read whole with exceljs (its streaming reader lost rows under
 * load in our tests). Memory is bounded before anything is inflated: the parts may add up
 * to at most MAX_INFLATED_BYTES (a 64 MiB file could otherwise inflate to gigabytes), and
 * what is kept is capped by rows and columns.
 */
async function xlsxSheets(file: string, bytes: Buffer): Promise<Sheet[]> {
  const inflated = await inflatedSize(bytes, MAX_INFLATED_BYTES);
  if (inflated === undefined) throw new InputError('LEMBAR_PROGRES_TIDAK_TERBACA', t('progress.err.xlsx', { file }), file);
  if (inflated > MAX_INFLATED_BYTES) throw tooBig(file, path.basename(file));
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new InputError('LEMBAR_PROGRES_TIDAK_TERBACA', t('progress.err.xlsx', { file }), file);
  }
  return workbook.worksheets.map((worksheet) => {
    const sheet: Sheet = { name: worksheet.name, rows: [] };
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (sheet.rows.length >= MAX_SHEET_ROWS) throw tooBig(file, sheet.name);
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (col > MAX_SHEET_COLUMNS) throw tooBig(file, sheet.name);
        const value = plain(cell.value);
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
