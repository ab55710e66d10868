// One message catalogue: every user-facing sentence, Indonesian (default) and English.
// Areas live in ./catalog/<area>.ts so each command owns its own sentences.
import { common } from './catalog/common.js';
import { input } from './catalog/input.js';
import { check } from './catalog/check.js';
import { pack } from './catalog/pack.js';
import { eta } from './catalog/eta.js';

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const catalogs = { common, input, check, pack, eta };

const tables = {
  id: { ...common.id, ...input.id, ...check.id, ...pack.id, ...eta.id },
  en: { ...common.en, ...input.en, ...check.en, ...pack.en, ...eta.en },
};

export type MessageKey = keyof typeof tables.id;
export type Params = Record<string, string | number>;

let current: Lang = 'id';

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params: Params = {}, lang: Lang = current): string {
  const template: string = tables[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
