// Is this an IANA time zone name the runtime knows? The same test as luxon's
// IANAZone.isValidZone, without loading luxon, and remembered: a district's exports
// name the same few zones, and building an Intl formatter costs far more than the look-up.
const known = new Map<string, boolean>();
const MAX_REMEMBERED = 256;

export function isValidZone(name: string): boolean {
  if (!name) return false;
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name }).format();
    valid = true;
  } catch {
    valid = false;
  }
  if (known.size < MAX_REMEMBERED) known.set(name, valid);
  return valid;
}
