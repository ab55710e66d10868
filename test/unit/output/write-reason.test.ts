// Why a file could not be written, in the user's words, from the error's code.
import { describe, expect, it } from 'vitest';
import { writeReason } from '../../../src/output/write-reason.js';
import { inLang } from '../../helpers/lang.js';

const err = (code: string) => Object.assign(new Error(code), { code });

describe('writeReason', () => {
  it('one wording per kind of failure, in the run language; an unknown code is shown as it is', () => {
    expect(writeReason(err('ENOSPC'))).toBe(writeReason(err('EDQUOT')));
    expect(writeReason(err('EACCES'))).toBe(writeReason(err('EROFS')));
    expect(writeReason(err('ENOENT'))).not.toBe(writeReason(err('EACCES')));
    expect(inLang('en', () => writeReason(err('ENOSPC')))).not.toBe(inLang('id', () => writeReason(err('ENOSPC'))));
    expect(writeReason(err('EWEIRD'))).toBe('EWEIRD');
    expect(writeReason('plain')).toBe('plain');
  });
});
