// PMP_OFFLINE_LANG and --lang values, read the way people and systems write them.
import { describe, expect, it } from 'vitest';
import { langFromEnv, parseLang } from '../../../src/core/lang-env.js';

describe('the language setting', () => {
  it('only the language part counts', () => {
    for (const [text, lang] of [
      ['en', 'en'],
      ['EN', 'en'],
      ['en_US.UTF-8', 'en'],
      ['id-ID.utf8@euro', 'id'],
      [' id ', 'id'],
    ] as const) {
      expect(parseLang(text), text).toBe(lang);
    }
    for (const text of ['fr', 'english', '', 'en_US.UTF-8 extra']) expect(parseLang(text), text).toBeUndefined();
  });

  it('unset or blank is Indonesian; an unknown value is Indonesian and reported', () => {
    expect(langFromEnv({})).toEqual({ lang: 'id' });
    expect(langFromEnv({ PMP_OFFLINE_LANG: '  ' })).toEqual({ lang: 'id' });
    expect(langFromEnv({ PMP_OFFLINE_LANG: 'en_GB' })).toEqual({ lang: 'en' });
    expect(langFromEnv({ PMP_OFFLINE_LANG: 'jv' })).toEqual({ lang: 'id', ignored: 'jv' });
  });
});
