// What every Excel workbook this tool writes shares (the district recap, the respondent
// plan): exceljs loaded only when a workbook is made, the finish of a sheet (frozen,
// filterable header, widths that fit), and the atomic write that replaces only an
// earlier workbook. exceljs writes a string as a string, so text from the data that
// begins with "=", "+", "-" or "@" is never a formula.
import type { Workbook, Worksheet } from 'exceljs';
import { OutputError } from '../core/errors.js';
import { t, type MessageKey } from '../i18n/index.js';
import { writeFileAtomic } from './atomic.js';
import { writeReason } from './write-reason.js';

/** A new, empty workbook (exceljs is loaded on the first call). */
export async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'pmp-offline';
  return workbook;
}

export async function workbookBytes(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Frozen, bold, filterable header row and columns as wide as their text (up to 60). */
export function finishSheet(ws: Worksheet): void {
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.getRow(1).font = { bold: true };
  const columns = ws.columns ?? [];
  if (columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for (const column of columns) {
    let widest = 4;
    column.eachCell?.({ includeEmpty: false }, (cell) => {
      const value = cell.value instanceof Date ? '00/00/0000 00:00' : String(cell.value ?? '');
      widest = Math.max(widest, value.length);
    });
    column.width = Math.min(60, widest + 2);
  }
}

export interface WorkbookErrors {
  /** Code and message (with {file}) when the name is taken by something not a workbook. */
  exists: { kode: string; key: MessageKey };
  /** Code and message (with {file} and {reason}) when the write fails. */
  write: { kode: string; key: MessageKey };
}

/**
 * Writes the workbook atomically. An existing workbook is replaced; any other file (an
 * export, a container, a link, a folder) is left alone: exit 4, one line.
 */
export async function writeWorkbook(file: string, bytes: Buffer, errors: WorkbookErrors): Promise<void> {
  try {
    await writeFileAtomic(file, bytes, async (target, existing) => {
      const { readFile } = await import('node:fs/promises');
      const isWorkbook = existing.isFile() && target.toLowerCase().endsWith('.xlsx') && (await readFile(target)).subarray(0, 2).toString('latin1') === 'PK';
      if (!isWorkbook) throw new OutputError(errors.exists.kode, t(errors.exists.key, { file: target }), target);
      return 'replace';
    });
  } catch (err) {
    if (err instanceof OutputError) throw err;
    throw new OutputError(errors.write.kode, t(errors.write.key, { file, reason: writeReason(err) }), file);
  }
}
