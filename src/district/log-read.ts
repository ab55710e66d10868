// Reads a district's upload log for `eta --log`: CSV (comma or semicolon, as Indonesian
// Excel writes it; with or without BOM; UTF-8 or UTF-16; quoted fields) read with
// csv-parse, or the first sheet of an .xlsx read with exceljs. The first row names the
// columns; each other row comes out with its line (or sheet row) number, its cells as
// text, or as an Excel date where the workbook holds one. Only a file that cannot be read
// at all, or has no identity or time column, is an error here; a bad row is the board's
// to report.
import { InputError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { readCsvRows } from '../io/csv.js';
import { loadWorkbook, plainCellValue } from '../output/workbook.js';
import { formatMiB, readBytes } from '../io/read-text.js';

/** Largest log read: a province of 20,000 schools is about 2 MiB of CSV. */
export const MAX_LOG_BYTES = 64 * 1024 * 1024;

export const LOG_FIELDS = ['npsn', 'sekolah_id', 'waktu', 'nama', 'status', 'berkas'] as const;
export type LogField = (typeof LOG_FIELDS)[number];

/** Column names understood, after lower-casing and turning spaces and dashes into "_". */
const ALIASES: Record<LogField, readonly string[]> = {
  npsn: ['npsn'],
  sekolah_id: ['sekolah_id', 'id_sekolah', 'sekolahid', 'school_id'],
  waktu: ['waktu_unggah', 'diunggah', 'waktu', 'tanggal_unggah', 'tgl_unggah', 'dikirim', 'waktu_kirim', 'tanggal_kirim', 'uploaded', 'upload_time', 'sent'],
  nama: ['nama', 'nama_sekolah', 'sekolah', 'name', 'school'],
  status: ['status', 'status_situs', 'status_pengiriman', 'status_kirim'],
  berkas: ['berkas', 'nama_berkas', 'file'],
};

export type LogCell = string | Date | number;

export interface LogRow {
  /** The line (CSV) or row (xlsx) number, as a spreadsheet shows it. */
  baris: number;
  cells: Partial<Record<LogField, LogCell>>;
}

export interface LogTable {
  /** The column each field was read from, as the file names it. */
  columns: Partial<Record<LogField, string>>;
  rows: LogRow[];
}

/** "Waktu Unggah (WIB)" → "waktu_unggah": lower case, no note in brackets, "_" between words. */
function normalise(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/\([^)]*\)/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-./]+/g, '_');
}

function mapColumns(file: string, header: readonly string[]): Map<number, LogField> {
  const map = new Map<number, LogField>();
  header.forEach((name, index) => {
    const key = normalise(name);
    const field = LOG_FIELDS.find((f) => ALIASES[f].includes(key));
    if (field && ![...map.values()].includes(field)) map.set(index, field);
  });
  const fields = new Set(map.values());
  const found =
    header
      .map((h) => h.trim())
      .filter(Boolean)
      .join(', ') || '-';
  if (!fields.has('npsn') && !fields.has('sekolah_id')) throw new InputError('LOG_TANPA_IDENTITAS', t('board.err.noIdColumn', { file, found }), file);
  if (!fields.has('waktu')) throw new InputError('LOG_TANPA_WAKTU', t('board.err.noTimeColumn', { file, found }), file);
  return map;
}

function table(file: string, header: readonly string[], body: Array<{ baris: number; values: readonly LogCell[] }>): LogTable {
  const map = mapColumns(file, header);
  const columns: LogTable['columns'] = {};
  for (const [index, field] of map) columns[field] = header[index]?.trim() ?? field;
  const rows: LogRow[] = [];
  for (const { baris, values } of body) {
    const cells: LogRow['cells'] = {};
    let any = false;
    for (const [index, field] of map) {
      const value = values[index];
      if (value === undefined || value === '') continue;
      cells[field] = typeof value === 'string' ? value.trim() : value;
      any = true;
    }
    // A row with nothing in the board's columns (a total line, a blank row) is not a school.
    if (any) rows.push({ baris, cells });
  }
  return { columns, rows };
}

async function readCsv(file: string, bytes: Buffer): Promise<LogTable> {
  const [head, ...body] = await readCsvRows(file, bytes);
  if (!head) throw new InputError('LOG_KOSONG', t('board.err.empty', { file }), file);
  return table(file, head.values, body);
}

async function readXlsx(file: string, bytes: Buffer): Promise<LogTable> {
  const unreadable = () => new InputError('LOG_XLSX_TIDAK_SAH', t('board.err.xlsx', { file }), file);
  const workbook = await loadWorkbook(bytes, { unreadable, tooBig: unreadable });
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new InputError('LOG_KOSONG', t('board.err.empty', { file }), file);
  // Text, numbers and Excel dates as they are; nothing is '', a boolean its word.
  const text = (value: unknown): LogCell => {
    const v = plainCellValue(value);
    return v === null ? '' : typeof v === 'boolean' ? String(v) : v;
  };
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    header[col - 1] = String(text(cell.value));
  });
  const body: Array<{ baris: number; values: LogCell[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values: LogCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = text(cell.value);
    });
    body.push({ baris: number, values });
  });
  return table(file, header, body);
}

export async function readLog(file: string): Promise<LogTable> {
  const bytes = readBytes(file, MAX_LOG_BYTES, {
    tooLarge: (size) => new InputError('LOG_TERLALU_BESAR', t('board.err.tooBig', { file, size: formatMiB(size), max: formatMiB(MAX_LOG_BYTES) }), file),
  });
  // A workbook is a ZIP whatever its name; anything else is read as CSV text.
  const isZip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (isZip) return readXlsx(file, bytes);
  if (/\.xlsx$/i.test(file)) throw new InputError('LOG_XLSX_TIDAK_SAH', t('board.err.xlsx', { file }), file);
  return readCsv(file, bytes);
}
