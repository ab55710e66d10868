// Which language the user asked for. No imports, so the tiny entry stays tiny.
//
// A setting is read the way people and systems write it: `en`, `EN`, `en_US`,
// `en-US.UTF-8`, `id_ID`, `id-ID.utf8@euro`; only its language part counts.

export const LANG_CODES = ['id', 'en'] as const;
export type LangCode = (typeof LANG_CODES)[number];

const LOCALE = /^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*(?:\.[A-Za-z0-9-]+)?(?:@[A-Za-z0-9]+)?$/;

/** The language a setting names, or undefined when it names none we speak. */
export function parseLang(value: string): LangCode | undefined {
  const match = LOCALE.exec(value.trim());
  const code = match?.[1]?.toLowerCase();
  return (LANG_CODES as readonly string[]).includes(code ?? '') ? (code as LangCode) : undefined;
}

export interface EnvLang {
  lang: LangCode;
  /** PMP_OFFLINE_LANG was set to something we do not speak: the value, for one warning line. */
  ignored?: string;
}

/** PMP_OFFLINE_LANG, read leniently; unknown or unset: Indonesian (an unknown value is reported, not fatal). */
export function langFromEnv(env: NodeJS.ProcessEnv): EnvLang {
  const raw = env.PMP_OFFLINE_LANG;
  if (raw === undefined || raw.trim() === '') return { lang: 'id' };
  const lang = parseLang(raw);
  return lang ? { lang } : { lang: 'id', ignored: raw };
}
