// Turns the domain's findings into sentences in the operator's language.
import { t, type MessageKey } from '../i18n/index.js';
import type { Problem, RespondentRef, SchoolAssessment, Warning } from '../domain/readiness.js';
import type { RespondentType, Role } from '../domain/respondent-types.js';

export function typeName(type: RespondentType): string {
  return t(`check.type.${type}` as MessageKey);
}

export function roleName(role: Role): string {
  return t(`check.role.${role}` as MessageKey);
}

function subject(finding: Problem | Warning): string {
  if (finding.jenis === null) return '';
  // About one respondent: "Student "Ani" ..."; about a type: "Students: ...".
  let text = finding.responden ? t(`check.person.${finding.jenis}` as MessageKey) : typeName(finding.jenis);
  if (finding.peran) text += ` (${roleName(finding.peran)})`;
  // A wrong grade is the finding itself; its message names the grade.
  if (finding.tingkat !== undefined && finding.kode !== 'TINGKAT_TIDAK_SESUAI') text += ` ${t('check.grade', { tingkat: finding.tingkat })}`;
  return text;
}

function who(ref: RespondentRef | undefined): string {
  if (!ref) return '';
  return ref.nama ? t('check.who', { nama: ref.nama, id: ref.id }) : t('check.whoId', { id: ref.id });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function describeProblem(problem: Problem): string {
  const detail = problem.detail;
  const params: Record<string, string | number> = { ...detail, subjek: subject(problem), siapa: who(problem.responden) };
  if (typeof detail.ada === 'number' && typeof detail.dibutuhkan === 'number') params.kurang = detail.dibutuhkan - detail.ada;
  // A grade the level has but the survey leaves out (SD students in grade 3) is worded as that rule.
  const key = problem.kode === 'TINGKAT_TIDAK_SESUAI' && detail.lingkup === 'survei' ? 'problem.TINGKAT_TIDAK_SESUAI.survei' : `problem.${problem.kode}`;
  return capitalise(t(key as MessageKey, params));
}

export function describeWarning(warning: Warning): string {
  return capitalise(t(`warning.${warning.kode}` as MessageKey, { ...warning.detail, subjek: subject(warning), siapa: who(warning.responden) }));
}

/** What the operator should do next, most urgent first. */
/** What a file is, for its next step: an export (pack it), a container (upload it), a progress sheet (Kirim Offline). */
export type NextKind = 'ekspor' | 'wadah' | 'lembar_progres';

export function nextSteps(assessment: SchoolAssessment, file: string, kind: NextKind = 'ekspor'): string[] {
  if (assessment.siap) {
    if (kind === 'lembar_progres') return [t('check.next.progressReady')];
    return [kind === 'wadah' ? t('check.next.upload', { file: quoteArg(file) }) : t('check.next.ready', { file: quoteArg(file) })];
  }
  const codes = new Set(assessment.masalah.map((p) => p.kode));
  const steps: string[] = [];
  if (codes.has('VERSI_LAMA') || codes.has('VERSI_TIDAK_DIKENALI')) steps.push(t('check.next.version', { versi: assessment.versi.diwajibkan }));
  if (codes.has('RESPONDEN_BELUM_LENGKAP')) steps.push(t('check.next.incomplete'));
  if (codes.has('RESPONDEN_BELUM_SELESAI')) steps.push(t('check.next.unfinished'));
  if (codes.has('RESPONDEN_KURANG')) steps.push(t('check.next.short'));
  if (codes.has('TINGKAT_TIDAK_SESUAI')) steps.push(t('check.next.grade'));
  if (codes.has('KEPALA_SEKOLAH_GANDA') || codes.has('RESPONDEN_BERLEBIH')) steps.push(t('check.next.tooMany'));
  if (codes.has('ID_RESPONDEN_GANDA')) steps.push(t('check.next.duplicateId'));
  steps.push(t(kind === 'lembar_progres' ? 'check.next.againSheet' : 'check.next.again'));
  return steps;
}

/** Quotes a path for a command line shown to the user, only when it needs it. */
export function quoteArg(file: string): string {
  // A name that begins with "-" would be read as an option: "./-rf.json" is the same file.
  const safe = file.startsWith('-') ? `./${file}` : file;
  return /^[\w./\\:-]+$/.test(safe) ? safe : `"${safe.replace(/"/g, '\\"')}"`;
}
