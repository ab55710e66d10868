// Is this an IANA time zone name the runtime knows? The same answer as luxon's
// IANAZone.isValidZone (an Intl.DateTimeFormat accepts it), without loading luxon, and
// cheaper: the first DateTimeFormat of a process costs ~15 ms of ICU set-up, while the
// runtime's list of canonical zones costs ~2 ms. A listed zone is accepted by
// DateTimeFormat, so the list can only say yes; aliases and other spellings that it
// does not list still get the DateTimeFormat test. Answers are remembered per name.
/**
 * Minutes east of UTC of the four Indonesian zones since 1 January 1988, when
 * Pontianak moved from WITA to WIB, the last change of the four (tzdb). Zones the
 * runtime always knows: they are valid without asking it.
 */
export const INDONESIAN_ZONE_OFFSETS: Readonly<Record<string, number>> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Pontianak': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};

const known = new Map<string, boolean>();
const MAX_REMEMBERED = 256;
let canonical: Set<string> | undefined;

function acceptedByIntl(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name }).format();
    return true;
  } catch {
    return false;
  }
}

export function isValidZone(name: string): boolean {
  if (!name) return false;
  if (Object.hasOwn(INDONESIAN_ZONE_OFFSETS, name)) return true;
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  canonical ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  const valid = canonical.has(name) || acceptedByIntl(name);
  if (known.size < MAX_REMEMBERED) known.set(name, valid);
  return valid;
}
