import { describe, expect, it } from 'vitest';
import { catalogs, t } from '../../../src/i18n/index.js';
import { inLang } from '../../helpers/lang.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  for (const [area, catalog] of Object.entries(catalogs)) {
    it(`${area}: Indonesian and English have the same keys and placeholders`, () => {
      expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog.id).sort());
      for (const key of Object.keys(catalog.id)) {
        const id = (catalog.id as Record<string, string>)[key]!;
        const en = (catalog.en as Record<string, string>)[key]!;
        expect(placeholders(en), key).toEqual(placeholders(id));
        expect(id.trim(), key).not.toBe('');
      }
    });
  }

  it('no key is defined in two areas (a later area would silently win)', () => {
    const seen = new Map<string, string>();
    for (const [area, catalog] of Object.entries(catalogs)) {
      for (const key of Object.keys(catalog.id)) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(inLang('id', () => t('check.grade', { tingkat: 5 }))).toBe('kelas 5');
    expect(inLang('en', () => t('check.grade', {}))).toBe('grade {tingkat}');
  });
});
