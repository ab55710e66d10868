// The one door to luxon (eslint refuses a value import of 'luxon' anywhere else). Two
// things are settled here, once, before any instant is made:
//
// - the locale luxon formats with is en-US, not the machine's: the digits of a .pmp file
//   name or a stamp are ASCII whatever the operator's Windows is set to (luxon writes
//   numbers through the locale's Intl.NumberFormat otherwise), and no run asks ICU for the
//   machine's locale;
// - a zone is a luxon Zone made by `zoneOf`. WIB, WITA and WIT (Asia/Jakarta,
//   Asia/Pontianak, Asia/Makassar, Asia/Jayapura) have kept one offset each since
//   1 January 1988 (Pontianak's move from WITA to WIB, the last change of the four), so an
//   instant from then on needs no time-zone database: the offset is known. Earlier
//   instants, and every other zone, are the runtime's IANA zones (ICU), as before.
//   Asking ICU costs a start-up ~15-25 ms (its time-zone data), a large part of a short
//   command's time; the answers are the same.
import { DateTime, FixedOffsetZone, IANAZone, Settings, Zone } from 'luxon';
import { INDONESIAN_ZONE_OFFSETS } from './zone-name.js';

Settings.defaultLocale = 'en-US';

export { DateTime, FixedOffsetZone, IANAZone };
export type { Zone };

/** 1988-01-01T00:00Z: after every change of the four Indonesian zones. */
const FIXED_SINCE = Date.UTC(1988, 0, 1);

/**
 * An Indonesian IANA zone: its name, luxon's `iana` type (so a localized format still
 * asks ICU under that name), the known offset from 1988, the database's before.
 */
class IndonesianZone extends Zone {
  constructor(
    private readonly zoneName: string,
    private readonly minutes: number,
  ) {
    super();
  }

  override get type(): string {
    return 'iana';
  }

  override get name(): string {
    return this.zoneName;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): boolean {
    return true;
  }

  override offsetName(ts: number, options: { format?: 'short' | 'long'; locale?: string }): string | null {
    return this.database().offsetName(ts, options);
  }

  override formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string {
    return FixedOffsetZone.instance(this.offset(ts)).formatOffset(ts, format);
  }

  override offset(ts: number): number {
    return ts >= FIXED_SINCE ? this.minutes : this.database().offset(ts);
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.zoneName;
  }

  private database(): Zone {
    return IANAZone.create(this.zoneName);
  }
}

const INDONESIAN_ZONES = new Map(Object.entries(INDONESIAN_ZONE_OFFSETS).map(([name, minutes]) => [name, new IndonesianZone(name, minutes)]));

/** The luxon zone for an IANA name (`utc` too): the four Indonesian ones known, any other from the runtime. */
export function zoneOf(name: string): Zone {
  if (name.toLowerCase() === 'utc') return FixedOffsetZone.utcInstance;
  return INDONESIAN_ZONES.get(name) ?? IANAZone.create(name);
}

/** Western Indonesia Time, the zone of every published PMP time. */
export const WIB_ZONE = zoneOf('Asia/Jakarta');

/**
 * A Date whose UTC fields are the WIB wall clock: how a format without zones shows a
 * time as operators read it (a ZIP entry's date, which archiver takes from the UTC
 * fields; an Excel cell, which shows them as they are), whatever the machine's own zone.
 */
export function wibWallClock(dt: DateTime): Date {
  const w = dt.setZone(WIB_ZONE);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
}
