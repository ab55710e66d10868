// The school data export, format `pmp-offline/sekolah@1`: this zod schema is the single
// source of truth for the format (the README documents it from here).
import { z } from 'zod';
import { COMMITTEE_ROLES, MAX_GRADE, MIN_GRADE, RESPONDENT_TYPES, SCHOOL_LEVELS, TEACHER_ROLES } from './respondent-types.js';
import { EXPORT_FORMAT, ISO_INSTANT, MAX_NAME_LENGTH, MAX_VERSION_LENGTH, NPSN, UUID } from './export-format.js';
import { isValidZone } from './zone-name.js';
import { hasControl } from '../core/visible.js';

export { EXPORT_FORMAT };

const nonEmpty = z.string().trim().min(1);
// Identifiers and versions are matched and printed as they are: no control characters
// (a version "2.2\n" is not 2.2; an id with ESC codes would reach the terminal).
const noControl = (s: string) => !hasControl(s);
const identifier = nonEmpty.refine(noControl, { message: 'control' });
const grade = z.number().int().min(MIN_GRADE).max(MAX_GRADE);
const answers = z.record(z.string(), z.string().nullable());

const question = z.strictObject({
  id: identifier,
  wajib: z.boolean().default(true),
  pilihan: z.array(z.string()).min(1).optional(),
  teks: z.string().optional(),
});

const instrument = z.strictObject({ pertanyaan: z.array(question) }).superRefine((value, ctx) => {
  const seen = new Set<string>();
  value.pertanyaan.forEach((q, index) => {
    if (seen.has(q.id)) {
      ctx.addIssue({ code: 'custom', path: ['pertanyaan', index, 'id'], message: `duplicate:${q.id}` });
    }
    seen.add(q.id);
  });
});

const base = {
  id: identifier,
  nama: z.string().optional(),
  jawaban: answers,
};

const respondent = z.discriminatedUnion('jenis', [
  z.strictObject({ ...base, jenis: z.literal('kepala_sekolah') }),
  z.strictObject({ ...base, jenis: z.literal('pendidik'), peran: z.enum(TEACHER_ROLES), tingkat: grade.optional() }).superRefine((value, ctx) => {
    if (value.peran === 'guru_kelas' && value.tingkat === undefined) {
      ctx.addIssue({ code: 'custom', path: ['tingkat'], message: 'required:guru_kelas' });
    }
    if (value.tingkat !== undefined && value.peran !== 'guru_kelas' && value.peran !== 'guru_mapel') {
      ctx.addIssue({ code: 'custom', path: ['tingkat'], message: `forbidden:${value.peran}` });
    }
  }),
  z.strictObject({ ...base, jenis: z.literal('peserta_didik'), tingkat: grade }),
  z.strictObject({ ...base, jenis: z.literal('komite_sekolah'), peran: z.enum(COMMITTEE_ROLES) }),
  z.strictObject({ ...base, jenis: z.literal('pengawas') }),
]);

export const schoolExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  aplikasi: z.strictObject({ versi: z.string().max(MAX_VERSION_LENGTH).refine(noControl, { message: 'control' }) }),
  diekspor: z.string().regex(ISO_INSTANT).optional(),
  sekolah: z.strictObject({
    sekolah_id: z
      .string()
      .regex(UUID)
      .transform((s) => s.toLowerCase()),
    npsn: z.string().regex(NPSN),
    // The limits are what a container's manifest holds, so `check` never calls ready what `pack` cannot pack.
    nama: nonEmpty.max(MAX_NAME_LENGTH),
    bentuk_pendidikan: z.enum(SCHOOL_LEVELS),
    kabupaten_kota: z.string().max(MAX_NAME_LENGTH).optional(),
    provinsi: z.string().max(MAX_NAME_LENGTH).optional(),
    zona_waktu: z.string().refine(isValidZone, { message: 'zone' }).default('Asia/Jakarta'),
  }),
  instrumen: z.strictObject(
    Object.fromEntries(RESPONDENT_TYPES.map((type) => [type, instrument])) as Record<(typeof RESPONDENT_TYPES)[number], typeof instrument>,
  ),
  responden: z.array(respondent),
});

export type SchoolExport = z.output<typeof schoolExportSchema>;
export type Respondent = SchoolExport['responden'][number];
export type Question = SchoolExport['instrumen']['kepala_sekolah']['pertanyaan'][number];
