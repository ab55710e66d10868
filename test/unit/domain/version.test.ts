import { describe, expect, it } from 'vitest';
import { compareVersions, judgeVersion, parseVersion } from '../../../src/domain/version.js';

describe('application version', () => {
  it.each([
    ['2.2', 'sama'],
    ['2.2.0', 'sama'],
    ['2.2.0.0', 'sama'],
    [' 2.2 ', 'sama'],
    ['2.10', 'lebih_baru'],
    ['2.2.1', 'lebih_baru'],
    ['3', 'lebih_baru'],
    ['2.1', 'lama'],
    ['2.1.9', 'lama'],
    ['2', 'lama'],
    ['v2.2', 'tidak_dikenali'],
    ['dua', 'tidak_dikenali'],
    ['', 'tidak_dikenali'],
    ['2..2', 'tidak_dikenali'],
    ['2.2-beta', 'tidak_dikenali'],
  ] as const)('%j against 2.2 is %s', (found, verdict) => {
    expect(judgeVersion(found, '2.2')).toBe(verdict);
  });

  it('compares numerically, not as text', () => {
    expect(compareVersions(parseVersion('2.10')!, parseVersion('2.9')!)).toBeGreaterThan(0);
    expect(compareVersions(parseVersion('2.2.0')!, parseVersion('2.2')!)).toBe(0);
  });
});
