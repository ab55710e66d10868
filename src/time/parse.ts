// Time input for `--sent`, `--now` and `--cutoff`. Every form is matched by a strict
// pattern, then built from its numeric fields with luxon in an explicit zone and
// checked to round-trip, so 31/02 or 25.00 (which luxon or Date would normalise into
// another day) are refused instead of silently moved. Never JS Date parsing.
import { DateTime, FixedOffsetZone, type Zone, WIB_ZONE, zoneOf } from '../domain/luxon.js';
import { UsageError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { WIB, zoneOfLabel } from '../domain/zones.js';

export type TimeForm = 'iso' | 'indonesian' | 'date';

export interface ParsedTime {
  /** The instant, in Asia/Jakarta (all published times are WIB). */
  instant: DateTime;
  form: TimeForm;
}

export interface ParseTimeOptions {
  /** The option being read, for the error message (`--sent`). */
  option: string;
  /** IANA zone in which a time without an offset is read. */
  zone: string;
  /** A bare date is allowed (only `--cutoff`): it means the end of that day in WIB. */
  allowDate?: boolean;
}

/** The instants accepted: a PMP round is this century (and luxon's zones are exact there). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

// A zone label after a time, as this tool itself writes times: "20/10/2017 14.30 WIB".
const LABEL_SUFFIX = /\s+(WIB|WITA|WIT)$/i;

// 2017-10-20T14:30, 2017-10-20 14:30:05.250+08:00, 2017-10-20T07:30Z
const ISO = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;
// 20/10/2017 14.30, 20-10-2017 14:30:05 (one separator within the date, one within the time)
const INDONESIAN = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}) +(\d{1,2})([.:])(\d{2})(?:\6(\d{2}))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INDONESIAN_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function num(value: string | undefined): number {
  return value === undefined ? 0 : Number.parseInt(value, 10);
}

/** Builds the wall-clock fields in `zone`; undefined unless they exist exactly as written. */
function build(fields: Fields, zone: Zone | string): DateTime | undefined {
  const dt = DateTime.fromObject(fields, { zone: typeof zone === 'string' ? zoneOf(zone) : zone });
  if (!dt.isValid) return undefined;
  // Round-trip: rejects 24.00 (luxon would move it to the next day) and wall times a
  // zone skips (DST gaps outside Indonesia), which luxon would shift.
  const back = dt.toObject();
  for (const key of Object.keys(fields) as (keyof Fields)[]) {
    if (back[key] !== fields[key]) return undefined;
  }
  return dt;
}

function usage(input: string, option: string, allowDate: boolean): UsageError {
  const message = t('eta.err.badTime', {
    option,
    value: input,
    forms: allowDate ? `${t('eta.time.forms')}; ${t('eta.time.formsDate')}` : t('eta.time.forms'),
  });
  // `--sent 20/10/2017 14.30` without quotes reaches us as the date alone.
  const text = input.trim();
  const dateOnly = !allowDate && (ISO_DATE.test(text) || INDONESIAN_DATE.test(text));
  return new UsageError('WAKTU_TIDAK_SAH', dateOnly ? `${message} ${t('eta.err.quoteHint', { option })}` : message);
}

/** Parses a time input; throws `UsageError` (exit 2) quoting the input and the accepted forms. */
export function parseTimeInput(input: string, options: ParseTimeOptions): ParsedTime {
  const parsed = parseForms(input, options);
  const year = parsed.instant.setZone(WIB_ZONE).year;
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new UsageError('WAKTU_DI_LUAR_RENTANG', t('eta.err.timeRange', { option: options.option, value: input, first: FIRST_YEAR, last: LAST_YEAR }));
  }
  return parsed;
}

function parseForms(input: string, options: ParseTimeOptions): ParsedTime {
  const allowDate = options.allowDate ?? false;
  let text = input.trim();
  const fail = (): never => {
    throw usage(input, options.option, allowDate);
  };
  // "… 14.30 WIB": the label says the zone (over --zone); not with an offset or Z.
  const label = LABEL_SUFFIX.exec(text);
  if (label) {
    text = text.slice(0, label.index);
    if (/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(text) || ISO_DATE.test(text) || INDONESIAN_DATE.test(text)) fail();
    options = { ...options, zone: zoneOfLabel(label[1] as string) as string };
  }

  let m = ISO.exec(text);
  if (m) {
    let zone: Zone | string = options.zone;
    if (m[8]) zone = FixedOffsetZone.utcInstance;
    else if (m[9]) {
      const hours = num(m[10]);
      const minutes = num(m[11]);
      if (hours > 18 || minutes > 59) fail();
      zone = FixedOffsetZone.instance((m[9] === '-' ? -1 : 1) * (hours * 60 + minutes));
    }
    const ms = m[7] === undefined ? 0 : num(m[7].padEnd(3, '0'));
    const dt = build({ year: num(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]), millisecond: ms }, zone);
    return dt ? { instant: dt.setZone(WIB_ZONE), form: 'iso' } : fail();
  }

  m = INDONESIAN.exec(text);
  if (m) {
    const dt = build(
      { year: num(m[4]), month: num(m[3]), day: num(m[1]), hour: num(m[5]), minute: num(m[7]), second: num(m[8]), millisecond: 0 },
      options.zone,
    );
    return dt ? { instant: dt.setZone(WIB_ZONE), form: 'indonesian' } : fail();
  }

  if (allowDate) {
    let fields: Pick<Fields, 'year' | 'month' | 'day'> | undefined;
    m = ISO_DATE.exec(text);
    if (m) fields = { year: num(m[1]), month: num(m[2]), day: num(m[3]) };
    m = INDONESIAN_DATE.exec(text);
    if (m) fields = { year: num(m[4]), month: num(m[3]), day: num(m[1]) };
    if (fields) {
      // A bare cut-off date is the last instant of that day in WIB, whatever --zone says:
      // the Ministry publishes its deadlines in WIB.
      const day = build({ ...fields, hour: 0, minute: 0, second: 0, millisecond: 0 }, WIB);
      return day ? { instant: day.endOf('day'), form: 'date' } : fail();
    }
  }
  return fail();
}
