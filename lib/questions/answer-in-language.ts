// Answers in the reader's language, for what leaves the dashboard: {{answer.key}} in emails and
// certificates (the participant's language) and the CSV export (the organizer's). Yes / no from the
// questions catalogue, country names from Intl, dates and numbers through lib/i18n/format.ts. The
// export keeps dates as YYYY-MM-DD and numbers plain ("iso"), which spreadsheets read as values.
import { messagesFor } from "@/lib/i18n/catalogue";
import { longDate, numberText } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { countryName } from "./countries";
import type { AnswerValue, Question } from "./definitions";
import { type AnswerWords, formatAnswer } from "./format-answer";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const cache = new Map<string, AnswerWords>();

export function answerWords(locale: Locale, style: "words" | "iso" = "words"): AnswerWords {
  const key = `${locale}|${style}`;
  let words = cache.get(key);
  if (!words) {
    const m = messagesFor(locale).questions.answerValue;
    words = {
      yes: m.yes,
      no: m.no,
      country: (code) => countryName(code, locale),
      ...(style === "words"
        ? {
            date: (iso: string) => (ISO_DATE.test(iso) ? longDate(locale, new Date(`${iso}T00:00:00Z`), "UTC") : iso),
            number: (n: number) => numberText(locale, n),
          }
        : {}),
    };
    cache.set(key, words);
  }
  return words;
}

export function answerInLanguage(locale: Locale, q: Question, value: AnswerValue | undefined, style: "words" | "iso" = "words"): string {
  return formatAnswer(q, value, answerWords(locale, style));
}
