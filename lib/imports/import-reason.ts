// Why an import left a row out, and why an import (or its start) failed, as codes and values rather
// than sentences: the worker stores them beside their English text (operation_row_errors.reason_detail,
// operations.error_detail), and every reader — the report page, its CSV, the progress, the preview —
// words them in their own language. A row's answer and field problems reuse the public form's own
// wording (public.answerErrors, public.validation), so the import says what the form would.
// No catalogue is loaded here (the preview words problems in the browser): see stored-import-reason.ts.
import { z } from "zod";
import { codedText, type Translate } from "@/lib/i18n/coded-text";
import { formatBytes } from "@/lib/i18n/format-bytes";
import type { Locale } from "@/lib/i18n/locales";
import { type FieldIssue, fieldIssueKinds, fieldIssueText, participantFieldNames } from "@/lib/i18n/field-messages";
import { answerErrorCodes } from "@/lib/questions/answers-schema";

const rowProblemSchema = z.discriminatedUnion("code", [
  z.object({ code: z.literal("field"), field: z.enum(participantFieldNames), issue: z.enum(fieldIssueKinds), max: z.number().optional() }),
  z.object({ code: z.literal("fullNameNoLast"), name: z.string() }),
  /** Characters the chosen encoding could not read (U+FFFD), in the participant fields or in a question's answer. */
  z.object({ code: z.literal("unreadable"), question: z.string().optional() }),
  z.object({
    code: z.literal("answer"),
    question: z.string(),
    error: z.enum(answerErrorCodes),
    values: z.record(z.string(), z.number()).optional(),
  }),
  /** An answer the form would not keep: its question is not asked now, or only for another answer. */
  z.object({ code: z.literal("notAskedNow"), question: z.string() }),
  z.object({
    code: z.literal("askedOnlyWhen"),
    question: z.string(),
    target: z.string(),
    value: z.union([z.object({ yesNo: z.enum(["yes", "no"]) }), z.object({ option: z.string() })]),
  }),
  z.object({ code: z.literal("sameEmailAs"), row: z.number().int() }),
  z.object({ code: z.literal("alreadyRegistered") }),
]);
export type RowProblem = z.infer<typeof rowProblemSchema>;
/** A row's reason_detail: every problem found in it. */
const rowReasonSchema = z.array(rowProblemSchema).min(1);

/** Failures that are a code alone (failures.<code> in the catalogue). */
export const plainFailures = [
  "settingsIncomplete",
  "noEmailColumn",
  "uploadGone",
  "questionRemoved",
  "fileEmpty",
  "uploadEmpty",
  "xlsx",
  "xls",
  "pdf",
  "binary",
  "noRowsBlank",
  "onlyBlankLines",
  "headerNoRows",
  "noRows",
  "orphaned",
  "columnNotInFile",
  "questionGone",
  "columnRepeated",
  "chooseEmailColumn",
  "chooseNameColumns",
  "chooseColumn",
  "chooseEncoding",
  "tooManyQuestionColumns",
  "formOutOfDate",
  "notUnderstood",
] as const;

const failureSchema = z.union([
  z.object({ code: z.enum(plainFailures) }),
  z.object({ code: z.literal("rowTooLong"), row: z.number().int(), limitBytes: z.number().int() }),
  z.object({ code: z.literal("unclosedQuote"), row: z.number().int() }),
  /** The job gave up after its retries; detail is the last error, as thrown. */
  z.object({ code: z.literal("gaveUp"), detail: z.string() }),
]);
/** Why an import failed, or could not start, or why a file cannot be imported (the preview). */
export type ImportFailure = z.infer<typeof failureSchema>;

/** The translators the wording needs: the "imports" namespace and the public form's ("public"). */
export type ImportWords = { t: Translate; form: Translate; locale: Locale };

/** The reader's wording of a row's reason; a row stored before the codes shows its text. */
export function rowReasonText(detail: unknown, stored: string | null, words: ImportWords): string {
  return codedText(rowReasonSchema, detail, stored, (problems) => rowProblemsText(problems, words));
}

/** The reader's wording of an import's failure; one stored before the codes shows its text. */
export function importFailureText(detail: unknown, stored: string | null, words: ImportWords): string {
  return codedText(failureSchema, detail, stored, (failure) => failureText(failure, words));
}

export function rowProblemsText(problems: readonly RowProblem[], words: ImportWords): string {
  return problems.map((p) => problemText(p, words)).join(words.t("reasons.separator"));
}

function problemText(p: RowProblem, { t, form }: ImportWords): string {
  const about = (question: string, problem: string) => t("reasons.aboutQuestion", { question, problem });
  switch (p.code) {
    case "field":
      return fieldIssueText(p satisfies FieldIssue, form);
    case "fullNameNoLast":
      return t("reasons.fullNameNoLast", { name: p.name });
    case "unreadable":
      return p.question === undefined ? t("reasons.unreadable") : about(p.question, t("reasons.unreadableAnswer"));
    case "answer":
      return about(p.question, form(`answerErrors.${p.error}`, p.values));
    case "notAskedNow":
      return about(p.question, t("reasons.notAskedNow"));
    case "askedOnlyWhen": {
      const answer = "yesNo" in p.value ? t(`reasons.${p.value.yesNo}`) : p.value.option;
      return about(p.question, t("reasons.askedOnlyWhen", { target: p.target, answer }));
    }
    case "sameEmailAs":
      // A string, so that row 1234 is not written "1,234".
      return t("reasons.sameEmailAs", { row: String(p.row) });
    case "alreadyRegistered":
      return t("reasons.alreadyRegistered");
  }
}

export function failureText(f: ImportFailure, { t, locale }: ImportWords): string {
  switch (f.code) {
    case "rowTooLong":
      return t("failures.rowTooLong", { row: String(f.row), limit: formatBytes(f.limitBytes, locale) });
    case "unclosedQuote":
      return t("failures.unclosedQuote", { row: String(f.row) });
    case "gaveUp":
      return t("failures.gaveUp", { detail: f.detail.slice(0, 1500) });
    default:
      return t(`failures.${f.code}`);
  }
}
