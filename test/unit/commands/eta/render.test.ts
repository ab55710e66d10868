import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../src/i18n/index.js';
import { DEFAULT_CUTOFF, submissionTimeline } from '../../../../src/domain/timeline.js';
import { drawPicture, PICTURE_WIDTH } from '../../../../src/commands/eta/picture.js';
import { formatDuration, formatLong } from '../../../../src/time/format.js';
import { icsEvents } from '../../../../src/output/calendar.js';
import { etaReminders, runEta } from '../../../../src/commands/eta/run.js';
import { inLang } from '../../../helpers/lang.js';

const at = (iso: string): DateTime => DateTime.fromISO(iso, { setZone: true });

describe('drawPicture', () => {
  const tl = submissionTimeline(at('2017-10-20T14:30:00+07:00'));
  const draw = (now: string, unicode = false) => drawPicture(tl, at(now), { unicode, nowLabel: 'now' });

  it('puts S at the left, E at the right, five points', () => {
    const [line, numbers] = draw('2017-10-21T16:00:00+07:00');
    expect(line).toHaveLength(PICTURE_WIDTH + 1);
    expect(line?.[0]).toBe('o');
    expect(line?.[PICTURE_WIDTH]).toBe('o');
    expect(line?.split('').filter((c) => c === 'o')).toHaveLength(5);
    expect(numbers?.indexOf('2')).toBe(PICTURE_WIDTH / 3);
    expect(numbers?.indexOf('4')).toBe((PICTURE_WIDTH * 2) / 3);
  });

  it('keeps V visible when it falls in the same column as P', () => {
    // P at 11:59:59.999 → V at 12:00: the same column at this width.
    const close = submissionTimeline(at('2017-10-20T11:59:59.999+07:00'));
    const [line, numbers] = drawPicture(close, at('2017-10-20T12:00:00+07:00'), { unicode: true, nowLabel: 'now' });
    expect(line?.split('').filter((c) => c === '●')).toHaveLength(5);
    expect(numbers).toContain('23');
  });

  it('marks now before S, inside, and after E', () => {
    expect(draw('2017-10-19T00:00:00+07:00')[2]).toBe('< now');
    expect(draw('2017-10-20T14:30:00+07:00')[2]).toBe('^ now');
    expect(draw('2017-10-30T00:00:00+07:00')[2]).toBe(`${' '.repeat(PICTURE_WIDTH - 4)}now >`);
    expect(draw('2017-10-30T00:00:00+07:00', true)[2]?.trim()).toBe('now ▶');
  });
});

describe('formatting', () => {
  it('long dates as operators write them, in WIB and another zone', () => {
    const v = at('2017-10-21T12:00:00+07:00');
    expect(inLang('id', () => formatLong(v, 'Asia/Jakarta'))).toBe('Sabtu, 21 Oktober 2017 12.00 WIB');
    expect(inLang('id', () => formatLong(v, 'Asia/Makassar'))).toBe('Sabtu, 21 Oktober 2017 13.00 WITA');
    expect(inLang('en', () => formatLong(v, 'Asia/Jayapura'))).toBe('Saturday, 21 October 2017 14:00 WIT');
  });

  it('durations in whole minutes, rounded down, sign ignored', () => {
    expect(inLang('id', () => formatDuration(-1))).toBe('kurang dari 1 menit');
    expect(inLang('en', () => formatDuration(59_999))).toBe('less than a minute');
    expect(inLang('en', () => formatDuration(60_000))).toBe('1 minute');
    expect(inLang('en', () => formatDuration(-(26 * 60 + 15) * 60_000 - 59_999))).toBe('1 day, 2 hours, 15 minutes');
    expect(inLang('id', () => formatDuration(2 * 86_400_000))).toBe('2 hari');
  });
});

describe('the eta catalogue', () => {
  it('Indonesian and English have the same keys and the same placeholders', () => {
    const { id, en } = catalogs.eta;
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(holes(en[key]), key).toEqual(holes(id[key]));
    }
  });
});

describe('runEta and the calendar events', () => {
  const base = { files: [], zone: 'Asia/Jakarta', cutoff: DEFAULT_CUTOFF };

  it('three reminders per upload, plus the cut-off only while it is ahead, ordered by time', async () => {
    const sent = at('2017-10-19T08:00:00+07:00');
    const ahead = await runEta({ ...base, sent, now: at('2017-10-19T09:00:00+07:00') });
    expect(inLang('id', () => icsEvents(etaReminders(ahead), ahead.cutoff, ahead.now)).map((e) => e.uid)).toEqual([
      'pmp-offline-tampil-1508374800000@pmp-offline',
      'pmp-offline-cutoff-1508518799999@pmp-offline',
      'pmp-offline-batas2x24-1508374800000@pmp-offline',
      'pmp-offline-batas3x24-1508374800000@pmp-offline',
    ]);
    const passed = await runEta({ ...base, sent, now: DEFAULT_CUTOFF });
    expect(inLang('en', () => icsEvents(etaReminders(passed), passed.cutoff, passed.now)).map((e) => e.title)).toEqual([
      'PMP: check the sending status',
      'PMP: 2x24-hour line',
      'PMP: 3x24-hour line',
    ]);
  });

  it('with no file and no --sent, S is now and nothing is uploaded yet', async () => {
    const now = at('2017-10-20T20:00:00+07:00');
    const result = await runEta({ ...base, now });
    const [entry] = result.entries;
    expect(entry?.kind).toBe('ok');
    if (entry?.kind !== 'ok') return;
    expect(entry.source).toBe('now');
    expect(entry.timeline.dikirim.toMillis()).toBe(now.toMillis());
    expect(entry.tahap).toBe('belum_dikirim');
  });
});
