// The question builder's refusals and its "Saved" in the organizer's language. The list's schema
// (lib/questions/question-schema.ts) keeps English messages for logs and tests; what the organizer
// reads is chosen here by the issue's place (question n, its label, key, help, options) and kind,
// or the code a custom issue carries, as for the event form (event-form-messages.ts).
import type { z } from "zod";
import { QUESTION_LIMITS } from "@/lib/questions/definitions";
import type { Locale } from "./locales";
import { translator } from "./translator";

type Params = { code?: string; label?: string; key?: string; target?: string };

// Codes whose words name the question themselves (so no "Question n:" before them).
const NAMED = new Set(["fewOptions", "sameOption", "minAboveMax", "sameKey", "conditionNotAbove", "conditionValue"]);

export function questionListErrorText(issue: z.core.$ZodIssue | undefined, locale: Locale): string {
  const t = translator(locale, "questions");
  const say = (key: string, values?: Record<string, string | number>) => t(`builder.errors.${key}` as never, values as never);
  if (!issue) return say("notUnderstood");
  const params = (issue.code === "custom" ? (issue.params ?? {}) : {}) as Params;
  const [index, field, , part] = issue.path;
  if (typeof index !== "number")
    return issue.code === "too_big" ? say("tooMany", { max: QUESTION_LIMITS.questions }) : say("notUnderstood");
  if (params.code && NAMED.has(params.code))
    return say(params.code, { label: params.label ?? "", key: params.key ?? "", target: params.target ?? "" });
  const worded = (() => {
    if (params.code === "sameId" || params.code === "sameOptionId") return say(params.code);
    if (field === "label") return textIssue("label", issue, say);
    if (field === "options" && part === "label") return textIssue("option", issue, say);
    if (field === "options" && issue.code === "too_big") return say("tooManyOptions", { max: QUESTION_LIMITS.options });
    if (field === "key") return say("keyFormat");
    if (field === "type") return say("type");
    if (field === "help") return say("helpTooLong", { max: QUESTION_LIMITS.help });
    return null;
  })();
  return worded === null ? say("notUnderstood") : say("numbered", { number: index + 1, message: worded });
}

function textIssue(prefix: "label" | "option", issue: z.core.$ZodIssue, say: (key: string, values?: Record<string, number>) => string) {
  if (issue.code === "too_big") return say(`${prefix}TooLong`, { max: Number(issue.maximum) });
  if (issue.code === "custom") return say(`${prefix}BadCharacters`);
  return say(`${prefix}Required`);
}

/** "Saved: the form asks 2 questions of its own." */
export function questionsSavedText(count: number, locale: Locale): string {
  const t = translator(locale, "questions");
  return count === 0 ? t("builder.savedNone") : t("builder.saved", { count });
}
