import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { setLang } from '../../../src/i18n/index.js';
import { parseTimeInput } from '../../../src/time/parse.js';

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';

function iso(input: string, zone = WIB, allowDate = false): string | null {
  return parseTimeInput(input, { option: '--sent', zone, allowDate }).instant.toISO();
}

function usageError(input: string, allowDate = false): UsageError {
  try {
    parseTimeInput(input, { option: '--sent', zone: WIB, allowDate });
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error(`accepted: ${input}`);
}

describe('parseTimeInput: accepted forms', () => {
  it.each([
    ['2017-10-20T14:30', '2017-10-20T14:30:00.000+07:00'],
    ['2017-10-20 14:30', '2017-10-20T14:30:00.000+07:00'],
    ['2017-10-20T14:30:15', '2017-10-20T14:30:15.000+07:00'],
    ['2017-10-20T14:30:15.250', '2017-10-20T14:30:15.250+07:00'],
    ['2017-10-20T14:30:15.5', '2017-10-20T14:30:15.500+07:00'],
    ['2017-10-20T14:30+08:00', '2017-10-20T13:30:00.000+07:00'],
    ['2017-10-20T14:30:00.000+0900', '2017-10-20T12:30:00.000+07:00'],
    ['2017-10-20T07:30Z', '2017-10-20T14:30:00.000+07:00'],
    ['2017-10-20T07:30:00-05:00', '2017-10-20T19:30:00.000+07:00'],
    ['20/10/2017 14.30', '2017-10-20T14:30:00.000+07:00'],
    ['20/10/2017 14:30', '2017-10-20T14:30:00.000+07:00'],
    ['20-10-2017 14.30', '2017-10-20T14:30:00.000+07:00'],
    ['20/10/2017 14.30.45', '2017-10-20T14:30:45.000+07:00'],
    ['20-10-2017 14:30:45', '2017-10-20T14:30:45.000+07:00'],
    ['1/9/2017 8.05', '2017-09-01T08:05:00.000+07:00'],
    ['  20/10/2017 14.30  ', '2017-10-20T14:30:00.000+07:00'],
    ['29/02/2016 10.00', '2016-02-29T10:00:00.000+07:00'],
  ])('%s → %s (read in WIB)', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it('reads a time without an offset in the given zone', () => {
    expect(iso('21/10/2017 00.30', WITA)).toBe('2017-10-20T23:30:00.000+07:00');
    expect(iso('2017-10-21T00:30', 'Asia/Jayapura')).toBe('2017-10-20T22:30:00.000+07:00');
  });

  it('an explicit offset wins over the zone', () => {
    expect(iso('2017-10-21T00:30+07:00', WITA)).toBe('2017-10-21T00:30:00.000+07:00');
  });

  it('returns the instant in Asia/Jakarta', () => {
    expect(parseTimeInput('2017-10-20T14:30', { option: '--now', zone: WITA }).instant.zoneName).toBe(WIB);
  });

  it('a bare date for --cutoff is the end of that day in WIB, whatever the zone', () => {
    expect(iso('2019-09-15', WIB, true)).toBe('2019-09-15T23:59:59.999+07:00');
    expect(iso('15/09/2019', WITA, true)).toBe('2019-09-15T23:59:59.999+07:00');
    expect(iso('20-10-2017', 'America/New_York', true)).toBe('2017-10-20T23:59:59.999+07:00');
    expect(parseTimeInput('2019-09-15', { option: '--cutoff', zone: WIB, allowDate: true }).form).toBe('date');
  });

  it('names the form it recognised', () => {
    expect(parseTimeInput('2017-10-20T14:30', { option: '--sent', zone: WIB }).form).toBe('iso');
    expect(parseTimeInput('20/10/2017 14.30', { option: '--sent', zone: WIB }).form).toBe('indonesian');
  });
});

describe('parseTimeInput: rejected inputs', () => {
  it.each([
    '31/02/2017 10.00',
    '20/10/2017 25.00',
    '20/10/2017 24.00',
    '20/10/2017 14.60',
    '20/10/2017 14.30.60',
    '2017-02-29T10:00',
    '2017-13-01T10:00',
    '2017-10-20T14:30+19:00',
    '2017-10-20T14:30+08:60',
    '20/10/2017 14.30:00',
    '20/10-2017 14.30',
    '2017-10-20',
    '20/10/2017',
    '20/10/17 14.30',
    'besok pagi',
    '',
    '1508484600000',
    '2017-10-20T14:30:00.1234',
    'Fri Oct 20 2017 14:30:00 GMT+0700',
  ])('rejects %j as a usage error', (input) => {
    const err = usageError(input);
    expect(err.exitCode).toBe(2);
    expect(err.kode).toBe('WAKTU_TIDAK_SAH');
  });

  it('a bare date is refused unless allowed (only --cutoff)', () => {
    expect(() => usageError('2019-09-15', true)).toThrow(/accepted/);
    expect(usageError('2019-09-15').kode).toBe('WAKTU_TIDAK_SAH');
    expect(usageError('31/02/2019', true).kode).toBe('WAKTU_TIDAK_SAH');
  });

  it('rejects a wall time a DST zone skips instead of shifting it', () => {
    expect(() => parseTimeInput('2017-03-26T02:30', { option: '--sent', zone: 'Europe/Berlin' })).toThrow(UsageError);
    expect(iso('2017-03-26T03:30', 'Europe/Berlin')).toBe('2017-03-26T08:30:00.000+07:00');
  });

  it('the message quotes the input and lists the accepted forms, on one line, in the chosen language', () => {
    setLang('id');
    const id = usageError('31/02/2017 10.00').message;
    expect(id).toContain('"31/02/2017 10.00"');
    expect(id).toContain('--sent');
    expect(id).toContain('Bentuk yang diterima');
    expect(id).toContain('20/10/2017 14.30');
    expect(id).toContain('2017-10-20T14:30');
    expect(id).not.toContain('\n');
    setLang('en');
    try {
      const en = usageError('20/10/2017 25.00').message;
      expect(en).toContain('Accepted forms');
      expect(en).toContain('"20/10/2017 25.00"');
      expect(usageError('nope', true).message).toContain('2019-09-15');
      expect(usageError('nope').message).not.toContain('2019-09-15');
    } finally {
      setLang('id');
    }
  });
});
