// The registration form's questions, checked on the server against the event's current list (the
// same schema the browser ran). A form opened before the organizer added a required question does
// not know it: the hidden QUESTIONS_SEEN_FIELD lists the questions the form showed, so the answer
// can say which question is new instead of only "required".
import { answerFieldErrors, answersSchema, type RawAnswers, readRawAnswers } from "./answers-schema";
import { activeQuestions, type Answers, answerFieldName, type Question } from "./definitions";

export const QUESTIONS_SEEN_FIELD = "questions_seen";
export const NEW_QUESTION_ERROR = "This question was added after you opened the form: please answer it.";

export type CheckedAnswers =
  | { ok: true; answers: Answers; raw: RawAnswers }
  | { ok: false; fieldErrors: Record<string, string>; raw: RawAnswers; newQuestions: boolean };

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** `t` (the public namespace's translator) words the errors in the page's language; English without it. */
export function checkRegistrationAnswers(questions: readonly Question[], form: FormData, t?: Translate): CheckedAnswers {
  const active = activeQuestions(questions);
  const raw = readRawAnswers(form, active);
  if (active.length === 0) return { ok: true, answers: {}, raw };
  const parsed = answersSchema(active).safeParse(raw);
  if (parsed.success) return { ok: true, answers: parsed.data, raw };
  const errors = answerFieldErrors(parsed.error, t);
  const seenField = form.get(QUESTIONS_SEEN_FIELD);
  // Only a form that says what it showed can be told a question is new (a hand-made post cannot).
  const seen = typeof seenField === "string" ? new Set(seenField.split(",")) : null;
  let newQuestions = false;
  if (seen) {
    for (const q of active) {
      const name = answerFieldName(q);
      if (errors[name] && !seen.has(q.id)) {
        errors[name] = t ? t("answerErrors.newQuestion") : NEW_QUESTION_ERROR;
        newQuestions = true;
      }
    }
  }
  return { ok: false, fieldErrors: errors, raw, newQuestions };
}
