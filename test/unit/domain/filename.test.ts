// The PMP application's offline file name, and which of one school's files counts.
import { describe, expect, it } from 'vitest';
import { formatPmpFileName, kodeFromSha256, parsePmpFileName } from '../../../src/domain/filename.js';
import { DateTime } from '../../../src/domain/luxon.js';
import { replacesEarlier } from '../../../src/domain/same-school.js';

const ID = '1ed54ac4-30d0-45dc-99c1-f95cef07f606';
const NAME = `20171018131000_${ID}_pmp_1arjl2o9vj000.pmp`;

describe('the .pmp file name', () => {
  it('reads the wall clock in the zone given (WIB by default) and round-trips', () => {
    const wib = parsePmpFileName(NAME);
    expect(wib?.created.toISO()).toBe('2017-10-18T13:10:00.000+07:00');
    expect(wib?.sekolahId).toBe(ID);
    expect(wib?.kode).toBe('1arjl2o9vj000');
    expect(parsePmpFileName(NAME, 'Asia/Makassar')?.created.toISO()).toBe('2017-10-18T13:10:00.000+08:00');
    expect(formatPmpFileName(wib?.created as DateTime, ID.toUpperCase(), '1arjl2o9vj000')).toBe(NAME);
  });

  it('refuses what does not follow the convention, and times luxon would normalise', () => {
    for (const name of [NAME.replace('.pmp', '.zip'), NAME.toUpperCase(), NAME.replace('20171018131000', '20171018240000'), NAME.replace('_pmp_', '_')]) {
      expect(parsePmpFileName(name), name).toBeUndefined();
    }
    expect(() => formatPmpFileName(DateTime.now(), ID, 'TOO-SHORT')).toThrow(RangeError);
  });

  it('the code is 13 base-36 characters from the digest', () => {
    expect(kodeFromSha256('0'.repeat(64))).toBe('0000000000000');
    expect(kodeFromSha256('f'.repeat(64))).toBe((2n ** 64n - 1n).toString(36).padStart(13, '0'));
    expect(kodeFromSha256('f'.repeat(64))).toHaveLength(13);
  });
});

describe('replacesEarlier', () => {
  it('newer data replaces; the same instant keeps the earlier; an undated later file is the latest word', () => {
    expect(replacesEarlier({ diekspor: '2017-10-18T08:00:00+07:00' }, { diekspor: '2017-10-18T09:00:00+07:00' })).toBe(true);
    expect(replacesEarlier({ diekspor: '2017-10-18T09:00:00+07:00' }, { diekspor: '2017-10-18T08:00:00+07:00' })).toBe(false);
    expect(replacesEarlier({ diekspor: '2017-10-18T08:00:00+07:00' }, { dibuat: '2017-10-18T01:00:00Z' })).toBe(false);
    expect(replacesEarlier({ diekspor: '2017-10-18T08:00:00+07:00' }, {})).toBe(true);
  });
});
