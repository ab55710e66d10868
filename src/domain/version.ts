// PMP application versions: dot-separated integers. `2.2.0` equals `2.2`; `2.10` is newer than `2.2`.
export type VersionVerdict = 'sama' | 'lebih_baru' | 'lama' | 'tidak_dikenali';

export function parseVersion(text: string): number[] | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,6}(\.\d{1,6}){0,5}$/.test(trimmed)) return undefined;
  return trimmed.split('.').map(Number);
}

/** Negative when a < b, 0 when equal (trailing zeros ignored), positive when a > b. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function judgeVersion(found: string, required: string): VersionVerdict {
  const have = parseVersion(found);
  const need = parseVersion(required);
  if (!have || !need) return 'tidak_dikenali';
  const order = compareVersions(have, need);
  return order === 0 ? 'sama' : order > 0 ? 'lebih_baru' : 'lama';
}
