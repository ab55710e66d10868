// Every Excel workbook this tool writes (the district recap, the respondent plan, the
// board) is a list of sheet specs given to `workbookBytes`: each sheet gets a frozen,
// bold, filterable header row and columns as wide as their text, and is written with
// exceljs's streaming writer (native zlib; a 20,000-row sheet in about half the time of
// the in-memory workbook). exceljs is loaded only when a workbook is made. It writes a
// string as a string, so text from the data that begins with "=", "+", "-" or "@" is
// never a formula. `writeWorkbook` writes atomically and replaces only a workbook this
// tool wrote and nobody saved since: its document properties (docProps/core.xml) name
// pmp-offline as creator *and* last editor (Excel and LibreOffice put the user's name in
// the second when they save, so a workbook someone worked on is theirs). And the one way a
// workbook is read (`loadWorkbook`: the upload log, progress sheets), bounded before it is
// inflated.
import { PassThrough } from 'node:stream';
import yauzl from 'yauzl';
import { checkOutput, writeReplacingOurs, type IsOurs, type OutputErrors } from './write.js';

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
  workbook.creator = WORKBOOK_MARK;
  workbook.lastModifiedBy = WORKBOOK_MARK;
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

const WORKBOOK_MARK = 'pmp-offline';
const CORE_ENTRY = 'docProps/core.xml';
/** docProps/core.xml is a few hundred bytes; a workbook's entry list a few dozen. */
const CORE_MAX_BYTES = 64 * 1024;
const MAX_ENTRIES = 4096;

/** The document properties of the .xlsx at `file`, or undefined (not a ZIP, no properties, too large). */
function coreProperties(file: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return resolve(undefined);
      let seen = 0;
      const give = (value: string | undefined) => {
        zip.close();
        resolve(value);
      };
      zip.on('error', () => give(undefined));
      zip.on('end', () => give(undefined));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (++seen > MAX_ENTRIES) return give(undefined);
        if (entry.fileName !== CORE_ENTRY) return zip.readEntry();
        if (entry.uncompressedSize > CORE_MAX_BYTES || entry.compressedSize > CORE_MAX_BYTES) return give(undefined);
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return give(undefined);
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > CORE_MAX_BYTES) {
              stream.destroy();
              give(undefined);
            } else chunks.push(chunk);
          });
          stream.on('error', () => give(undefined));
          stream.on('end', () => give(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.readEntry();
    });
  });
}

/** A workbook of ours to replace: written by this tool and saved by nobody since. */
const isOurWorkbook: IsOurs = async (target) => {
  const core = await coreProperties(target);
  if (core === undefined) return false;
  const field = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(core)?.[1];
  return field('dc:creator') === WORKBOOK_MARK && field('cp:lastModifiedBy') === WORKBOOK_MARK;
};

/** Before a batch: whether `writeWorkbook` could write `file` (output/write.ts). */
export function checkWorkbookOutput(file: string, errors: OutputErrors, force = false): Promise<void> {
  return checkOutput(file, isOurWorkbook, errors, force);
}

/**
 * Writes the workbook atomically. A workbook of ours is replaced, any plain file with
 * --force; anything else (an export, a container, a workbook someone made or saved, a
 * link, a folder) is left alone: exit 4, one line.
 */
export function writeWorkbook(file: string, bytes: Buffer, errors: OutputErrors, force = false): Promise<void> {
  return writeReplacingOurs(file, bytes, isOurWorkbook, errors, force);
}

/** A cell's value as read: text, a number, a boolean, an Excel date, or nothing. */
export type CellPlain = string | number | boolean | Date | null;

/** The parts of a workbook once inflated: a 10,000-row sheet is about 2 MiB of XML. */
export const MAX_INFLATED_BYTES = 128 * 1024 * 1024;

/** exceljs's cell value as a plain value: rich text joined, a formula by its result. */
export function plainCellValue(value: unknown): CellPlain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: unknown };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plainCellValue(v.result);
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
 * The one way a workbook is read (the upload log, progress sheets): its parts are
 * inflated once and counted (at most MAX_INFLATED_BYTES, whatever the ZIP's directory
 * claims: 64 MiB on disk could otherwise inflate to gigabytes), then exceljs loads it.
 * exceljs's streaming reader was tried and dropped: under load it lost sheet names and rows.
 */
export async function loadWorkbook(bytes: Buffer, errors: { unreadable: () => Error; tooBig: () => Error }): Promise<import('exceljs').Workbook> {
  const inflated = await inflatedSize(bytes, MAX_INFLATED_BYTES);
  if (inflated === undefined) throw errors.unreadable();
  if (inflated > MAX_INFLATED_BYTES) throw errors.tooBig();
  const { default: ExcelJS } = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw errors.unreadable();
  }
  return workbook;
}
