// A template problem (lib/email/parse-template.ts) in the organizer's language: its code and values
// through messaging.templates.problems, the kind of email by its catalogue name. Used by the live
// preview in the browser and by the save and announcement actions.
import type { TemplateProblem } from "@/lib/email/parse-template";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** `t` is the "messaging" namespace's translator. */
export function templateProblemText(problem: Pick<TemplateProblem, "code" | "values" | "message">, t: Translate): string {
  if (!problem.code) return problem.message;
  const values = { ...problem.values };
  if (problem.code === "notAvailable" && values.kind) values.kind = t(`templates.kinds.${values.kind}`);
  return t(`templates.problems.${problem.code}`, values);
}
