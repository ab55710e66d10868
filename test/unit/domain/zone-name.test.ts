// isValidZone (no luxon, canonical list first) answers as luxon's IANAZone.isValidZone.
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isValidZone } from '../../../src/domain/zone-name.js';

describe('isValidZone', () => {
  it('agrees with luxon on canonical zones, aliases, odd spellings and nonsense', () => {
    const names = [
      ...Intl.supportedValuesOf('timeZone'),
      'Asia/Jakarta',
      'asia/jakarta',
      'ASIA/MAKASSAR',
      'Asia/Calcutta',
      'US/Eastern',
      'UTC',
      'utc',
      'Etc/GMT+7',
      'GMT',
      'Asia/Bandung',
      'WIB',
      'UTC+7',
      '+07:00',
      '',
      ' ',
      'Asia/Jakarta ',
      'Fantasia/Castle',
      'Europe/Kyiv',
      'Europe/Kiev',
    ];
    for (const name of names) expect(isValidZone(name), name).toBe(IANAZone.isValidZone(name));
    // Remembered answers stay the same.
    for (const name of names) expect(isValidZone(name), name).toBe(IANAZone.isValidZone(name));
  });
});
