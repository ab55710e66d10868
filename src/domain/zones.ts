// Indonesian time zones. Always IANA names: a fixed "UTC+7" differs from Asia/Jakarta
// before 1964, and the published PMP times are WIB (Asia/Jakarta).
import { IANAZone } from './luxon.js';

export const WIB = 'Asia/Jakarta';

const LABELS: Record<string, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

const ZONE_LABEL: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export { isValidZone } from './zone-name.js';
import { INDONESIAN_ZONE_OFFSETS } from './zone-name.js';

/**
 * Resolves WIB/WITA/WIT (any case) or an IANA name (any case, aliases too) to the
 * canonical IANA name (`asia/makassar` and `Asia/Ujung_Pandang` are `Asia/Makassar`, so
 * they are labelled WITA); undefined when unknown.
 */
export function resolveZone(input: string): string | undefined {
  const trimmed = input.trim();
  const label = LABELS[trimmed.toUpperCase()];
  if (label) return label;
  if (Object.hasOwn(INDONESIAN_ZONE_OFFSETS, trimmed)) return trimmed;
  if (trimmed === '' || !IANAZone.isValidZone(trimmed)) return undefined;
  const canonical = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  return IANAZone.isValidZone(canonical) ? canonical : IANAZone.create(trimmed).name;
}

/** WIB, WITA or WIT (any case) to its IANA zone; undefined for anything else. */
export function zoneOfLabel(label: string): string | undefined {
  return LABELS[label.trim().toUpperCase()];
}

/** "WIB" for Asia/Jakarta, and so on; the IANA name for zones outside Indonesia. */
export function zoneLabel(zone: string): string {
  return ZONE_LABEL[zone] ?? zone;
}
