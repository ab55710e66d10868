// The run's language is set once per thread (src/i18n/index.ts); a test that words
// something in a given language sets it around the call and puts the default back.
import { getLang, setLang, type Lang } from '../../src/i18n/index.js';

export function inLang<T>(lang: Lang, fn: () => T): T {
  const before = getLang();
  setLang(lang);
  try {
    return fn();
  } finally {
    setLang(before);
  }
}
