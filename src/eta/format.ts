// How instants and durations read for an operator: `Sabtu, 21 Oktober 2017 12.00 WIB`.
// Minute precision in text (the JSON keeps milliseconds); Intl with locale id/en.
import type { DateTime } from 'luxon';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { zoneLabel } from '../domain/zones.js';

const LONG: Record<Lang, string> = { id: 'cccc, d LLLL yyyy HH.mm', en: 'cccc, d LLLL yyyy HH:mm' };
const SHORT: Record<Lang, string> = { id: 'dd/MM/yyyy HH.mm', en: 'd LLL yyyy HH:mm' };

export function formatLong(dt: DateTime, zone: string, lang: Lang): string {
  return `${dt.setZone(zone).setLocale(lang).toFormat(LONG[lang])} ${zoneLabel(zone)}`;
}

export function formatShort(dt: DateTime, zone: string, lang: Lang): string {
  return `${dt.setZone(zone).setLocale(lang).toFormat(SHORT[lang])} ${zoneLabel(zone)}`;
}

/** "2 hari, 3 jam, 5 menit"; whole minutes, rounded down; under a minute says so. */
export function formatDuration(ms: number, lang: Lang): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  if (totalMinutes === 0) return t('eta.duration.underMinute', {}, lang);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  const unit = (value: number, name: 'day' | 'hour' | 'minute'): string =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  if (days) parts.push(unit(days, 'day'));
  if (hours) parts.push(unit(hours, 'hour'));
  if (minutes) parts.push(unit(minutes, 'minute'));
  return new Intl.ListFormat(lang, { type: 'unit', style: 'long' }).format(parts);
}
