// The one pass over the answers (src/domain/answer-scan.ts) against the plain definition
// it replaced: a required question is missing when its answer is not isAnswered; an
// unknown key is one no question has. And readiness is the same whether the fast
// validator's tallies are handed over or assessSchool tallies for itself.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexQuestions, isAnswered, scanAnswers } from '../../../src/domain/answer-scan.js';
import type { Question } from '../../../src/domain/export-schema.js';
import { fastValidateTallied } from '../../../src/domain/export-fast.js';
import { assessSchool } from '../../../src/domain/readiness.js';
import { defaultRuleset } from '../../../src/domain/builtin-ruleset.js';
import { LEVELS, makeSchool } from '../../fixtures-gen/index.mjs';

function reference(questions: Question[], answers: Record<string, string | null>) {
  const ids = new Set(questions.map((q) => q.id));
  const required = questions.filter((q) => q.wajib);
  const missing = required.filter((q) => !isAnswered(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined)).length;
  const unknown = Object.keys(answers).filter((key) => !ids.has(key));
  return { answeredRequired: required.length - missing, unknown: unknown.length > 0 ? unknown : undefined };
}

const id = fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4', 'Q5', '10', '2', 'toString', 'constructor', 'x y');
const question = fc.record(
  {
    id,
    wajib: fc.boolean(),
    pilihan: fc.option(fc.array(fc.constantFrom('1', '2', '3', 'ya', ' 4 ', ''), { minLength: 1, maxLength: 4 }), { nil: undefined }),
  },
  { requiredKeys: ['id', 'wajib'] },
);
const value = fc.oneof(fc.constantFrom('1', ' 2 ', '3\n', 'ya', '', '   ', '\u00a04\u00a0', '\ufeff1', '4', 'bebas'), fc.string(), fc.constant(null));

describe('scanAnswers', () => {
  it('counts exactly what the plain definition counts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(question, { selector: (q) => q.id, maxLength: 6 }),
        fc.dictionary(
          fc.oneof(
            id,
            fc.string().filter((k) => k !== '__proto__'),
          ),
          value,
        ),
        (questions, answers) => {
          const q = questions.map((x) => (x.pilihan === undefined ? { id: x.id, wajib: x.wajib } : x)) as Question[];
          expect(scanAnswers(answers, indexQuestions(q))).toEqual(reference(q, answers));
        },
      ),
      { numRuns: 3000, seed: 31 },
    );
  });

  it('leaves anything but strings and null, and a "__proto__" key, to the full validator', () => {
    const index = indexQuestions([{ id: 'Q1', wajib: true }]);
    for (const bad of [1, true, {}, [], undefined]) expect(scanAnswers({ Q1: bad }, index)).toBeUndefined();
    expect(scanAnswers(JSON.parse('{"__proto__": "1"}'), index)).toBeUndefined();
    expect(scanAnswers({ Q1: ' x ' }, index)).toEqual({ answeredRequired: 1, unknown: undefined });
  });
});

describe('assessSchool with and without the tallies', () => {
  const ruleset = defaultRuleset();
  const same = (value: unknown) => {
    const tallied = fastValidateTallied(value);
    expect(tallied).toBeDefined();
    if (!tallied) return;
    expect(assessSchool(tallied.data, ruleset, tallied.tallies)).toEqual(assessSchool(tallied.data, ruleset));
  };

  it('for generated schools of every level, the demo schools and mutated answers', () => {
    for (const level of LEVELS) for (let seed = 0; seed < 4; seed++) same(makeSchool({ seed, level }));
    same(JSON.parse(readFileSync('fixtures/demo/sdn-1-contoh.json', 'utf8')));
    same(JSON.parse(readFileSync('fixtures/demo/smp-2-contoh-belum-siap.json', 'utf8')));
    const base = makeSchool({ seed: 3, level: 'SMA' }) as { responden: Array<{ jawaban: Record<string, string | null> }> };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.oneof(fc.string(), fc.constantFrom('XX-999', 'PD-001', 'KS-001')), value), { maxLength: 20 }), (edits) => {
        const school = structuredClone(base);
        for (const [at, key, answer] of edits) {
          const r = school.responden[at % school.responden.length];
          if (r && key !== '__proto__') r.jawaban[key] = answer;
        }
        same(school);
      }),
      { numRuns: 200, seed: 32 },
    );
  });
});
