// Registration questions: what an organizer may define per event (lib/questions/question-schema.ts
// validates a saved list). Stored as one JSON array on the event, removed questions included (flagged
// `removed`), so that past answers keep their label in exports and on the participant page. Question
// and option ids are short random strings that never change once given: answers refer to them, so
// renaming a question or an option keeps every answer.

import {
  type AnswerValue,
  type Answers,
  type Question,
  type QuestionOption,
  type QuestionType,
  questionTypes,
} from "@/lib/db/schema/question-shapes";

export { questionTypes };
export type { AnswerValue, Answers, Question, QuestionOption, QuestionType };

export const QUESTION_LIMITS = {
  questions: 50,
  label: 200,
  help: 500,
  key: 40,
  options: 50,
  optionLabel: 120,
  shortText: 200,
  longText: 2000,
} as const;

export const hasOptions = (type: QuestionType) => type === "single_choice" || type === "multiple_choice";
/** The types a condition may point at. */
export const canBeCondition = (type: QuestionType) => hasOptions(type) || type === "yes_no";

export const activeQuestions = (questions: readonly Question[]) => questions.filter((q) => !q.removed);

/** The form field that carries a question's answer. */
export const answerFieldName = (q: Pick<Question, "id">) => `q_${q.id}`;

/** A new random id (question or option): 10 characters of base 36. */
export function newQuestionId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36))
    .join("")
    .slice(0, 10)
    .padEnd(10, "0");
}

/** A placeholder key from a label: lower-case ASCII letters, digits and underscores. */
export function keyFromLabel(label: string): string {
  const key = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, QUESTION_LIMITS.key);
  return /^[a-z]/.test(key) ? key : `q_${key}`.replace(/_+$/, "").slice(0, QUESTION_LIMITS.key);
}
