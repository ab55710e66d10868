// The sheets of a progress sheet file, as rows of cells: an .xlsx read with exceljs's
// streaming reader (one row at a time, shared strings and styles cached: a 10,000-row
// sheet is never held as a workbook model), or a CSV read by the one CSV reader
// (eta/log-read.ts: comma or semicolon, BOM, UTF-8/16, Windows-1252, `sep=`).
import path from 'node:path';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { InputError } from '../core/errors.js';
import { readCsvRows } from '../io/csv.js';
import { t } from '../i18n/index.js';
import { readBytes } from '../io/read-text.js';

/** Largest progress sheet read: 10,000 respondents are well under 2 MiB. */
export const MAX_SHEET_BYTES = 64 * 1024 * 1024;

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

/** Small entries of a ZIP, by name (each at most 1 MiB; others are not read). */
function zipEntries(bytes: Buffer, names: readonly string[]): Promise<Map<string, string>> {
  return new Promise((resolve) => {
    const found = new Map<string, string>();
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return resolve(found);
      zip.on('error', () => resolve(found));
      zip.on('end', () => resolve(found));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!names.includes(entry.fileName) || entry.uncompressedSize > 1024 * 1024) return zip.readEntry();
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return zip.readEntry();
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', () => zip.readEntry());
          stream.on('end', () => {
            found.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

const unescapeXml = (text: string) => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Each worksheet part's sheet name ("xl/worksheets/sheet3.xml" → "Pendidik"), from the
 * workbook and its relationships: the streaming reader knows names only when the
 * workbook part comes first, which exceljs's own writer does not do.
 */
async function sheetNames(bytes: Buffer): Promise<Map<string, string>> {
  const parts = await zipEntries(bytes, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
  const targets = new Map<string, string>();
  for (const m of (parts.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, /sheet(\d+)\.xml$/.exec(target)?.[1] ?? '');
  }
  const names = new Map<string, string>();
  for (const m of (parts.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const number = rid ? targets.get(rid) : undefined;
    if (name !== undefined && number) names.set(number, unescapeXml(name));
  }
  return names;
}

async function xlsxSheets(file: string, bytes: Buffer): Promise<Sheet[]> {
  const { default: ExcelJS } = await import('exceljs');
  const names = await sheetNames(bytes);
  const sheets: Sheet[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    // exceljs 4's streaming reader reads `model.sheets` when a worksheet part comes after
    // the shared strings but before the workbook part (as its own in-memory writer orders
    // them) and fails on the missing model: an empty one lets it go on; sheetNames names them.
    (reader as unknown as { model?: object }).model ??= {};
    for await (const worksheet of reader) {
      // The reader names a sheet itself when the workbook part came first; otherwise it
      // calls it "Sheet<n>" after its part, and the name comes from sheetNames.
      const part = worksheet as unknown as { name?: string; id?: string | number };
      const own = String(part.name ?? '');
      const sheet: Sheet = { name: own === `Sheet${String(part.id)}` ? (names.get(String(part.id)) ?? own) : own, rows: [] };
      for await (const row of worksheet as unknown as AsyncIterable<{ number: number; eachCell: (o: { includeEmpty: boolean }, f: (cell: { value: unknown; numFmt?: string }, col: number) => void) => void }>) {
        const cells: SheetCell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const value = plain(cell.value);
          cells[col - 1] = typeof value === 'number' && typeof cell.numFmt === 'string' && cell.numFmt.includes('%') ? { value, percent: true } : { value };
        });
        for (let i = 0; i < cells.length; i++) cells[i] ??= { value: null };
        sheet.rows.push({ baris: row.number, cells });
      }
      sheets.push(sheet);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('LEMBAR_PROGRES_TIDAK_TERBACA', t('progress.err.xlsx', { file }), file);
  }
  return sheets;
}

/** Every sheet of `file` (a CSV is one sheet named after the file). */
export async function readSheets(file: string): Promise<Sheet[]> {
  const bytes = readBytes(file, MAX_SHEET_BYTES);
  if (bytes.length === 0) throw new InputError('BERKAS_KOSONG', t('input.empty', { file }), file);
  if (bytes.subarray(0, 4).equals(ZIP)) return xlsxSheets(file, bytes);
  if (/\.xlsx$/i.test(file)) throw new InputError('LEMBAR_PROGRES_TIDAK_TERBACA', t('progress.err.xlsx', { file }), file);
  const rows = await readCsvRows(file, bytes);
  return [{ name: path.basename(file).replace(/\.[^.]*$/, ''), rows: rows.map((r) => ({ baris: r.baris, cells: r.values.map((value) => ({ value })) })) }];
}
