// The event's registration questions in a CSV import: which column answers which question (suggested
// when a heading names the question's label or key, compared as header-mapping.ts compares headings),
// and each row's cells read into answers. A cell is first brought to what the public form would post
// (an option's id for its label, "yes"/"no" for ναι/όχι/true/1…, an ISO date for 31/12/2026, a
// point for a decimal comma, a country code for its English or Greek name) and then checked by the
// public form's own schema (answers-schema.ts), so an import accepts exactly the answers the form does.
// A bad value, or an answer the form would not keep (its condition unmet), is the row's error, as
// codes (import-reason.ts) with the public form's own answer error codes.
import { type AnswerErrorCode, answerErrorCodes, answersSchema, type RawAnswers } from "@/lib/questions/answers-schema";
import { countryCodes, countryName, isCountryCode } from "@/lib/questions/countries";
import { activeQuestions, type Answers, answerFieldName, type Question } from "@/lib/questions/definitions";
import { type ColumnMapping, normaliseHeader } from "./header-mapping";
import type { RowProblem } from "./import-reason";

/** Column index (0-based) per question id; questions not in the file are absent. */
export type QuestionColumns = Record<string, number>;

/** The columns the participant fields use. */
export function takenColumns(mapping: ColumnMapping): number[] {
  return Object.values(mapping).filter((c): c is number => c !== null);
}

/** The question each unused heading names (its label or its key), first heading first. */
export function suggestQuestionColumns(header: string[] | null, questions: readonly Question[], taken: Iterable<number>): QuestionColumns {
  const used = new Set(taken);
  const out: QuestionColumns = {};
  if (!header) return out;
  const headings = header.map(normaliseHeader);
  for (const q of activeQuestions(questions)) {
    const names = new Set([normaliseHeader(q.label), normaliseHeader(q.key)].filter(Boolean));
    const column = headings.findIndex((h, i) => !used.has(i) && names.has(h));
    if (column >= 0) {
      out[q.id] = column;
      used.add(column);
    }
  }
  return out;
}

/** The active, required questions that no column answers (the mapping page names them). */
export function requiredUnmapped(questions: readonly Question[], columns: QuestionColumns): Question[] {
  return activeQuestions(questions).filter((q) => q.required && columns[q.id] === undefined);
}

const YES = new Set(["yes", "y", "true", "1", "ναι", "ν"]);
const NO = new Set(["no", "n", "false", "0", "οχι", "ο"]);
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

let countriesByName: Map<string, string> | null = null;
function countryByName(name: string): string | undefined {
  if (!countriesByName) {
    countriesByName = new Map();
    for (const code of countryCodes)
      for (const locale of ["en", "el"] as const) countriesByName.set(normaliseHeader(countryName(code, locale)), code);
  }
  return countriesByName.get(normaliseHeader(name));
}

/** A number as the form posts it: "1.234,5", "1 234.5" and "3,5" → "1234.5", "1234.5", "3.5". */
function plainNumber(v: string): string {
  const s = v.replace(/[\s\u00A0\u202F']/g, "");
  const lastComma = s.lastIndexOf(",");
  const lastPoint = s.lastIndexOf(".");
  if (lastComma >= 0 && lastPoint >= 0) {
    const decimal = lastComma > lastPoint ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    return s.split(thousands).join("").replace(decimal, ".");
  }
  return s;
}

/** One cell → the form's value for the question; a value it cannot read is passed on for the schema to refuse. */
export function cellToRaw(q: Question, cell: string): string | string[] {
  const v = cell.trim();
  const option = (text: string) => {
    const t = text.trim();
    const folded = normaliseHeader(t);
    return q.options?.find((o) => o.id === t)?.id ?? q.options?.find((o) => normaliseHeader(o.label) === folded)?.id;
  };
  switch (q.type) {
    case "yes_no": {
      const f = normaliseHeader(v);
      return YES.has(f) ? "yes" : NO.has(f) ? "no" : v;
    }
    case "single_choice":
      return option(v) ?? v;
    case "multiple_choice": {
      const whole = option(v);
      if (whole) return [whole];
      let parts = v.split(/[;|\n]/).filter((p) => p.trim());
      if (parts.length === 1) parts = v.split(",").filter((p) => p.trim());
      return parts.map((p) => option(p) ?? p.trim());
    }
    case "date": {
      const dmy = DAY_MONTH_YEAR.exec(v);
      return dmy ? `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}` : v;
    }
    case "number":
      return plainNumber(v);
    case "country": {
      const code = v.toUpperCase();
      return isCountryCode(code) ? code : (countryByName(v) ?? v);
    }
    default:
      return v;
  }
}

export type AnswersOutcome = { ok: true; answers: Answers } | { ok: false; problems: RowProblem[] };

/**
 * Reads the answers of rows by these columns (built once per import: the schema is made here, not
 * per row). Columns of questions that are not (or no longer) on the form are ignored by the caller's
 * check (start-import.ts refuses them).
 */
export function questionReader(questions: readonly Question[], columns: QuestionColumns): (cells: string[]) => AnswersOutcome {
  const active = activeQuestions(questions);
  const mapped = active.filter((q) => columns[q.id] !== undefined).map((q) => ({ q, column: columns[q.id], name: answerFieldName(q) }));
  if (!mapped.length) return () => ({ ok: true, answers: {} });
  const schema = answersSchema(questions, { enforceRequired: false });
  const byName = new Map(mapped.map((m) => [m.name, m.q]));
  return (cells) => {
    const raw: RawAnswers = {};
    for (const { q, column, name } of mapped) {
      const cell = cells[column] ?? "";
      if (!cell.trim()) continue;
      if (cell.includes("\uFFFD")) return { ok: false, problems: [{ code: "unreadable", question: q.label }] };
      raw[name] = cellToRaw(q, cell);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const problems = new Map<string, RowProblem>();
      for (const issue of parsed.error.issues) {
        const question = byName.get(String(issue.path[0]))?.label ?? String(issue.path[0]);
        const { answerError, ...values } = (issue.code === "custom" ? issue.params : undefined) ?? {};
        // Every refusal of the answers' schema carries its code (answers-schema.ts): one without is a bug.
        if (!isAnswerError(answerError)) throw new Error(`The answers' schema refused “${question}” without a code (${issue.code})`);
        const problem: RowProblem = { code: "answer", question, error: answerError, ...(Object.keys(values).length ? { values } : {}) };
        problems.set(JSON.stringify(problem), problem);
      }
      return { ok: false, problems: [...problems.values()] };
    }
    const answers = parsed.data;
    const dropped = mapped.filter(({ q, name }) => raw[name] !== undefined && answers[q.id] === undefined);
    if (dropped.length) return { ok: false, problems: dropped.map(({ q }) => conditionProblem(q, active)) };
    return { ok: true, answers };
  };
}

function isAnswerError(value: unknown): value is AnswerErrorCode {
  return (answerErrorCodes as readonly unknown[]).includes(value);
}

function conditionProblem(q: Question, questions: readonly Question[]): RowProblem {
  const when = q.showWhen;
  const target = when && questions.find((t) => t.id === when.questionId);
  if (!when || !target) return { code: "notAskedNow", question: q.label };
  const value =
    target.type === "yes_no"
      ? { yesNo: when.value === "yes" ? ("yes" as const) : ("no" as const) }
      : { option: target.options?.find((o) => o.id === when.value)?.label ?? when.value };
  return { code: "askedOnlyWhen", question: q.label, target: target.label, value };
}
