// `eta --log`: the board of who to call. Each row of the upload log becomes a school's
// time line (the same one `eta` draws), whether the site should show it by now, and one
// action (src/domain/board.ts), sorted by urgency. A row that cannot be read is named
// with its line number and the rest go on. A school listed twice counts once, with its
// latest upload.
import { DateTime, zoneOf } from '../domain/luxon.js';
import { UsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';
import { boardAction, parseSiteStatus, SITE_STATUSES, URGENCY, type BoardAction, type SiteStatus } from '../domain/board.js';
import { NPSN, UUID } from '../domain/export-format.js';
import { cutoffVerdict, submissionTimeline, tahapAt, type SubmissionTimeline, type Tahap } from '../domain/timeline.js';
import { t } from '../i18n/index.js';
import { FIRST_YEAR, LAST_YEAR, parseTimeInput } from '../time/parse.js';
import type { LogCell, LogRow, LogTable } from './log-read.js';

export interface BoardEntry {
  baris: number;
  npsn?: string;
  sekolah_id?: string;
  nama?: string;
  status?: SiteStatus;
  /** False for a school the log lists without an upload time: not uploaded yet. */
  diunggah: boolean;
  /** From the upload time; for a school not uploaded yet, as if it uploaded now. */
  timeline: SubmissionTimeline;
  tepatWaktu: boolean;
  /** The site should show the upload by now (now ≥ V). */
  seharusnyaTampil: boolean;
  tahap: Tahap;
  langkah: BoardAction;
}

export interface BoardRowError {
  baris: number;
  kode: string;
  pesan: string;
}

export interface Board {
  file: string;
  now: DateTime;
  cutoff: DateTime;
  zone: string;
  /** Most urgent first. */
  entries: BoardEntry[];
  galat: BoardRowError[];
  /** Rows of a school listed again later with a later upload: the later row counts. */
  diganti: Array<{ baris: number; diganti_oleh: number }>;
  ringkasan: Record<BoardAction, number>;
}

export interface BoardOptions {
  file: string;
  now: DateTime;
  cutoff: DateTime;
  /** Zone of times written without one (and of Excel dates): --zone, default WIB. */
  zone: string;
}

class RowError extends Error {
  constructor(
    readonly kode: string,
    message: string,
  ) {
    super(message);
  }
}

/** An Excel date or serial is a wall clock with no zone: read in `zone`. */
function wallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  zone: string,
  column: string,
  shown: string,
): DateTime {
  const dt = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: zoneOf(zone) });
  if (!dt.isValid || dt.year < FIRST_YEAR || dt.year > LAST_YEAR) {
    throw new RowError('WAKTU_DI_LUAR_RENTANG', t('eta.err.timeRange', { option: column, value: shown, first: FIRST_YEAR, last: LAST_YEAR }));
  }
  return dt;
}

function instantOf(cell: LogCell, zone: string, column: string): DateTime {
  if (cell instanceof Date) {
    // exceljs hands an Excel date over as a Date whose UTC fields are the cell's wall clock.
    const d = cell;
    return wallClock(
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      zone,
      column,
      d.toISOString().slice(0, 19),
    );
  }
  const text = String(cell).trim();
  // An Excel serial (days since 30 December 1899), as a number cell or as text.
  if (typeof cell === 'number' || /^\d{5}([.,]\d+)?$/.test(text)) {
    const serial = typeof cell === 'number' ? cell : Number(text.replace(',', '.'));
    const utc = DateTime.fromMillis(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000), { zone: 'utc' });
    // A number far past any date (20171018143000 typed into a time cell) is no instant at all.
    if (!utc.isValid) throw new RowError('WAKTU_DI_LUAR_RENTANG', t('eta.err.timeRange', { option: column, value: text, first: FIRST_YEAR, last: LAST_YEAR }));
    return wallClock(utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, zone, column, text);
  }
  try {
    return parseTimeInput(text, { option: column, zone }).instant;
  } catch (err) {
    if (err instanceof UsageError) throw new RowError(err.kode, err.message);
    throw err;
  }
}

