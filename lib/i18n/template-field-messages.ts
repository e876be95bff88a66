// The email template editor's and the announcement form's validation messages in the organizer's
// language. Their zod schemas (lib/validation/email-templates.ts, announcements.ts) keep English
// messages for logs and tests; what the organizer reads is chosen here by field and kind of issue
// (and the code a custom issue carries), like the event form's (event-form-messages.ts).
import type { z } from "zod";
import type { TemplateProblem } from "@/lib/email/parse-template";
import type { Locale } from "./locales";
import { templateProblemText } from "./template-problem-text";
import { translator } from "./translator";

/** `t` is the "messaging" namespace's translator (messagingWords). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The "messaging" namespace's words by key paths built at run time (the codes above). */
export function messagingWords(locale: Locale): Translate {
  const t = translator(locale, "messaging");
  return (key, values) => t(key as never, values as never);
}

type Params = { code?: string; max?: number; count?: number; problem?: Pick<TemplateProblem, "code" | "values"> };

const paramsOf = (issue: z.core.$ZodIssue): Params => (issue.code === "custom" ? ((issue.params ?? {}) as Params) : {});

/** One issue of the template or announcement schemas, worded. */
export function templateIssueText(issue: z.core.$ZodIssue, t: Translate): string {
  const field = String(issue.path[0] ?? "_form");
  const params = paramsOf(issue);
  if (params.problem) return templateProblemText({ ...params.problem, message: issue.message }, t);
  switch (field) {
    case "kind":
      return t("templates.validation.kind");
    case "subject":
      if (issue.code === "too_big") return t("templates.validation.subjectTooLong", { max: Number(issue.maximum) });
      if (params.code === "singleLine") return t("templates.validation.subjectSingleLine");
      if (params.code === "badCharacters") return t("templates.validation.subjectBadCharacters");
      return t("templates.validation.subjectRequired");
    case "body":
      if (params.code === "tooLong") return t("templates.validation.bodyTooLong", { max: params.max ?? 0, count: params.count ?? 0 });
      if (params.code === "badCharacters") return t("templates.validation.bodyBadCharacters");
      return t("templates.validation.bodyRequired");
    case "status":
    case "rsvp":
    case "checkedIn":
      return t(`announcements.validation.${field}`);
    case "when":
      return t("announcements.validation.when");
    case "sendAt":
      return t(params.code === "sendAtPast" ? "announcements.validation.sendAtPast" : "announcements.validation.sendAtMissing");
    case "requestId":
      return t("announcements.validation.expired");
    default:
      return t("templates.validation.invalid");
  }
}

/** Every message per field (the editor lists a body's several placeholder problems). */
export function templateFieldErrors(error: z.ZodError, t: Translate): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    out[field] ??= [];
    out[field].push(templateIssueText(issue, t));
  }
  return out;
}

/** The first message per field (the announcement form shows one under each field). */
export function firstTemplateFieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(templateFieldErrors(error, t)).map(([field, messages]) => [field, messages[0]]));
}
