// The fast validator's key lists (src/domain/export-format.ts) are the schema's: the same
// keys in the same order as zod's output, for every object of the export.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { QUESTION_KEYS, RESPONDENT_KEYS, ROOT_KEYS, SCHOOL_KEYS } from '../../../src/domain/export-format.js';
import { schoolExportSchema } from '../../../src/domain/export-schema.js';
import { RESPONDENT_TYPES } from '../../../src/domain/respondent-types.js';

type Shaped = { shape: Record<string, z.ZodType> };
const keysOf = (schema: unknown) => Object.keys((schema as Shaped).shape);
/** What a strict object's `.superRefine` or `.default` wraps, down to the object. */
function unwrap(schema: unknown): unknown {
  let s = schema as { shape?: unknown; def?: { innerType?: unknown; in?: unknown; schema?: unknown } };
  while (s.shape === undefined && s.def) s = (s.def.innerType ?? s.def.in ?? s.def.schema) as typeof s;
  return s;
}

describe('the export format: one list of keys per object', () => {
  const root = schoolExportSchema.shape;

  it('the root, the school and a question', () => {
    expect(keysOf(schoolExportSchema)).toEqual([...ROOT_KEYS]);
    expect(keysOf(root.sekolah)).toEqual([...SCHOOL_KEYS]);
    const instrument = unwrap(root.instrumen.shape.kepala_sekolah) as Shaped;
    const question = (instrument.shape.pertanyaan as unknown as { element: unknown }).element;
    expect(keysOf(question)).toEqual([...QUESTION_KEYS]);
  });

  it('each respondent type', () => {
    const options = (root.responden.element as unknown as { options: unknown[] }).options.map(unwrap) as Shaped[];
    expect(options).toHaveLength(RESPONDENT_TYPES.length);
    for (const option of options) {
      const jenis = (option.shape.jenis as unknown as { value: keyof typeof RESPONDENT_KEYS }).value;
      expect(keysOf(option), jenis).toEqual([...RESPONDENT_KEYS[jenis]]);
    }
    expect(Object.keys(RESPONDENT_KEYS).sort()).toEqual([...RESPONDENT_TYPES].sort());
  });
});
