// Property-based fuzzing of the time options: arbitrary and nearly-valid strings as
// `--sent`/`--now`/`--cutoff`/`--zone`. In process (thousands): the option parser gives
// a UsageError (exit 2) or instants that round-trip, and the whole eta answer (time
// line, verdict, text and JSON in both languages) is drawn without error. Through the
// built CLI (a few dozen): exit 0 or 2, never a crash or a stack trace.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { resolveZone } from '../../src/domain/zones.js';
import { parseEtaOptions } from '../../src/commands/eta/action.js';
import { buildIcs } from '../../src/output/calendar.js';
import { etaReminders } from '../../src/commands/eta/run.js';
import { etaJson } from '../../src/commands/eta/render-json.js';
import { renderText } from '../../src/commands/eta/render-text.js';
import { runEta } from '../../src/commands/eta/run.js';
import { setLang, type Lang } from '../../src/i18n/index.js';
import { parseTimeInput } from '../../src/time/parse.js';
import { runCli } from '../helpers/cli.js';
import { FUZZ_SEED, STACK, count, counted, fuzz, silentTerminal } from '../helpers/robustness.js';

const d = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
/** Years: mostly around the accepted 2000-2100, sometimes anything four digits hold. */
const year = fc.oneof({ arbitrary: fc.integer({ min: 1995, max: 2105 }).map(String), weight: 6 }, { arbitrary: d(4, 9999), weight: 1 });
/** Strings shaped like the accepted forms, with fields out of range as often as in. */
const nearlyIso = fc
  .tuple(
    year,
    d(2, 19),
    d(2, 39),
    fc.constantFrom('T', ' ', 't', 'x'),
    d(2, 29),
    d(2, 69),
    fc.option(d(2, 69), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 9999 }).map(String), { nil: undefined }),
    fc.option(fc.oneof(fc.constantFrom('Z', 'z', '+07:00', '-05:00', '+0900', '+14:00', '-12:00', '+18:00', '+19:00', '+07:60', '+7:00')), { nil: undefined }),
  )
  .map(
    ([y, mo, da, sep, h, mi, s, ms, off]) => `${y}-${mo}-${da}${sep}${h}:${mi}${s !== undefined ? `:${s}${ms !== undefined ? `.${ms}` : ''}` : ''}${off ?? ''}`,
  );
const nearlyIndonesian = fc
  .tuple(
    d(1, 39),
    fc.constantFrom('/', '-', '.'),
    d(1, 19),
    year,
    fc.constantFrom(' ', '  ', ''),
    d(1, 29),
    fc.constantFrom('.', ':'),
    d(2, 69),
    fc.option(d(2, 69), { nil: undefined }),
  )
  .map(([da, s, mo, y, gap, h, ts, mi, sec]) => `${da}${s}${mo}${s}${y}${gap}${h}${ts}${mi}${sec !== undefined ? `${ts}${sec}` : ''}`);
const nearlyDate = fc.oneof(
  fc.tuple(year, d(2, 19), d(2, 39)).map(([y, m, dd]) => `${y}-${m}-${dd}`),
  fc.tuple(d(2, 39), d(2, 19), year).map(([dd, m, y]) => `${dd}/${m}/${y}`),
);
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 30 }));
const timeArb = fc.oneof(nearlyIso, nearlyIndonesian, nearlyDate, anyString);
const r = (min: number, max: number, n = 2) => fc.integer({ min, max }).map((v) => String(v).padStart(n, '0'));
/** In range (the years 2000-2100, the edges excepted by a day): what must always be answered. */
const validTime = fc.oneof(
  fc.tuple(r(2000, 2100, 4), r(1, 12), r(2, 28), r(0, 23), r(0, 59)).map(([y, mo, da, h, mi]) => `${y}-${mo}-${da}T${h}:${mi}`),
  fc.tuple(r(2, 28, 1), r(1, 12, 1), r(2000, 2100, 4), r(0, 23, 1), r(0, 59)).map(([da, mo, y, h, mi]) => `${da}/${mo}/${y} ${h}.${mi}`),
);
const etaTimeArb = fc.oneof({ arbitrary: validTime, weight: 4 }, { arbitrary: timeArb, weight: 1 });

const ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Asia/Jakarta'];
const zoneArb = fc.oneof(
  fc.constantFrom('WIB', 'wita', 'Wit', ' WIB ', 'UTC', 'Etc/GMT+12', 'Etc/GMT-14', 'Pacific/Kiritimati', 'asia/jakarta', 'Asia/Jakarta ', 'Europe/London', ''),
  fc.constantFrom(...ZONES),
  anyString,
);

const term = silentTerminal();
const asciiTerm = silentTerminal(false);

afterAll(() => {
  setLang('id');
  console.info(`[fuzz cases] ${JSON.stringify(counted)}`);
});
beforeAll(() => setLang('id'));

