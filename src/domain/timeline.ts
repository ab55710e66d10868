// The submission time line, from DOMAIN.md's Decisions. Pure: instants in, instants out.
//   S  uploaded (dikirim)
//   P  processed = S + 24h
//   V  visible   = first 00/06/12/18 Asia/Jakarta refresh strictly after P
//   L  the offline route's 2x24h promise = S + 48h
//   E  the 3x24h escalation line = S + 72h
import { DateTime, WIB_ZONE } from './luxon.js';

export const PROCESSING_HOURS = 24;
export const GUARANTEE_HOURS = 48;
export const ESCALATION_HOURS = 72;
export const REFRESH_EVERY_HOURS = 6;

/** Default cut-off (PMP 2017, extended): the last instant of 20 October 2017 WIB. */
export const DEFAULT_CUTOFF: DateTime = DateTime.fromObject(
  { year: 2017, month: 10, day: 20, hour: 23, minute: 59, second: 59, millisecond: 999 },
  { zone: WIB_ZONE },
);

export interface SubmissionTimeline {
  dikirim: DateTime;
  diproses: DateTime;
  tampil: DateTime;
  batas2x24: DateTime;
  batas3x24: DateTime;
}

export const TAHAP = ['belum_dikirim', 'menunggu_proses', 'menunggu_tampil', 'seharusnya_tampil', 'lewat_2x24', 'lewat_3x24'] as const;
export type Tahap = (typeof TAHAP)[number];

/**
 * The first website refresh slot (00.00, 06.00, 12.00, 18.00 WIB) strictly after `processed`.
 * A refresh at T publishes what was processed before T, so processed exactly at 12:00:00.000
 * shows at 18:00. Built on the wall clock in Asia/Jakarta, not by adding hours, so a slot is
 * always at a slot hour even across the zone's historic offset changes.
 */
export function refreshSlotAfter(processed: DateTime): DateTime {
  const p = processed.setZone(WIB_ZONE);
  const slotHour = Math.floor(p.hour / REFRESH_EVERY_HOURS) * REFRESH_EVERY_HOURS;
  const next = slotHour + REFRESH_EVERY_HOURS;
  if (next < 24) return DateTime.fromObject({ year: p.year, month: p.month, day: p.day, hour: next }, { zone: WIB_ZONE });
  return p.startOf('day').plus({ days: 1 }).startOf('day');
}

/** `hours` after `from`, as an instant (elapsed time, whatever the wall clock does), in WIB. */
const after = (from: DateTime, hours: number) => DateTime.fromMillis(from.toMillis() + hours * 3_600_000, { zone: WIB_ZONE });

export function submissionTimeline(sent: DateTime): SubmissionTimeline {
  const dikirim = sent.setZone(WIB_ZONE);
  const diproses = after(dikirim, PROCESSING_HOURS);
  return {
    dikirim,
    diproses,
    tampil: refreshSlotAfter(diproses),
    batas2x24: after(dikirim, GUARANTEE_HOURS),
    batas3x24: after(dikirim, ESCALATION_HOURS),
  };
}

/** Where `now` falls on the time line: < S, [S,P), [P,V), [V,L), [L,E), >= E. */
export function tahapAt(timeline: SubmissionTimeline, now: DateTime): Tahap {
  const n = now.toMillis();
  if (n < timeline.dikirim.toMillis()) return 'belum_dikirim';
  if (n < timeline.diproses.toMillis()) return 'menunggu_proses';
  if (n < timeline.tampil.toMillis()) return 'menunggu_tampil';
  if (n < timeline.batas2x24.toMillis()) return 'seharusnya_tampil';
  if (n < timeline.batas3x24.toMillis()) return 'lewat_2x24';
  return 'lewat_3x24';
}

/**
 * The one thing to do now. After the cut-off, whatever the stage, the only action that
 * fits is to contact the dinas / LPMP about a late submission.
 */
export const LANGKAH = ['unggah', 'tunggu_proses', 'tunggu_tampil', 'muat_ulang', 'hubungi_dinas', 'eskalasi_lpmp', 'terlambat'] as const;
export type Langkah = (typeof LANGKAH)[number];

export function nextAction(tahap: Tahap, onTime: boolean): Langkah {
  if (!onTime) return 'terlambat';
  switch (tahap) {
    case 'belum_dikirim':
      return 'unggah';
    case 'menunggu_proses':
      return 'tunggu_proses';
    case 'menunggu_tampil':
      return 'tunggu_tampil';
    case 'seharusnya_tampil':
      return 'muat_ulang';
    case 'lewat_2x24':
      return 'hubungi_dinas';
    case 'lewat_3x24':
      return 'eskalasi_lpmp';
  }
}

export interface CutoffVerdict {
  onTime: boolean;
  /** cutoff − sent in milliseconds: ≥ 0 on time (the margin), < 0 late (by −marginMs). */
  marginMs: number;
}

/** On time ⇔ sent ≤ cutoff (both instants; zones do not matter). */
export function cutoffVerdict(sent: DateTime, cutoff: DateTime): CutoffVerdict {
  const marginMs = cutoff.toMillis() - sent.toMillis();
  return { onTime: marginMs >= 0, marginMs };
}
