// The built-in ruleset is loaded without zod at run time (start-up), so its validity is
// proved here instead: it passes the schema, and the schema changes nothing in it.
import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '../../../src/domain/builtin-ruleset.js';
import { rulesetSchema } from '../../../src/domain/ruleset.js';

describe('built-in ruleset', () => {
  it('is valid and is exactly what the schema returns for it', () => {
    const parsed = rulesetSchema.parse(defaultRuleset());
    expect(parsed).toStrictEqual(defaultRuleset());
  });
});
