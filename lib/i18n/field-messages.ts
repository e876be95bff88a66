// The participant form's validation messages in the page's language. The zod schemas
// (lib/validation/participants.ts) are shared with the dashboard and keep English messages; the
// public form shows each issue through the catalogue instead, by its field and kind, in the browser
// and in the server action alike. The CSV import stores the same field and kind for a bad row
// (participantFieldIssue), worded when the report is read.
import type { z } from "zod";
import type { Translate } from "./coded-text";

export const participantFieldNames = ["firstName", "lastName", "email", "organisation", "phone"] as const;
export const fieldIssueKinds = ["required", "tooLong", "badCharacters", "email", "phone"] as const;

/** Which participant field an issue is about and its kind (public.validation.<issue>), with its limit. */
export type FieldIssue = { field: (typeof participantFieldNames)[number]; issue: (typeof fieldIssueKinds)[number]; max?: number };

const LABELLED = new Set<string>(participantFieldNames);

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
  const coded = participantFieldIssue(issue);
  return coded ? fieldIssueText(coded, t) : issue.message;
}

/** The field and kind of an issue of participantFields, or null for another field. */
export function participantFieldIssue(issue: z.core.$ZodIssue): FieldIssue | null {
  const field = String(issue.path[0] ?? "");
  if (!LABELLED.has(field)) return null;
  const name = field as FieldIssue["field"];
  if (name === "email" && issue.code === "invalid_format") return { field: name, issue: "email" };
  if (name === "phone" && issue.code === "custom" && issue.message.startsWith("Enter a phone")) return { field: name, issue: "phone" };
  if (issue.code === "too_big") return { field: name, issue: "tooLong", max: Number(issue.maximum) };
  if (issue.code === "custom") return { field: name, issue: "badCharacters" };
  return { field: name, issue: "required" };
}

/** `t` is the "public" namespace's translator. */
export function fieldIssueText(coded: FieldIssue, t: Translate): string {
  if (coded.issue === "email" || coded.issue === "phone") return t(`validation.${coded.issue}`);
  return t(`validation.${coded.issue}`, { field: t(`form.${coded.field}`), max: coded.max ?? 0 });
}
