// An answer as text for people: option labels instead of ids, country names, Yes / No. Used by the
// participant page, the CSV export, email placeholders and certificates (each escapes it for its
// own medium). An id the question no longer lists (an option removed later) is shown as it was.
import { countryName } from "./countries";
import type { AnswerValue, Question } from "./definitions";

export function formatAnswer(q: Question, value: AnswerValue | undefined): string {
  if (value === undefined || value === null) return "";
  const option = (id: string) => q.options?.find((o) => o.id === id)?.label ?? id;
  if (Array.isArray(value)) return value.map((v) => option(String(v))).join(", ");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  switch (q.type) {
    case "single_choice":
    case "multiple_choice":
      return option(value);
    case "country":
      return countryName(value);
    case "yes_no":
      return value;
    default:
      return value;
  }
}
