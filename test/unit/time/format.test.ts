// eta writes day names, month names and durations itself instead of loading ICU's data
// for them; these hold every name and a spread of durations to what Intl (through
// luxon, as before) writes for the same locale.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatDuration, formatLong, formatShort } from '../../../src/time/format.js';
import { zoneLabel } from '../../../src/domain/zones.js';
import { inLang } from '../../helpers/lang.js';

const LUXON_LONG = { id: 'cccc, d LLLL yyyy HH.mm', en: 'cccc, d LLLL yyyy HH:mm' } as const;
const LUXON_SHORT = { id: 'dd/MM/yyyy HH.mm', en: 'd LLL yyyy HH:mm' } as const;
const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'America/Los_Angeles', 'UTC'];

function intlDuration(ms: number, lang: 'id' | 'en'): string {
  const total = Math.floor(Math.abs(ms) / 60_000);
  const parts: string[] = [];
  const unit = (value: number, name: string) => new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  if (Math.floor(total / 1440)) parts.push(unit(Math.floor(total / 1440), 'day'));
  if (Math.floor((total % 1440) / 60)) parts.push(unit(Math.floor((total % 1440) / 60), 'hour'));
  if (total % 60) parts.push(unit(total % 60, 'minute'));
  return new Intl.ListFormat(lang, { type: 'unit', style: 'long' }).format(parts);
}

describe('eta dates and durations, written without ICU data', () => {
  it('every day and month name, in both languages and several zones, as Intl writes them', () => {
    for (const lang of ['id', 'en'] as const) {
      for (const zone of ZONES) {
        // Each day of 2017 at 23:45 UTC: every weekday and month, dates that move a day in the zone.
        for (let day = 0; day < 366; day += 1) {
          const dt = DateTime.fromMillis(Date.UTC(2017, 0, 1, 23, 45) + day * 86_400_000, { zone: 'UTC' });
          const expectedLong = `${dt.setZone(zone).setLocale(lang).toFormat(LUXON_LONG[lang])} ${zoneLabel(zone)}`;
          const expectedShort = `${dt.setZone(zone).setLocale(lang).toFormat(LUXON_SHORT[lang])} ${zoneLabel(zone)}`;
          expect(inLang(lang, () => formatLong(dt, zone))).toBe(expectedLong);
          expect(inLang(lang, () => formatShort(dt, zone))).toBe(expectedShort);
        }
      }
    }
  });

  it('any instant from 1970 to 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Date.UTC(9999, 11, 31) }),
        fc.constantFrom(...ZONES),
        fc.constantFrom('id' as const, 'en' as const),
        (ms, zone, lang) => {
          const dt = DateTime.fromMillis(ms, { zone: 'UTC' });
          expect(inLang(lang, () => formatLong(dt, zone))).toBe(`${dt.setZone(zone).setLocale(lang).toFormat(LUXON_LONG[lang])} ${zoneLabel(zone)}`);
        },
      ),
      { numRuns: 500, seed: 51 },
    );
  });

  it('durations as Intl.NumberFormat and ListFormat write them (singular, plural, thousands)', () => {
    const minute = 60_000;
    const cases = [minute, 2 * minute, 59 * minute, 60 * minute, 61 * minute, 1440 * minute, 1441 * minute, 2 * 1440 * minute + 3 * 60 * minute + 5 * minute];
    cases.push(1234 * 1440 * minute, 2_900_000 * 1440 * minute + 1, -(90 * minute));
    for (const lang of ['id', 'en'] as const) {
      for (const ms of cases)
        expect(
          inLang(lang, () => formatDuration(ms)),
          `${ms} ${lang}`,
        ).toBe(intlDuration(ms, lang));
      fc.assert(
        fc.property(fc.integer({ min: minute, max: 3_000_000 * 1440 * minute }), (ms) => {
          expect(inLang(lang, () => formatDuration(ms))).toBe(intlDuration(ms, lang));
        }),
        { numRuns: 300, seed: 52 },
      );
    }
  });
});
