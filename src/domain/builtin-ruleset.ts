// The built-in pmp-2017 ruleset, available without loading zod: `check` and `pack` on
// the default rules start faster. It is checked against rulesetSchema by a unit test
// (test/unit/domain/builtin-ruleset.test.ts) rather than on every start; rulesets from
// `--rules FILE` are still validated at run time.
import builtIn from './rules/pmp-2017.json' with { type: 'json' };
import type { Ruleset } from './ruleset.js';

/** The built-in 2017 ruleset. */
export function defaultRuleset(): Ruleset {
  return builtIn as unknown as Ruleset;
}
