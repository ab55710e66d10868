// How instants and durations read for an operator: `Sabtu, 21 Oktober 2017 12.00 WIB`.
// Minute precision in text (the JSON keeps milliseconds); Intl with locale id/en.
import type { DateTime } from 'luxon';
import type { Langkah, SubmissionTimeline } from '../domain/timeline.js';
import { getLang, t, type Lang, type MessageKey } from '../i18n/index.js';
import { WIB, zoneLabel } from '../domain/zones.js';
import { zoneOf } from '../domain/luxon.js';

// Day and month names written out here rather than asked of Intl: loading ICU's
// calendar and unit data was a tenth of `eta`'s run time. A test holds every name,
// and the durations below, to what Intl says for the same locale.
const DAYS: Record<Lang, readonly string[]> = {
  id: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const MONTHS_SHORT_EN: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad2 = (n: number) => String(n).padStart(2, '0');
const clock = (dt: DateTime) => `${pad2(dt.hour)}${getLang() === 'id' ? '.' : ':'}${pad2(dt.minute)}`;

/** `Sabtu, 21 Oktober 2017 12.00 WIB` / `Saturday, 21 October 2017 12:00 WIB`. */
export function formatLong(dt: DateTime, zone: string): string {
  const lang = getLang();
  const local = dt.setZone(zoneOf(zone));
  const day = DAYS[lang][local.weekday - 1] as string;
  const month = MONTHS[lang][local.month - 1] as string;
  return `${day}, ${local.day} ${month} ${String(local.year).padStart(4, '0')} ${clock(local)} ${zoneLabel(zone)}`;
}

/** `21/10/2017 12.00 WIB` / `21 Oct 2017 12:00 WIB`. */
export function formatShort(dt: DateTime, zone: string): string {
  const lang = getLang();
  const local = dt.setZone(zoneOf(zone));
  const year = String(local.year).padStart(4, '0');
  const date = lang === 'id' ? `${pad2(local.day)}/${pad2(local.month)}/${year}` : `${local.day} ${MONTHS_SHORT_EN[local.month - 1] as string} ${year}`;
  return `${date} ${clock(local)} ${zoneLabel(zone)}`;
}

const UNITS: Record<Lang, Record<'day' | 'hour' | 'minute', [string, string]>> = {
  id: { day: ['hari', 'hari'], hour: ['jam', 'jam'], minute: ['menit', 'menit'] },
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
};

/** A whole number with the locale's thousands separator: 1.234 (id), 1,234 (en). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, getLang() === 'id' ? '.' : ',');
}

/** "2 hari, 3 jam, 5 menit"; whole minutes, rounded down; under a minute says so. */
export function formatDuration(ms: number): string {
  const lang = getLang();
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  if (totalMinutes === 0) return t('eta.duration.underMinute');
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  const unit = (value: number, name: 'day' | 'hour' | 'minute'): string => `${grouped(value)} ${UNITS[lang][name][value === 1 ? 0 : 1]}`;
  if (days) parts.push(unit(days, 'day'));
  if (hours) parts.push(unit(hours, 'hour'));
  if (minutes) parts.push(unit(minutes, 'minute'));
  return parts.join(', ');
}

/** The one thing to do now, with the instants its sentence names (eta and the district board). */
export function todoLine(langkah: Langkah, timeline: SubmissionTimeline, cutoff: DateTime, planned = false): string {
  const instants = {
    cutoff,
    dikirim: timeline.dikirim,
    diproses: timeline.diproses,
    tampil: timeline.tampil,
    batas2x24: timeline.batas2x24,
    batas3x24: timeline.batas3x24,
  };
  // Each instant is worded only if the sentence names it (t() reads just the placeholders
  // it has): a board of 20,000 schools words one or two per school, not five.
  const params: Record<string, string> = {};
  for (const [name, dt] of Object.entries(instants)) Object.defineProperty(params, name, { enumerable: true, get: () => formatLong(dt, WIB) });
  // An upload time still ahead (--sent after --now): its times are not the earliest.
  const key = planned && langkah === 'unggah' ? 'eta.todo.unggahNanti' : (`eta.todo.${langkah}` as MessageKey);
  return t(key, params);
}