describe(`time inputs: fuzzed (suite seed ${FUZZ_SEED})`, () => {
  it('parseTimeInput: a UsageError or an instant in WIB that round-trips', () => {
    const tally: Record<string, number> = {};
    fc.assert(
      fc.property(timeArb, fc.constantFrom(...ZONES.slice(0, 60), 'Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'), fc.boolean(), (input, zone, allowDate) => {
        count('time.parse');
        let parsed;
        try {
          parsed = parseTimeInput(input, { option: '--sent', zone, allowDate });
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
          expect(err.exitCode).toBe(2);
          // Not a time, or a time outside the years 2000-2100.
          expect(['WAKTU_TIDAK_SAH', 'WAKTU_DI_LUAR_RENTANG']).toContain(err.kode);
          expect(err.message).toContain('--sent');
          tally.refused = (tally.refused ?? 0) + 1;
          return;
        }
        tally[parsed.form] = (tally[parsed.form] ?? 0) + 1;
        expect(parsed.instant.isValid).toBe(true);
        expect(parsed.instant.zoneName).toBe('Asia/Jakarta');
        if (parsed.form === 'date') expect(allowDate).toBe(true);
        // Its own ISO form, with the offset, reads back as the same instant.
        // (In UTC: before 1924 Jakarta's offset had seconds, which an ISO offset cannot show.)
        const again = parseTimeInput(parsed.instant.toUTC().toISO() as string, { option: '--now', zone: 'Asia/Tokyo' });
        expect(again.instant.toMillis()).toBe(parsed.instant.toMillis());
      }),
      fuzz('time-parse', 6000),
    );
    console.info(`[fuzz time parse] ${JSON.stringify(tally)}`);
    expect(tally.iso ?? 0).toBeGreaterThan(50);
    expect(tally.indonesian ?? 0).toBeGreaterThan(50);
    expect(tally.date ?? 0).toBeGreaterThan(10);
    expect(tally.refused ?? 0).toBeGreaterThan(100);
  });

  it('resolveZone: an IANA name every time API accepts, or undefined', () => {
    let resolved = 0;
    fc.assert(
      fc.property(zoneArb, (input) => {
        count('time.zone');
        const zone = resolveZone(input);
        if (zone === undefined) return;
        resolved++;
        expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
        // The resolved name is stable.
        expect(resolveZone(zone)).toBe(zone);
      }),
      fuzz('zones', 3000),
    );
    expect(resolved).toBeGreaterThan(100);
  });

  it('the whole eta answer: UsageError, or a time line drawn in text and JSON, both languages', async () => {
    const tally: Record<string, number> = {};
    const options = fc.record({ sent: etaTimeArb, now: etaTimeArb, cutoff: etaTimeArb, zone: zoneArb }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(options, fc.constantFrom<Lang>('id', 'en'), fc.boolean(), async (raw, lang, unicode) => {
        count('time.eta');
        setLang(lang);
        let parsed;
        try {
          parsed = parseEtaOptions([], raw);
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
          expect(['WAKTU_TIDAK_SAH', 'WAKTU_DI_LUAR_RENTANG', 'ZONA_TIDAK_DIKENAL']).toContain(err.kode);
          tally[err.kode] = (tally[err.kode] ?? 0) + 1;
          return;
        }
        const result = await runEta(parsed);
        const doc = JSON.parse(JSON.stringify(etaJson(result)));
        expect(doc.format).toBe('pmp-offline/eta@1');
        const text = renderText(result, unicode ? term : asciiTerm, { unicodePicture: unicode });
        expect(text.length).toBeGreaterThan(0);
        tally.answered = (tally.answered ?? 0) + 1;
        // --ics: every answered time line makes a calendar every reader accepts (the
        // accepted years are ones every calendar holds).
        const ics = await buildIcs(etaReminders(result), result.cutoff, result.now);
        tally.ics = (tally.ics ?? 0) + 1;
        for (const line of ics.split('\r\n').filter((l) => /^(DTSTART|DTSTAMP|TRIGGER;VALUE=DATE-TIME)/.test(l))) {
          expect(line).toMatch(/:\d{8}T\d{6}Z$/);
        }
      }),
      fuzz('eta-options', 2500),
    );
    console.info(`[fuzz eta options] ${JSON.stringify(tally)}`);
    expect(tally.answered ?? 0).toBeGreaterThan(50);
    expect(tally.ics).toBe(tally.answered);
  });
});

describe('time inputs through the CLI', () => {
  it('eta with sampled --sent/--now/--cutoff/--zone: exit 0 or 2, one clear line on error, no stack trace', async () => {
    const noNul = (s: string) => s.replace(/\0/g, '');
    const samples = fc.sample(fc.record({ sent: etaTimeArb, now: etaTimeArb, cutoff: etaTimeArb, zone: zoneArb }, { requiredKeys: [] }), {
      seed: fuzz('cli-time', 1).seed,
      numRuns: 30,
    });
    // A few known-good ones so both exit codes are seen whatever the seed.
    samples.push({ sent: '20/10/2017 14.30', zone: 'WITA' }, { sent: '2017-10-20T23:59:59.999+07:00', cutoff: '2017-10-20', now: '9999-12-31 23:59' });
    const codes: Record<string, number> = {};
    for (let i = 0; i < samples.length; i += 2) {
      const pair = samples.slice(i, i + 2);
      const results = await Promise.all(
        pair.map((s) => {
          // `--opt=value`: a value starting with "-" is still a value.
          const args = ['eta', ...Object.entries(s).map(([k, v]) => `--${k}=${noNul(v as string)}`)];
          return runCli(args).then((r) => ({ r, args }));
        }),
      );
      for (const { r, args } of results) {
        expect([0, 2], `${JSON.stringify(args)}\n${r.stderr}`).toContain(r.code);
        expect(r.stderr).not.toMatch(STACK);
        expect(r.stderr).not.toContain('GALAT_INTERNAL');
        if (r.code === 2) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        else expect(r.stdout.length).toBeGreaterThan(0);
        codes[String(r.code)] = (codes[String(r.code)] ?? 0) + 1;
        count('time.cli');
      }
    }
    console.info(`[fuzz cli time] exit codes ${JSON.stringify(codes)}`);
    expect(codes['0'] ?? 0).toBeGreaterThanOrEqual(2);
    expect(codes['2'] ?? 0).toBeGreaterThanOrEqual(10);
  });
});
