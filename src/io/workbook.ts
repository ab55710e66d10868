// Every Excel workbook this tool writes (the district recap, the respondent plan, the
// board) is a list of sheet specs given to `workbookBytes`: each sheet gets a frozen,
// bold, filterable header row and columns as wide as their text, and is written with
// exceljs's streaming writer (native zlib; a 20,000-row sheet in about half the time of
// the in-memory workbook). exceljs is loaded only when a workbook is made. It writes a
// string as a string, so text from the data that begins with "=", "+", "-" or "@" is
// never a formula. `writeWorkbook` writes atomically and replaces only a workbook.
import { PassThrough } from 'node:stream';
import { readFile } from 'node:fs/promises';
import { checkOutput, writeReplacingOurs, type IsOurs, type OutputErrors } from './write-output.js';

export type CellValue = string | number | Date | undefined;

export interface SheetSpec {
  name: string;
  columns: ReadonlyArray<{ header: string; key: string; numFmt?: string }>;
  rows: ReadonlyArray<Record<string, CellValue>>;
  /** Print on A4 landscape, one page wide, the header row on every page. */
  printA4?: boolean;
}

const importExcel = () => import('exceljs');
let excel: ReturnType<typeof importExcel> | undefined;
/** exceljs, loaded once; `preloadExcel` starts it early (a batch's idle main thread compiles it). */
function loadExcel(): ReturnType<typeof importExcel> {
  excel ??= importExcel();
  return excel;
}

/** Starts loading exceljs now, for a workbook that will be written at the end of a batch. */
export function preloadExcel(): void {
  loadExcel().catch(() => {
    excel = undefined; // reported when the workbook is made
  });
}

/** Widest text of each column (a date counts as "dd/mm/yyyy hh:mm"), 4 to 60 characters. */
function widths(sheet: SheetSpec): number[] {
  return sheet.columns.map((c) => {
    let widest = Math.max(4, c.header.length);
    for (const row of sheet.rows) {
      const v = row[c.key];
      const length = v instanceof Date ? 16 : v === undefined ? 0 : String(v).length;
      if (length > widest) widest = length;
    }
    return Math.min(60, widest + 2);
  });
}

export async function workbookBytes(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const { default: ExcelJS } = await loadExcel();
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  // Deflate level 1: a workbook of text compresses nearly as well, several times faster.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  workbook.creator = 'pmp-offline';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const width = widths(sheet);
    ws.columns = sheet.columns.map((c, i) => ({ header: c.header, key: c.key, width: width[i], ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
    if (sheet.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    if (sheet.printA4) ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.commit();
    // One style object per column, shared by its cells: exceljs then serialises each
    // style once instead of once per cell (a third of a 5,000-school recap's time).
    const styles = sheet.columns.map((c) => (c.numFmt ? { numFmt: c.numFmt } : {}));
    for (const values of sheet.rows) {
      const row = ws.addRow(values);
      styles.forEach((style, i) => {
        row.getCell(i + 1).style = style;
      });
      row.commit();
    }
    ws.commit();
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

/** A workbook of ours to replace: an .xlsx that is a ZIP. */
const isWorkbook: IsOurs = async (target) => target.toLowerCase().endsWith('.xlsx') && (await readFile(target)).subarray(0, 2).toString('latin1') === 'PK';

/** Before a batch: whether `writeWorkbook` could write `file` (io/write-output.ts). */
export function checkWorkbookOutput(file: string, errors: OutputErrors): Promise<void> {
  return checkOutput(file, isWorkbook, errors);
}

/**
 * Writes the workbook atomically. An existing workbook is replaced; any other file (an
 * export, a container, a link, a folder) is left alone: exit 4, one line.
 */
export function writeWorkbook(file: string, bytes: Buffer, errors: OutputErrors): Promise<void> {
  return writeReplacingOurs(file, bytes, isWorkbook, errors);
}
