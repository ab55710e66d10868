// The one CSV reader (the upload log, progress sheets): comma or semicolon (Indonesian
// Excel writes ";"), Excel's `sep=` line, BOM, UTF-8/16 or Windows-1252, quoted cells over
// several lines; rows numbered as a spreadsheet shows them.
import { InputError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { decodeText } from './read-text.js';

/** The separator of a CSV: whichever of ";" and "," the header line has more of, outside quotes. */
function delimiterOf(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * A CSV's text: UTF-8 (with or without BOM) or UTF-16 as decodeText reads them, else
 * Windows-1252, which is what Excel's plain "CSV" writes on an Indonesian Windows.
 */
function logText(file: string, bytes: Buffer): string {
  try {
    return decodeText(bytes, file);
  } catch (err) {
    if ((err as InputError).kode !== 'BUKAN_UTF8') throw err;
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** What csv-parse can refuse in a file read with our options: a quotation mark without its pair. */
const QUOTE_ERRORS = new Set(['INVALID_OPENING_QUOTE', 'CSV_INVALID_CLOSING_QUOTE', 'CSV_QUOTE_NOT_CLOSED']);

/** Excel's `sep=;` first line names the separator; Excel itself hides that line. */
const SEP_LINE = /^\uFEFF?sep=([;,\t|])[^\S\r\n]*\r?\n/i;

/**
 * The rows of a CSV as a spreadsheet shows them (1 is the first row; a quoted cell over
 * two lines is one row; empty lines count, Excel's hidden `sep=` line does not), each
 * with its cells as text. The one CSV reader: the upload log and progress sheets.
 */
export async function readCsvRows(file: string, bytes: Buffer): Promise<Array<{ baris: number; values: string[] }>> {
  let text = logText(file, bytes);
  const sep = SEP_LINE.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const { parse } = await import('csv-parse/sync');
  type Parsed = { record: string[]; info: { records: number; empty_lines: number } };
  let records: Parsed[];
  try {
    records = parse(text, {
      delimiter: sep?.[1] ?? delimiterOf(text),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
    }) as unknown as Parsed[];
  } catch (err) {
    const { lines, code } = err as { lines?: number; code?: string };
    // The parser's own message is English: the user gets the catalogue's words for it.
    const detail = t(QUOTE_ERRORS.has(code ?? '') ? 'board.err.csvQuote' : 'board.err.csvOther');
    throw new InputError('LOG_CSV_TIDAK_SAH', t('board.err.csv', { file, line: lines ?? '?', detail }), file);
  }
  return records.map((r) => ({ baris: r.info.records + r.info.empty_lines, values: r.record }));
}
