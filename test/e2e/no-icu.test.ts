// A short command in WIB, WITA or WIT asks the runtime's time-zone database (ICU)
// nothing: the four Indonesian zones have a known offset since 1988 (src/domain/luxon.ts),
// and luxon formats with en-US, not the machine's locale. ICU's first answer costs a
// start-up 15-25 ms; a zone outside Indonesia, or a time before 1988, still asks it.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/cli.js';
import { DateTime, zoneOf } from '../../src/domain/luxon.js';

const { DateTimeFormat, supportedValuesOf } = Intl;
afterEach(() => {
  Intl.DateTimeFormat = DateTimeFormat;
  Intl.supportedValuesOf = supportedValuesOf;
});

/** Counts every DateTimeFormat made (with or without `new`) and every list of zones asked for. */
function watchIcu(): () => number {
  let calls = 0;
  const count: ProxyHandler<typeof DateTimeFormat & typeof supportedValuesOf> = {
    apply: (target, self, args) => (calls++, Reflect.apply(target, self, args)),
    construct: (target, args) => (calls++, Reflect.construct(target, args)),
  };
  Intl.DateTimeFormat = new Proxy(DateTimeFormat, count as ProxyHandler<typeof DateTimeFormat>);
  Intl.supportedValuesOf = new Proxy(supportedValuesOf, count as ProxyHandler<typeof supportedValuesOf>);
  return () => calls;
}

describe('no ICU time-zone work for the zones this tool names', () => {
  it.each([
    [['eta', '--sent', '20/10/2017 14.30', '--now', '20/10/2017 15.10']],
    [['eta', '--sent', '21/10/2017 00.30', '--zone', 'WITA', '--now', '21/10/2017 08.00', '--json']],
    [['eta', '--sent', '2017-10-20 14:30+09:00', '--zone', 'Asia/Jayapura', '--now', '21/10/2017 08.00', '--lang', 'en']],
    [['check', path.join(FIXTURES, 'demo', 'sdn-1-contoh.json')]],
  ])('%j', async (args) => {
    const calls = watchIcu();
    const r = await runCli(args);
    expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
    expect(calls()).toBe(0);
  });

  it('a zone outside Indonesia still asks the runtime (and gets its answer)', async () => {
    const calls = watchIcu();
    const r = await runCli(['eta', '--sent', '20/10/2017 14.30', '--zone', 'Asia/Tokyo', '--now', '21/10/2017 08.00', '--json']);
    expect(r.code).toBe(0);
    expect(calls()).toBeGreaterThan(0);
  });
});

describe("the known offsets are the database's", () => {
  it.each(['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'])('%s: every hour boundary 1988-2040 sampled monthly', (name) => {
    const known = zoneOf(name);
    const database = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
    for (let at = DateTime.utc(1988, 1, 1); at.year < 2040; at = at.plus({ days: 31, hours: 7 })) {
      const shown = database.formatToParts(at.toJSDate()).find((part) => part.type === 'timeZoneName')?.value ?? '';
      const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(shown) ?? [];
      expect(known.offset(at.toMillis()), `${name} at ${at.toISO()}`).toBe((sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)));
    }
  });

  it('before 1988 the database decides (Pontianak was WITA, +08:00)', () => {
    expect(zoneOf('Asia/Pontianak').offset(Date.UTC(1987, 5, 1))).toBe(8 * 60);
    expect(DateTime.fromObject({ year: 1960, month: 1, day: 1 }, { zone: zoneOf('Asia/Jakarta') }).offset).toBe(7 * 60 + 30);
  });

  it('a luxon DateTime in the known zone equals one in the database zone', () => {
    const at = Date.UTC(2017, 9, 20, 7, 30);
    const known = DateTime.fromMillis(at, { zone: zoneOf('Asia/Jakarta') });
    const database = DateTime.fromMillis(at, { zone: 'Asia/Jakarta' });
    expect(known.equals(database)).toBe(true);
    expect(known.toISO()).toBe('2017-10-20T14:30:00.000+07:00');
    expect(known.zoneName).toBe('Asia/Jakarta');
  });
});
