// An answer as text for people: option labels instead of ids, country names, Yes / No. Used by the
// dashboard's views (participant page, history); emails, certificates and the CSV export use
// answer-in-language.ts, which writes the same answer in the reader's language. An id the question
// no longer lists (an option removed later) is shown as it was.
import { countryName } from "./countries";
import type { AnswerValue, Question } from "./definitions";

export type AnswerWords = {
  yes: string;
  no: string;
  country?: (code: string) => string;
  date?: (iso: string) => string;
  number?: (n: number) => string;
};

const english: AnswerWords = { yes: "Yes", no: "No" };

export function formatAnswer(q: Question, value: AnswerValue | undefined, words: AnswerWords = english): string {
  if (value === undefined || value === null) return "";
  const option = (id: string) => q.options?.find((o) => o.id === id)?.label ?? id;
  if (Array.isArray(value)) return value.map((v) => option(String(v))).join(", ");
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number") return words.number ? words.number(value) : String(value);
  switch (q.type) {
    case "single_choice":
    case "multiple_choice":
      return option(value);
    case "country":
      return (words.country ?? countryName)(value);
    case "date":
      return words.date ? words.date(value) : value;
    default:
      return value;
  }
}
