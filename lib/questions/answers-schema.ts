// One zod schema per question list, run by the public form in the browser before it posts and by
// the server action after: it reads the form's q_<id> fields, checks each question that is shown
// (its condition met), and gives typed answers keyed by question id. A question whose condition is
// not met is neither required nor stored, whatever the form held for it.
import { z } from "zod";
import { isCountryCode } from "./countries";
import { activeQuestions, type AnswerValue, type Answers, answerFieldName, QUESTION_LIMITS, type Question } from "./definitions";

/** What the form holds for the questions: one string per field, several for multiple choice. */
export type RawAnswers = Record<string, string | string[]>;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PHONE = /^[+()0-9.\-\s]{5,40}$/;

/** The question fields of a form (FormData from the browser's form or the server action). */
export function readRawAnswers(form: FormData, questions: readonly Question[]): RawAnswers {
  const out: RawAnswers = {};
  for (const q of activeQuestions(questions)) {
    const name = answerFieldName(q);
    const values = form.getAll(name).filter((v): v is string => typeof v === "string");
    if (q.type === "multiple_choice") out[name] = values.slice(0, QUESTION_LIMITS.options + 1);
    else if (values.length) out[name] = values[values.length - 1];
  }
  return out;
}

const blank = (v: unknown) => v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/** Whether a question is on the form for these answers (its condition, and its condition's, met). */
export function isShown(q: Question, raw: RawAnswers, questions: readonly Question[], depth = 0): boolean {
  if (!q.showWhen) return true;
  const target = questions.find((t) => t.id === q.showWhen?.questionId && !t.removed);
  if (!target || depth > QUESTION_LIMITS.questions) return false;
  if (!isShown(target, raw, questions, depth + 1)) return false;
  const value = raw[answerFieldName(target)];
  return Array.isArray(value) ? value.includes(q.showWhen.value) : value === q.showWhen.value;
}

/** Why an answer is refused, as a catalogue key (public.answerErrors.*) with its values. */
export const answerErrorCodes = [
  "tooLong",
  "badCharacters",
  "email",
  "phone",
  "number",
  "numberMin",
  "numberMax",
  "date",
  "country",
  "yesNo",
  "choice",
  "choices",
  "required",
  "requiredChoice",
] as const;
export type AnswerErrorCode = (typeof answerErrorCodes)[number];

type Checked = { value?: AnswerValue; error?: string; code?: AnswerErrorCode; values?: Record<string, number> };

/** One answer's check: the raw form value → the typed value, or a message (English) and its code. */
function answerValue(q: Question, raw: string | string[] | undefined): Checked {
  const one = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  const textOf = (max: number): Checked => {
    const v = (one ?? "").trim();
    if (v.length > max)
      return { error: `Your answer must be at most ${max.toLocaleString("en-GB")} characters`, code: "tooLong", values: { max } };
    if (CONTROL.test(v)) return { error: "Your answer contains characters that are not allowed", code: "badCharacters" };
    return { value: v };
  };
  switch (q.type) {
    case "short_text":
      return textOf(QUESTION_LIMITS.shortText);
    case "long_text":
      return textOf(QUESTION_LIMITS.longText);
    case "email": {
      const v = (one ?? "").trim().toLowerCase();
      return v.length <= 254 && z.email().safeParse(v).success
        ? { value: v }
        : { error: "Enter a valid email address, like name@example.com", code: "email" };
    }
    case "phone": {
      const v = (one ?? "").trim();
      return PHONE.test(v) ? { value: v } : { error: "Enter a phone number using digits, spaces and + - ( )", code: "phone" };
    }
    case "number": {
      const v = (one ?? "").trim().replace(",", ".");
      const n = Number(v);
      if (!/^-?\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) return { error: "Enter a number, like 12 or 3.5", code: "number" };
      if (q.min !== undefined && n < q.min)
        return { error: `Enter a number of at least ${q.min}`, code: "numberMin", values: { min: q.min } };
      if (q.max !== undefined && n > q.max)
        return { error: `Enter a number of at most ${q.max}`, code: "numberMax", values: { max: q.max } };
      return { value: n };
    }
    case "date": {
      const v = (one ?? "").trim();
      const d = new Date(`${v}T00:00:00Z`);
      if (!DATE.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v)
        return { error: "Enter a date, like 2026-12-31", code: "date" };
      return { value: v };
    }
    case "country":
      return one && isCountryCode(one) ? { value: one } : { error: "Choose a country from the list", code: "country" };
    case "yes_no":
      return one === "yes" ? { value: true } : one === "no" ? { value: false } : { error: "Answer yes or no", code: "yesNo" };
    case "single_choice":
      return one && q.options?.some((o) => o.id === one) ? { value: one } : { error: "Choose one of the options listed", code: "choice" };
    case "multiple_choice": {
      const list = [...new Set(Array.isArray(raw) ? raw : raw ? [raw] : [])];
      if (list.some((v) => !q.options?.some((o) => o.id === v))) return { error: "Choose only options from the list", code: "choices" };
      // Stored in the options' order, whatever order the form sent them in.
      return { value: (q.options ?? []).map((o) => o.id).filter((id) => list.includes(id)) };
    }
  }
}

export type AnswersSchemaOptions = {
  /** An organizer editing answers may leave a required question empty. */
  enforceRequired?: boolean;
};

/** The schema of a form's question fields: RawAnswers in, typed Answers (by question id) out. */
export function answersSchema(questions: readonly Question[], { enforceRequired = true }: AnswersSchemaOptions = {}) {
  const active = activeQuestions(questions);
  const shape: Record<string, z.ZodType> = {};
  for (const q of active) shape[answerFieldName(q)] = z.union([z.string(), z.array(z.string())]).optional();
  return z.object(shape).transform((raw, ctx): Answers => {
    const answers: Answers = {};
    const values = raw as RawAnswers;
    for (const q of active) {
      const name = answerFieldName(q);
      if (!isShown(q, values, active)) continue;
      const given = values[name];
      if (blank(typeof given === "string" ? given.trim() : given)) {
        if (q.required && enforceRequired)
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: q.type === "multiple_choice" ? "Choose at least one option" : "This question is required",
            params: { answerError: q.type === "multiple_choice" ? "requiredChoice" : "required" },
          });
        continue;
      }
      const checked = answerValue(q, given);
      if (checked.error !== undefined)
        ctx.addIssue({ code: "custom", path: [name], message: checked.error, params: { answerError: checked.code, ...checked.values } });
      else if (checked.value !== undefined && checked.value !== "") answers[q.id] = checked.value;
    }
    return answers;
  });
}

/** The form's values for stored answers (to fill the organizer's edit form). */
export function rawFromAnswers(questions: readonly Question[], answers: Answers): RawAnswers {
  const out: RawAnswers = {};
  for (const q of activeQuestions(questions)) {
    const v = answers[q.id];
    if (v === undefined) continue;
    out[answerFieldName(q)] = Array.isArray(v) ? v : typeof v === "boolean" ? (v ? "yes" : "no") : String(v);
  }
  return out;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The question fields' errors by field name, in the page's language when a translator of the public
 * namespace is given (public.answerErrors.<code>), else the schema's English messages.
 */
export function answerFieldErrors(error: z.ZodError, t?: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (out[field]) continue;
    const params = issue.code === "custom" ? (issue.params as Record<string, string | number> | undefined) : undefined;
    const { answerError, ...values } = params ?? {};
    out[field] = t && typeof answerError === "string" ? t(`answerErrors.${answerError}`, values) : issue.message;
  }
  return out;
}
