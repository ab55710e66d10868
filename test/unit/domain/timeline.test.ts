import fc from 'fast-check';
import { DateTime, Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { cutoffVerdict, DEFAULT_CUTOFF, refreshSlotAfter, submissionTimeline, tahapAt, TAHAP, type SubmissionTimeline } from '../../../src/domain/timeline.js';
import { parseTimeInput } from '../../../src/time/parse.js';

const WIB = 'Asia/Jakarta';
const HOUR = 3_600_000;
const SEED = 20171020;

const at = (iso: string): DateTime => DateTime.fromISO(iso, { setZone: true });
const wib = (dt: DateTime): string | null => dt.setZone(WIB).toISO();
const input = (text: string, zone = WIB): DateTime => parseTimeInput(text, { option: '--sent', zone }).instant;

// Instants from 1970 to 2100: Asia/Jakarta has had one fixed offset since 1964.
const instant = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }).map((ms) => DateTime.fromMillis(ms, { zone: 'UTC' }));
/** Instants the time input accepts (years 2000 to 2100 in WIB). */
const inputInstant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 30) }).map((ms) => DateTime.fromMillis(ms, { zone: 'UTC' }));

describe('the seed’s own examples', () => {
  it('sent 20 Sept 2017 → processed (in the database) on 21 Sept 2017', () => {
    const tl = submissionTimeline(at('2017-09-20T10:00:00+07:00'));
    expect(tl.diproses.setZone(WIB).toISODate()).toBe('2017-09-21');
    expect(wib(tl.diproses)).toBe('2017-09-21T10:00:00.000+07:00');
  });

  it('processed at 09.00 WIB → visible at 12.00 WIB', () => {
    expect(wib(refreshSlotAfter(at('2017-09-21T09:00:00+07:00')))).toBe('2017-09-21T12:00:00.000+07:00');
  });

  it('the whole time line for an upload at 20/09/2017 10.00 WIB', () => {
    const tl = submissionTimeline(input('20/09/2017 10.00'));
    expect(Object.fromEntries(Object.entries(tl).map(([k, v]) => [k, wib(v as DateTime)]))).toEqual({
      dikirim: '2017-09-20T10:00:00.000+07:00',
      diproses: '2017-09-21T10:00:00.000+07:00',
      tampil: '2017-09-21T12:00:00.000+07:00',
      batas2x24: '2017-09-22T10:00:00.000+07:00',
      batas3x24: '2017-09-23T10:00:00.000+07:00',
    });
  });
});

describe('refreshSlotAfter: every boundary (strictly after P)', () => {
  it.each([
    ['2017-10-21T05:59:59.999+07:00', '2017-10-21T06:00:00.000+07:00'],
    ['2017-10-21T06:00:00.000+07:00', '2017-10-21T12:00:00.000+07:00'],
    ['2017-10-21T06:00:00.001+07:00', '2017-10-21T12:00:00.000+07:00'],
    ['2017-10-21T11:59:59.999+07:00', '2017-10-21T12:00:00.000+07:00'],
    ['2017-10-21T12:00:00.000+07:00', '2017-10-21T18:00:00.000+07:00'],
    ['2017-10-21T17:59:59.999+07:00', '2017-10-21T18:00:00.000+07:00'],
    ['2017-10-21T18:00:00.000+07:00', '2017-10-22T00:00:00.000+07:00'],
    ['2017-10-21T23:59:59.999+07:00', '2017-10-22T00:00:00.000+07:00'],
    ['2017-10-22T00:00:00.000+07:00', '2017-10-22T06:00:00.000+07:00'],
    ['2017-10-22T00:00:00.001+07:00', '2017-10-22T06:00:00.000+07:00'],
    ['2017-12-31T23:59:59.999+07:00', '2018-01-01T00:00:00.000+07:00'],
    ['2016-02-28T19:00:00.000+07:00', '2016-02-29T00:00:00.000+07:00'],
  ])('P = %s → V = %s', (p, v) => {
    expect(wib(refreshSlotAfter(at(p)))).toBe(v);
  });

  it('slots are WIB slots whatever zone P is expressed in', () => {
    // 09.00 WITA is 08.00 WIB: the next WIB slot is 12.00 WIB (13.00 WITA), not 12.00 WITA.
    expect(wib(refreshSlotAfter(at('2017-10-21T09:00:00+08:00')))).toBe('2017-10-21T12:00:00.000+07:00');
    // 23.30 UTC on the 20th is 06.30 WIB on the 21st.
    expect(wib(refreshSlotAfter(at('2017-10-20T23:30:00Z')))).toBe('2017-10-21T12:00:00.000+07:00');
  });
});

