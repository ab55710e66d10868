// The real PMP application's offline file name convention:
//   YYYYMMDDHHmmss_<sekolah_id>_pmp_<13 lower-case base-36 chars>.pmp
// e.g. 20171018131000_1ed54ac4-30d0-45dc-99c1-f95cef07f606_pmp_1arjl2o9vj000.pmp
// The timestamp is wall-clock time; the creating app's zone is not in the name, so the
// caller says which zone to read it in (default WIB).
import { DateTime, zoneOf } from './luxon.js';
import { WIB } from './zones.js';

const NAME = /^(\d{14})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_pmp_([0-9a-z]{13})\.pmp$/;

export interface PmpFileName {
  /** The export instant, read in the given zone. */
  created: DateTime;
  sekolahId: string;
  kode: string;
}

/** Parses a base name (no folders). Undefined when it does not follow the convention. */
export function parsePmpFileName(baseName: string, zone: string = WIB): PmpFileName | undefined {
  const match = NAME.exec(baseName);
  if (!match) return undefined;
  const [, stamp, sekolahId, kode] = match as unknown as [string, string, string, string];
  const created = DateTime.fromFormat(stamp, 'yyyyMMddHHmmss', { zone: zoneOf(zone) });
  if (!created.isValid) return undefined;
  // Reject stamps luxon would normalise (e.g. 24:00:00): the formatted value must round-trip.
  if (created.toFormat('yyyyMMddHHmmss') !== stamp) return undefined;
  return { created, sekolahId, kode };
}

export function formatPmpFileName(created: DateTime, sekolahId: string, kode: string, zone: string = WIB): string {
  if (!/^[0-9a-z]{13}$/.test(kode)) throw new RangeError(`kode must be 13 base-36 characters: ${kode}`);
  return `${created.setZone(zoneOf(zone)).toFormat('yyyyMMddHHmmss')}_${sekolahId.toLowerCase()}_pmp_${kode}.pmp`;
}

/** 13 lower-case base-36 characters from a SHA-256 digest (hex), left-padded with 0. */
export function kodeFromSha256(hex: string): string {
  // 13 base-36 digits hold 36^13 ≈ 1.7e20 values; 64 bits of the digest fit in it.
  const value = BigInt(`0x${hex.slice(0, 16)}`);
  return value.toString(36).padStart(13, '0');
}
