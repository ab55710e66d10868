// Is a school ready to send? Pure: a validated export and a ruleset in, an assessment out.
// Every look-up is by map, so a school costs O(respondents × questions) once.
import { indexQuestions, scanAnswers, type AnswerTally, type QuestionIndex } from './answer-scan.js';
import type { Respondent, SchoolExport } from './export-schema.js';
import { RESPONDENT_TYPES, type RespondentType, type Role } from './respondent-types.js';
import type { Ruleset, TypeRule } from './ruleset.js';
import { judgeVersion, type VersionVerdict } from './version.js';

export type ProblemCode =
  | 'VERSI_LAMA'
  | 'VERSI_TIDAK_DIKENALI'
  | 'RESPONDEN_KURANG'
  | 'RESPONDEN_BELUM_LENGKAP'
  | 'TINGKAT_TIDAK_SESUAI'
  | 'KEPALA_SEKOLAH_GANDA'
  | 'RESPONDEN_BERLEBIH'
  | 'ID_RESPONDEN_GANDA'
  // a progress sheet (src/school/progress/assess.ts)
  | 'RESPONDEN_BELUM_SELESAI'
  | 'VERSI_TIDAK_DIKETAHUI';

export type WarningCode =
  | 'VERSI_LEBIH_BARU'
  | 'PENDIDIK_DI_BAWAH_SARAN'
  | 'SARAN_TIDAK_TERPENUHI'
  | 'JAWABAN_TIDAK_DIKENAL'
  // check --roster (src/dapodik/compare.ts)
  | 'TIDAK_ADA_DI_DAPODIK'
  | 'TINGKAT_BEDA_DAPODIK'
  | 'DAPODIK_SEKOLAH_LAIN'
  // another file of the same school in the batch (src/school/check.ts)
  | 'SEKOLAH_GANDA_DIPAKAI'
  | 'SEKOLAH_GANDA_DILEWATI'
  // a rule a progress sheet cannot show (src/school/progress/assess.ts)
  | 'ATURAN_PERLU_DICEK';

export interface RespondentRef {
  id: string;
  nama?: string;
}

export interface Finding<C extends string> {
  kode: C;
  jenis: RespondentType | null;
  tingkat?: number;
  peran?: Role;
  responden?: RespondentRef;
  /** Numbers and names the message is built from. */
  detail: Record<string, string | number>;
}

export type Problem = Finding<ProblemCode>;
export type Warning = Finding<WarningCode>;

export interface TypeSummary {
  jenis: RespondentType;
  terdaftar: number;
  lengkap: number;
  minimum: number;
  ok: boolean;
}

export interface VersionCheck {
  ditemukan: string;
  diwajibkan: string;
  ok: boolean;
  verdict: VersionVerdict;
}

export interface SchoolAssessment {
  siap: boolean;
  versi: VersionCheck;
  aturan: string;
  jenis: TypeSummary[];
  masalah: Problem[];
  peringatan: Warning[];
}

function ref(r: Respondent): RespondentRef {
  return r.nama !== undefined && r.nama.trim() !== '' ? { id: r.id, nama: r.nama } : { id: r.id };
}

function roleOf(r: Respondent): Role | undefined {
  return 'peran' in r ? r.peran : undefined;
}

function gradeOf(r: Respondent): number | undefined {
  return 'tingkat' in r ? r.tingkat : undefined;
}

export { isAnswered } from './answer-scan.js';

/**
 * `tallies`: each respondent's answers already tallied against its instrument (same
 * index as `data.responden`), as the fast validator hands them over; computed here when
 * absent. Either way the result is the same (a test holds the two paths together).
 */