describe('cut-off', () => {
  it('the default is the last instant of 20 October 2017 WIB', () => {
    expect(wib(DEFAULT_CUTOFF)).toBe('2017-10-20T23:59:59.999+07:00');
  });

  it('21/10/2017 00.30 WITA is on time (it is 23.30 WIB on the 20th)', () => {
    const v = cutoffVerdict(input('21/10/2017 00.30', 'Asia/Makassar'), DEFAULT_CUTOFF);
    expect(v.onTime).toBe(true);
    expect(v.marginMs).toBe(30 * 60_000 - 1);
  });

  it('21/10/2017 00.00 WIB is late, by one millisecond', () => {
    const v = cutoffVerdict(input('21/10/2017 00.00'), DEFAULT_CUTOFF);
    expect(v.onTime).toBe(false);
    expect(v.marginMs).toBe(-1);
  });

  it('exactly at the cut-off is on time; one millisecond later is late', () => {
    expect(cutoffVerdict(at('2017-10-20T23:59:59.999+07:00'), DEFAULT_CUTOFF).onTime).toBe(true);
    expect(cutoffVerdict(at('2017-10-21T00:00:00.000+07:00'), DEFAULT_CUTOFF).onTime).toBe(false);
  });

  it('across zones: 21/10/2017 01.00 WITA is late, 21/10/2017 01.30 WIT is on time', () => {
    expect(cutoffVerdict(input('21/10/2017 01.00', 'Asia/Makassar'), DEFAULT_CUTOFF).onTime).toBe(false);
    expect(cutoffVerdict(input('21/10/2017 01.30', 'Asia/Jayapura'), DEFAULT_CUTOFF).onTime).toBe(true);
    expect(cutoffVerdict(input('21/10/2017 02.00', 'Asia/Jayapura'), DEFAULT_CUTOFF).onTime).toBe(false);
  });

  it('a later year’s cut-off as a bare date (15 September 2019)', () => {
    const cutoff = parseTimeInput('2019-09-15', { option: '--cutoff', zone: WIB, allowDate: true }).instant;
    expect(cutoffVerdict(input('15/09/2019 23.59.59'), cutoff).onTime).toBe(true);
    expect(cutoffVerdict(input('16/09/2019 00.00'), cutoff).onTime).toBe(false);
  });
});

describe('tahap by now', () => {
  const tl: SubmissionTimeline = submissionTimeline(at('2017-10-20T14:30:00+07:00'));
  const ms = (dt: DateTime, delta: number): DateTime => dt.plus({ milliseconds: delta });

  it.each([
    ['belum_dikirim', ms(tl.dikirim, -1)],
    ['menunggu_proses', tl.dikirim],
    ['menunggu_proses', ms(tl.diproses, -1)],
    ['menunggu_tampil', tl.diproses],
    ['menunggu_tampil', ms(tl.tampil, -1)],
    ['seharusnya_tampil', tl.tampil],
    ['seharusnya_tampil', ms(tl.batas2x24, -1)],
    ['lewat_2x24', tl.batas2x24],
    ['lewat_2x24', ms(tl.batas3x24, -1)],
    ['lewat_3x24', tl.batas3x24],
    ['lewat_3x24', tl.batas3x24.plus({ days: 400 })],
  ] as const)('%s at %s', (expected, now) => {
    expect(tahapAt(tl, now)).toBe(expected);
  });

  it('covers every tahap in the contract', () => {
    const seen = new Set([-1, 0, 25, 28, 50, 73].map((h) => tahapAt(tl, tl.dikirim.plus({ hours: h }))));
    expect([...seen].sort()).toEqual([...TAHAP].sort());
  });
});

describe('invariants (fast-check, fixed seed)', () => {
  afterEach(() => {
    Settings.defaultZone = 'system';
    delete process.env.TZ;
  });

  it('P − S = 24h, L − S = 48h, E − S = 72h', () => {
    fc.assert(
      fc.property(instant, (s) => {
        const tl = submissionTimeline(s);
        expect(tl.dikirim.toMillis()).toBe(s.toMillis());
        expect(tl.diproses.toMillis() - s.toMillis()).toBe(24 * HOUR);
        expect(tl.batas2x24.toMillis() - s.toMillis()).toBe(48 * HOUR);
        expect(tl.batas3x24.toMillis() - s.toMillis()).toBe(72 * HOUR);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('V is on a 00/06/12/18 WIB slot and 0 < V − P ≤ 6h', () => {
    fc.assert(
      fc.property(instant, (p) => {
        const v = refreshSlotAfter(p).setZone(WIB);
        expect([0, 6, 12, 18]).toContain(v.hour);
        expect([v.minute, v.second, v.millisecond]).toEqual([0, 0, 0]);
        const gap = v.toMillis() - p.toMillis();
        expect(gap).toBeGreaterThan(0);
        expect(gap).toBeLessThanOrEqual(6 * HOUR);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('V is the first slot: no slot lies strictly between P and V', () => {
    fc.assert(
      fc.property(instant, (p) => {
        const v = refreshSlotAfter(p);
        // A slot earlier than V would be V − 6h; it must not be after P.
        expect(v.minus({ hours: 6 }).toMillis()).toBeLessThanOrEqual(p.toMillis());
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('tahap is monotonic in now', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -100 * HOUR, max: 100 * HOUR }), fc.nat(10 * HOUR), (s, a, d) => {
        const tl = submissionTimeline(s);
        const early = tahapAt(tl, s.plus({ milliseconds: a }));
        const late = tahapAt(tl, s.plus({ milliseconds: a + d }));
        expect(TAHAP.indexOf(late)).toBeGreaterThanOrEqual(TAHAP.indexOf(early));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('the result does not depend on the machine’s own TZ', () => {
    const machineZones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata', 'Europe/Berlin', 'Asia/Makassar'];
    const snapshot = (s: DateTime, text: string): string[] => {
      const tl = submissionTimeline(s);
      return [
        ...[tl.dikirim, tl.diproses, tl.tampil, tl.batas2x24, tl.batas3x24].map((d) => wib(d) ?? ''),
        wib(input(text)) ?? '',
        tahapAt(tl, s.plus({ hours: 30 })),
      ];
    };
    fc.assert(
      fc.property(inputInstant, fc.constantFrom(...machineZones), (s, machineZone) => {
        const text = s.setZone(WIB).toFormat('dd/MM/yyyy HH.mm.ss');
        const expected = snapshot(s, text);
        process.env.TZ = machineZone;
        Settings.defaultZone = machineZone;
        try {
          expect(snapshot(DateTime.fromMillis(s.toMillis()), text)).toEqual(expected);
        } finally {
          Settings.defaultZone = 'system';
          delete process.env.TZ;
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