function readRow(row: LogRow, columns: LogTable['columns'], options: BoardOptions): Omit<BoardEntry, 'langkah' | 'tahap' | 'seharusnyaTampil' | 'tepatWaktu'> {
  const c = row.cells;
  const npsn = c.npsn !== undefined ? String(c.npsn).trim().toUpperCase() : undefined;
  const id = c.sekolah_id !== undefined ? String(c.sekolah_id).trim().toLowerCase() : undefined;
  if (npsn !== undefined && !NPSN.test(npsn))
    throw new RowError('NPSN_TIDAK_SAH', t('board.err.npsn', { column: columns.npsn ?? 'npsn', value: String(c.npsn) }));
  if (id !== undefined && !UUID.test(id))
    throw new RowError('SEKOLAH_ID_TIDAK_SAH', t('board.err.uuid', { column: columns.sekolah_id ?? 'sekolah_id', value: String(c.sekolah_id) }));
  if (npsn === undefined && id === undefined) throw new RowError('TANPA_IDENTITAS', t('board.err.noId'));
  // No upload time: the school has not uploaded yet (pack's unggahan.csv lists them so).
  const diunggah = c.waktu !== undefined;
  const sent = c.waktu === undefined ? options.now : instantOf(c.waktu, options.zone, columns.waktu ?? 'waktu');
  let status: SiteStatus | undefined;
  if (c.status !== undefined) {
    status = parseSiteStatus(String(c.status));
    if (!status) {
      throw new RowError(
        'STATUS_TIDAK_DIKENAL',
        t('board.err.status', {
          column: columns.status ?? 'status',
          value: String(c.status),
          allowed: SITE_STATUSES.map((s) => t(`board.status.${s}`)).join(', '),
        }),
      );
    }
  }
  const nama = c.nama !== undefined ? String(c.nama).trim() : undefined;
  return {
    baris: row.baris,
    ...(npsn !== undefined ? { npsn } : {}),
    ...(id !== undefined ? { sekolah_id: id } : {}),
    ...(nama ? { nama } : {}),
    ...(status ? { status } : {}),
    diunggah,
    timeline: submissionTimeline(sent),
  };
}

export function makeBoard(log: LogTable, options: BoardOptions): Board {
  const galat: BoardRowError[] = [];
  const latest = new Map<string, BoardEntry>();
  const diganti: Board['diganti'] = [];
  for (const row of log.rows) {
    let read: ReturnType<typeof readRow>;
    try {
      read = readRow(row, log.columns, options);
    } catch (err) {
      if (!(err instanceof RowError)) throw err;
      galat.push({ baris: row.baris, kode: err.kode, pesan: t('board.err.row', { file: options.file, baris: row.baris, detail: err.message }) });
      continue;
    }
    const verdict = cutoffVerdict(read.timeline.dikirim, options.cutoff);
    const entry: BoardEntry = read.diunggah
      ? {
          ...read,
          tepatWaktu: verdict.onTime,
          seharusnyaTampil: options.now.toMillis() >= read.timeline.tampil.toMillis(),
          tahap: tahapAt(read.timeline, options.now),
          langkah: boardAction(read.timeline, options.now, verdict.onTime, read.status),
        }
      : {
          ...read,
          tepatWaktu: verdict.onTime,
          seharusnyaTampil: false,
          tahap: 'belum_dikirim',
          langkah: read.status === 'sudah_diproses' ? 'selesai' : verdict.onTime ? 'unggah' : 'terlambat',
        };
    const key = entry.npsn ?? (entry.sekolah_id as string);
    const before = latest.get(key);
    // A row with an upload beats one without; between two of a kind, the later upload.
    const later = before && (entry.diunggah !== before.diunggah ? entry.diunggah : entry.timeline.dikirim.toMillis() >= before.timeline.dikirim.toMillis());
    if (!before) latest.set(key, entry);
    else if (later) {
      diganti.push({ baris: before.baris, diganti_oleh: entry.baris });
      latest.set(key, entry);
    } else diganti.push({ baris: entry.baris, diganti_oleh: before.baris });
  }
  const rank = new Map(URGENCY.map((a, i) => [a, i]));
  const entries = [...latest.values()].sort(
    (a, b) => (rank.get(a.langkah) ?? 0) - (rank.get(b.langkah) ?? 0) || a.timeline.dikirim.toMillis() - b.timeline.dikirim.toMillis() || a.baris - b.baris,
  );
  const ringkasan = Object.fromEntries(URGENCY.map((a) => [a, 0])) as Record<BoardAction, number>;
  for (const e of entries) ringkasan[e.langkah]++;
  return {
    file: options.file,
    now: options.now,
    cutoff: options.cutoff,
    zone: options.zone,
    entries,
    galat,
    diganti: diganti.sort((a, b) => a.baris - b.baris),
    ringkasan,
  };
}

/** The school as a person reads it: its name, else its NPSN or id. */
export function schoolLabel(e: BoardEntry): string {
  return visible(e.nama ?? e.npsn ?? e.sekolah_id ?? '');
}
