// The registration form's questions, checked on the server against the event's current list (the
// same schema the browser ran). A form opened before the organizer added a required question does
// not know it: the hidden QUESTIONS_SEEN_FIELD lists the questions the form showed, so the answer
// can say which question is new instead of only "required".
import { fieldErrors } from "@/lib/validation/fields";
import { answersSchema, type RawAnswers, readRawAnswers } from "./answers-schema";
import { activeQuestions, type Answers, answerFieldName, type Question } from "./definitions";

export const QUESTIONS_SEEN_FIELD = "questions_seen";
export const NEW_QUESTION_ERROR = "This question was added after you opened the form: please answer it.";
export const NEW_QUESTIONS_MESSAGE =
  "The form has changed since you opened it: everything you typed is kept. Please answer the highlighted new question, then register again.";

export type CheckedAnswers =
  | { ok: true; answers: Answers; raw: RawAnswers }
  | { ok: false; fieldErrors: Record<string, string>; raw: RawAnswers; newQuestions: boolean };

export function checkRegistrationAnswers(questions: readonly Question[], form: FormData): CheckedAnswers {
  const active = activeQuestions(questions);
  const raw = readRawAnswers(form, active);
  if (active.length === 0) return { ok: true, answers: {}, raw };
  const parsed = answersSchema(active).safeParse(raw);
  if (parsed.success) return { ok: true, answers: parsed.data, raw };
  const errors = fieldErrors(parsed.error);
  const seenField = form.get(QUESTIONS_SEEN_FIELD);
  // Only a form that says what it showed can be told a question is new (a hand-made post cannot).
  const seen = typeof seenField === "string" ? new Set(seenField.split(",")) : null;
  let newQuestions = false;
  if (seen) {
    for (const q of active) {
      const name = answerFieldName(q);
      if (errors[name] && !seen.has(q.id)) {
        errors[name] = NEW_QUESTION_ERROR;
        newQuestions = true;
      }
    }
  }
  return { ok: false, fieldErrors: errors, raw, newQuestions };
}
