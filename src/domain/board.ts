// The board of who to call (`eta --log`): for each school of a district's upload log, the
// one action now, from its upload instant and, when the log has it, the status the PMP
// website shows. Pure: instants and a status in, an action out.
import type { DateTime } from 'luxon';
import { nextAction, tahapAt, type Langkah, type SubmissionTimeline } from './timeline.js';

/** The statuses of the website's sending progress (Belum Kirim → Sudah Kirim → Sudah Diproses / Gagal Diproses). */
export const SITE_STATUSES = ['belum_kirim', 'sudah_kirim', 'sudah_diproses', 'gagal_diproses'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/** "Belum Kirim", "sudah  diproses", "GAGAL_DIPROSES" → the status; anything else undefined. */
export function parseSiteStatus(text: string): SiteStatus | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
  return (SITE_STATUSES as readonly string[]).includes(key) ? (key as SiteStatus) : undefined;
}

/** The board's actions: the time line's, and `selesai` once the site says Sudah Diproses. */
export type BoardAction = Langkah | 'selesai';

/** Most urgent first: how the board is sorted. */
export const URGENCY: readonly BoardAction[] = [
  'eskalasi_lpmp',
  'hubungi_dinas',
  'terlambat',
  'muat_ulang',
  'unggah',
  'tunggu_tampil',
  'tunggu_proses',
  'selesai',
];

/**
 * Decisions (README "eta --log"): Sudah Diproses is done, whatever the time; Gagal
 * Diproses is for LPMP at once; Sudah Kirim (the site has the file) waits for processing
 * until 3x24 h, then goes to LPMP; Belum Kirim, or no status, follows the time line as
 * `eta` does (reload after V, dinas after 2x24 h, LPMP after 3x24 h, late after the cut-off).
 */
export function boardAction(timeline: SubmissionTimeline, now: DateTime, onTime: boolean, status: SiteStatus | undefined): BoardAction {
  if (status === 'sudah_diproses') return 'selesai';
  if (!onTime) return 'terlambat';
  if (status === 'gagal_diproses') return 'eskalasi_lpmp';
  const tahap = tahapAt(timeline, now);
  if (status === 'sudah_kirim') return tahap === 'lewat_3x24' ? 'eskalasi_lpmp' : 'tunggu_proses';
  return nextAction(tahap, onTime);
}
