// `--rules FILE`: another period's ruleset, validated like everything else.
import { UsageError, InputError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { defaultRuleset } from '../domain/builtin-ruleset.js';
import type { Ruleset } from '../domain/ruleset.js';
import { parseJsonText } from '../io/json.js';
import { readTextFile } from '../io/read-text.js';

/** A bad rules file is a bad option value: exit 2, naming the file and the field. */
export async function loadRuleset(file: string | undefined): Promise<Ruleset> {
  if (file === undefined) return defaultRuleset();
  let value: unknown;
  try {
    value = parseJsonText(await readTextFile(file, 1024 * 1024), file);
  } catch (err) {
    if (err instanceof InputError) throw new UsageError('ATURAN_TIDAK_SAH', err.message);
    throw err;
  }
  // zod only for a rules file: the built-in ruleset starts without it.
  const [{ rulesetSchema }, { configureZodLocale, formatPath }] = await Promise.all([import('../domain/ruleset.js'), import('../io/validate-export.js')]);
  configureZodLocale();
  const parsed = rulesetSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? formatPath(issue.path, value) : t('schema.root');
  throw new UsageError('ATURAN_TIDAK_SAH', t('rules.invalid', { file, field, message: issue?.message ?? '' }));
}
