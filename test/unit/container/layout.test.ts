// The container's entry times: the creation instant's WIB wall clock, in MS-DOS form.
import { describe, expect, it } from 'vitest';
import { dosDateTime } from '../../../src/container/layout.js';
import { DateTime } from '../../../src/domain/luxon.js';

describe('dosDateTime', () => {
  it('packs the WIB wall clock whatever the instant was written in, seconds in steps of two', () => {
    const wib = dosDateTime(DateTime.fromISO('2017-10-18T13:10:09+07:00'));
    expect(dosDateTime(DateTime.fromISO('2017-10-18T06:10:09Z'))).toEqual(wib);
    expect(wib.date).toBe(((2017 - 1980) << 9) | (10 << 5) | 18);
    expect(wib.time).toBe((13 << 11) | (10 << 5) | 4);
  });
});