export function assessSchool(data: SchoolExport, ruleset: Ruleset, tallies?: readonly AnswerTally[]): SchoolAssessment {
  const level = ruleset.jenjang[data.sekolah.bentuk_pendidikan];
  const masalah: Problem[] = [];
  const peringatan: Warning[] = [];

  const verdict = judgeVersion(data.aplikasi.versi, ruleset.versi_aplikasi);
  const versionDetail = { ditemukan: data.aplikasi.versi, diwajibkan: ruleset.versi_aplikasi };
  if (verdict === 'lama') masalah.push({ kode: 'VERSI_LAMA', jenis: null, detail: versionDetail });
  if (verdict === 'tidak_dikenali') masalah.push({ kode: 'VERSI_TIDAK_DIKENALI', jenis: null, detail: versionDetail });
  if (verdict === 'lebih_baru') peringatan.push({ kode: 'VERSI_LEBIH_BARU', jenis: null, detail: versionDetail });

  const seenIds = new Map<string, { first: Respondent; count: number }>();
  for (const r of data.responden) {
    const seen = seenIds.get(r.id);
    if (seen) seen.count++;
    else seenIds.set(r.id, { first: r, count: 1 });
  }
  for (const [id, { first, count }] of seenIds) {
    if (count > 1) masalah.push({ kode: 'ID_RESPONDEN_GANDA', jenis: first.jenis, responden: { id }, detail: { id, jumlah: count } });
  }

  const instruments = new Map<RespondentType, QuestionIndex>();
  for (const type of RESPONDENT_TYPES) instruments.set(type, indexQuestions(data.instrumen[type].pertanyaan));

  // Complete respondents with an allowed grade, per type: what minimums are counted from.
  const counted = new Map<RespondentType, Respondent[]>(RESPONDENT_TYPES.map((type) => [type, []]));
  const registered = new Map<RespondentType, number>(RESPONDENT_TYPES.map((type) => [type, 0]));
  const complete = new Map<RespondentType, number>(RESPONDENT_TYPES.map((type) => [type, 0]));

  for (let index = 0; index < data.responden.length; index++) {
    const r = data.responden[index] as Respondent;
    const type = r.jenis;
    const instrument = instruments.get(type) as QuestionIndex;
    const rule = level.jenis[type];
    registered.set(type, (registered.get(type) ?? 0) + 1);

    const tally = tallies?.[index] ?? scanAnswers(r.jawaban, instrument);
    if (tally === undefined) throw new Error(`invariant: answers of ${r.id} were not validated`);
    const missing = instrument.required - tally.answeredRequired;
    const unknown = tally.unknown;
    if (unknown !== undefined) {
      peringatan.push({
        kode: 'JAWABAN_TIDAK_DIKENAL',
        jenis: type,
        responden: ref(r),
        detail: { jumlah: unknown.length, pertanyaan: unknown.slice(0, 5).join(', ') + (unknown.length > 5 ? ', ...' : '') },
      });
    }

    const grade = gradeOf(r);
    const allowedGrades = rule.tingkat ?? level.tingkat;
    const gradeOk = grade === undefined || allowedGrades.includes(grade);
    if (!gradeOk && grade !== undefined) {
      masalah.push({
        kode: 'TINGKAT_TIDAK_SESUAI',
        jenis: type,
        tingkat: grade,
        responden: ref(r),
        detail: {
          tingkat: grade,
          bentuk: data.sekolah.bentuk_pendidikan,
          diizinkan: allowedGrades.join(', '),
          // The level has this grade, but this type is surveyed only in some grades.
          lingkup: level.tingkat.includes(grade) ? 'survei' : 'jenjang',
        },
      });
    }
    if (missing > 0) {
      masalah.push({
        kode: 'RESPONDEN_BELUM_LENGKAP',
        jenis: type,
        responden: ref(r),
        detail: { kurang: missing, wajib: instrument.required },
      });
    } else if (gradeOk) {
      // `lengkap` counts what the minimums count: a respondent in a grade that is not
      // surveyed is reported, and not counted anywhere.
      complete.set(type, (complete.get(type) ?? 0) + 1);
      counted.get(type)?.push(r);
    }
  }

  for (const type of RESPONDENT_TYPES) {
    checkMinimums(type, level.jenis[type], counted.get(type) ?? [], registered.get(type) ?? 0, masalah, peringatan);
  }

  const named = new Set(masalah.map((p) => p.jenis));
  const jenis: TypeSummary[] = RESPONDENT_TYPES.map((type) => ({
    jenis: type,
    terdaftar: registered.get(type) ?? 0,
    lengkap: complete.get(type) ?? 0,
    minimum: level.jenis[type].minimum,
    ok: !named.has(type),
  }));

  return {
    siap: masalah.length === 0,
    versi: { ...versionDetail, ok: verdict === 'sama' || verdict === 'lebih_baru', verdict },
    aturan: ruleset.id,
    jenis,
    masalah,
    peringatan,
  };
}

function checkMinimums(
  type: RespondentType,
  rule: TypeRule,
  counted: readonly Respondent[],
  registered: number,
  masalah: Problem[],
  peringatan: Warning[],
): void {
  if (rule.maksimum !== undefined && registered > rule.maksimum) {
    masalah.push({
      kode: type === 'kepala_sekolah' ? 'KEPALA_SEKOLAH_GANDA' : 'RESPONDEN_BERLEBIH',
      jenis: type,
      detail: { ada: registered, maksimum: rule.maksimum },
    });
  }
  const total = counted.length;
  if (total < rule.minimum) {
    masalah.push({ kode: 'RESPONDEN_KURANG', jenis: type, detail: { ada: total, dibutuhkan: rule.minimum } });
  } else if (rule.saran !== undefined && total < rule.saran) {
    peringatan.push({
      kode: type === 'pendidik' ? 'PENDIDIK_DI_BAWAH_SARAN' : 'SARAN_TIDAK_TERPENUHI',
      jenis: type,
      detail: { ada: total, saran: rule.saran },
    });
  }

  if (rule.per_tingkat) {
    const byGrade = countBy(counted, (r) => gradeOf(r));
    for (const grade of rule.per_tingkat.tingkat) {
      const have = byGrade.get(grade) ?? 0;
      if (have < rule.per_tingkat.minimum) {
        masalah.push({
          kode: 'RESPONDEN_KURANG',
          jenis: type,
          tingkat: grade,
          detail: { ada: have, dibutuhkan: rule.per_tingkat.minimum },
        });
      }
    }
  }

  for (const roleRule of rule.per_peran ?? []) {
    const withRole = counted.filter((r) => roleOf(r) === roleRule.peran);
    if (roleRule.per_tingkat) {
      const byGrade = countBy(withRole, (r) => gradeOf(r));
      for (const grade of roleRule.per_tingkat) {
        const have = byGrade.get(grade) ?? 0;
        if (have < roleRule.minimum) {
          masalah.push({
            kode: 'RESPONDEN_KURANG',
            jenis: type,
            peran: roleRule.peran,
            tingkat: grade,
            detail: { ada: have, dibutuhkan: roleRule.minimum },
          });
        }
      }
    } else if (withRole.length < roleRule.minimum) {
      masalah.push({
        kode: 'RESPONDEN_KURANG',
        jenis: type,
        peran: roleRule.peran,
        detail: { ada: withRole.length, dibutuhkan: roleRule.minimum },
      });
    }
  }
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K | undefined): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
