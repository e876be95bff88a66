// An import's row reasons and failures as the worker stores them (codes beside their English text),
// and the translators that word them in a language on the server (pages, the report CSV, actions).
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { failureText, type ImportFailure, type ImportWords, type RowProblem, rowProblemsText } from "./import-reason";

const wordsByLocale = new Map<Locale, ImportWords>();
export function importWords(locale: Locale): ImportWords {
  let words = wordsByLocale.get(locale);
  if (!words) {
    const t = translator(locale, "imports");
    const form = translator(locale, "public");
    words = {
      t: (key, values) => t(key as never, values as never),
      form: (key, values) => form(key as never, values as never),
      locale,
    };
    wordsByLocale.set(locale, words);
  }
  return words;
}

/** A row's stored reason: its English text (the `reason` column) and its codes (`reason_detail`). */
export function storedRowReason(problems: RowProblem[]): { reason: string; detail: RowProblem[] } {
  return { reason: rowProblemsText(problems, importWords("en")), detail: problems };
}

/** A failure's stored form: its English text (operations.error) and its code (error_detail). */
export function storedFailure(failure: ImportFailure): { text: string; detail: ImportFailure } {
  return { text: failureText(failure, importWords("en")), detail: failure };
}
