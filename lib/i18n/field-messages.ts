// The participant form's validation messages in the page's language. The zod schemas
// (lib/validation/participants.ts) are shared with the dashboard and keep English messages; the
// public form shows each issue through the catalogue instead, by its field and kind, in the browser
// and in the server action alike.
import type { z } from "zod";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const LABELLED = new Set(["firstName", "lastName", "email", "organisation", "phone"]);

export function localizedFieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (out[field]) continue;
    out[field] = messageFor(field, issue, t);
  }
  return out;
}

function messageFor(field: string, issue: z.core.$ZodIssue, t: Translate): string {
  if (field === "consent") return t("validation.consent");
  if (!LABELLED.has(field)) return issue.message;
  const label = t(`form.${field}`);
  if (field === "email" && issue.code === "invalid_format") return t("validation.email");
  if (field === "phone" && issue.code === "custom" && issue.message.startsWith("Enter a phone")) return t("validation.phone");
  if (issue.code === "too_big") return t("validation.tooLong", { field: label, max: Number(issue.maximum) });
  if (issue.code === "custom") return t("validation.badCharacters", { field: label });
  return t("validation.required", { field: label });
}
