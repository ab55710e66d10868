// Rulesets: the composition each period asks of a school, as data. `pmp-2017` ships
// built in; `--rules FILE` loads another in the same format (`pmp-offline/aturan@1`).
import { z } from 'zod';
import { COMMITTEE_ROLES, MAX_GRADE, MIN_GRADE, SCHOOL_LEVELS, TEACHER_ROLES, type RespondentType, type SchoolLevel } from './respondent-types.js';

export const RULESET_FORMAT = 'pmp-offline/aturan@1';

const count = z.number().int().min(0).max(10_000);
const grade = z.number().int().min(MIN_GRADE).max(MAX_GRADE);
const grades = z.array(grade).min(1);

const roleRule = z.strictObject({
  peran: z.enum([...TEACHER_ROLES, ...COMMITTEE_ROLES]),
  minimum: count,
  /** When given, each of these grades needs `minimum` respondents of this role. */
  per_tingkat: grades.optional(),
});

const typeRule = z
  .strictObject({
    /** Complete respondents needed in total. */
    minimum: count,
    /** More registered respondents than this is a problem (the principal: exactly one). */
    maksimum: count.min(1).optional(),
    /** Below this (but at or above the minimum) is a warning: "asked for, not required". */
    saran: count.optional(),
    /** Grades a respondent of this type may have; default: the level's grades. */
    tingkat: grades.optional(),
    /** Each listed grade needs `minimum` complete respondents. */
    per_tingkat: z.strictObject({ tingkat: grades, minimum: count.min(1) }).optional(),
    per_peran: z.array(roleRule).optional(),
  })
  .refine((rule) => rule.maksimum === undefined || rule.maksimum >= rule.minimum, {
    message: 'maksimum < minimum',
    path: ['maksimum'],
  });

const levelRule = z.strictObject({
  tingkat: grades,
  jenis: z.strictObject({
    kepala_sekolah: typeRule,
    pendidik: typeRule,
    peserta_didik: typeRule,
    komite_sekolah: typeRule,
    pengawas: typeRule,
  }),
});

export const rulesetSchema = z.strictObject({
  format: z.literal(RULESET_FORMAT),
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/),
  nama: z.string().optional(),
  versi_aplikasi: z.string().regex(/^\d+(\.\d+)*$/),
  jenjang: z.strictObject(Object.fromEntries(SCHOOL_LEVELS.map((level) => [level, levelRule])) as Record<SchoolLevel, typeof levelRule>),
});

export type Ruleset = z.output<typeof rulesetSchema>;
export type LevelRule = Ruleset['jenjang'][SchoolLevel];
export type TypeRule = LevelRule['jenis'][RespondentType];
