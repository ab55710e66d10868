// One pass over a respondent's answers: what readiness needs from them (how many
// required questions are answered, which keys no question has), and, for the fast
// validator, whether every value is a string or null. The fast validator calls it while
// it validates, so a district batch walks each answer object once; `assessSchool`
// calls it itself for data validated otherwise (zod, containers).
import type { Question } from './export-schema.js';

export interface QuestionIndex {
  byId: Map<string, Question>;
  /** How many of the questions are required. */
  required: number;
}

export interface AnswerTally {
  /** Required questions whose answer counts (see isAnswered). */
  answeredRequired: number;
  /** Answer keys no question of the instrument has, in the answers' key order. */
  unknown: string[] | undefined;
}

export function indexQuestions(questions: readonly Question[]): QuestionIndex {
  const byId = new Map<string, Question>();
  let required = 0;
  for (const q of questions) {
    byId.set(q.id, q);
    if (q.wajib) required++;
  }
  return { byId, required };
}

/** Printable ASCII other than space: a string starting and ending so needs no trim. */
const solid = (code: number) => code > 0x20 && code < 0x7f;

/** A required question is answered when its trimmed value is non-empty and, with `pilihan`, one of them. */
export function isAnswered(question: Question, value: string | null | undefined): boolean {
  if (typeof value !== 'string') return false;
  // Nearly every answer ("3", a sentence) has nothing to trim: skip building the copy.
  const trimmed = value.length > 0 && solid(value.charCodeAt(0)) && solid(value.charCodeAt(value.length - 1)) ? value : value.trim();
  if (trimmed === '') return false;
  return question.pilihan === undefined || question.pilihan.includes(trimmed);
}

/**
 * Tallies `answers` against `index`; undefined when a value is neither a string nor
 * null, or a key is "__proto__" (which zod's record would not keep as a key): such
 * answers are for the full validator to judge. Keys are unique, so counting answered
 * keys of required questions counts answered required questions.
 */
export function scanAnswers(answers: Record<string, unknown>, index: QuestionIndex): AnswerTally | undefined {
  let answeredRequired = 0;
  let unknown: string[] | undefined;
  const { byId } = index;
  for (const key in answers) {
    if (key === '__proto__') return undefined;
    const value = answers[key];
    if (typeof value !== 'string') {
      if (value !== null) return undefined;
      if (!byId.has(key)) (unknown ??= []).push(key);
      continue;
    }
    const q = byId.get(key);
    if (q === undefined) (unknown ??= []).push(key);
    else if (q.wajib && isAnswered(q, value)) answeredRequired++;
  }
  return { answeredRequired, unknown };
}
