// One message catalogue: every user-facing sentence, Indonesian (default) and English.
// Areas live in ./catalog/<area>.ts so each command owns its own sentences.
import { LANG_CODES, type LangCode } from '../core/lang-env.js';
import { visible } from '../core/visible.js';
import { common } from './catalog/common.js';
import { input } from './catalog/input.js';
import { check } from './catalog/check.js';
import { pack } from './catalog/pack.js';
import { eta } from './catalog/eta.js';
import { plan } from './catalog/plan.js';
import { report } from './catalog/report.js';
import { board } from './catalog/board.js';
import { progress } from './catalog/progress.js';
import { guided } from './catalog/guided.js';

export type Lang = LangCode;

export const catalogs = { common, input, check, pack, eta, plan, report, board, progress, guided };

type Areas = typeof catalogs;
export type MessageKey = { [A in keyof Areas]: keyof Areas[A]['id'] }[keyof Areas];

/**
 * The areas a key is looked up in, the later-listed first (a key some area repeats is
 * the later one's). Not merged into one table: copying some 1,400 keys into two objects
 * at every start cost more than the lookups of a whole run.
 */
const LOOKUP: readonly Record<Lang, Record<string, string>>[] = Object.values(catalogs).reverse();

function template(key: MessageKey, lang: Lang): string {
  for (const area of LOOKUP) {
    const found = area[lang][key];
    if (found !== undefined) return found;
  }
  return key;
}
export type Params = Record<string, string | number>;

// The language is the run's, one per thread: chosen once by the entry (cli/main.ts) or
// given to a worker at its start (cli/worker.ts), and read by every message and date
// through t() and getLang(). No function takes it as a parameter.
let current: Lang = 'id';

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

const has = (params: Params, name: string) => Object.prototype.hasOwnProperty.call(params, name);

/**
 * The message for `key` in the run's language, with `{name}` placeholders filled and
 * `{name|one|other}` chosen by the number `name` (1: "one", else "other"), for English
 * plurals. Text from outside (file names, names from the data) may hold control
 * characters: they are shown as visible escapes, never handed to the terminal.
 */
export function t(key: MessageKey, params: Params = {}): string {
  return fill(template(key, current), params);
}

/** The message in every language, for recognising what a user wrote in either (a progress sheet's headers). */
export function inEveryLang(key: MessageKey): string[] {
  return LANG_CODES.map((lang) => fill(template(key, lang), {}));
}

function fill(text: string, params: Params): string {
  return text
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      has(params, name) ? (Number(params[name]) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (has(params, name) ? visible(String(params[name])) : whole));
}
