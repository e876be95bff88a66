// What the question builder may save: each definition's own limits, then the list's rules (unique
// ids and keys, at most QUESTION_LIMITS.questions, conditions pointing at an earlier choice or
// yes/no question that is still on the form, with a value it can take). Messages in English for logs
// and tests; each custom issue carries its code and values (`params`), which
// lib/i18n/question-list-messages.ts words in the organizer's language.
import { z } from "zod";
import { text } from "@/lib/validation/fields";
import { canBeCondition, hasOptions, QUESTION_LIMITS, questionTypes, type Question } from "./definitions";

const id = z.string().regex(/^[a-z0-9]{6,16}$/, "The form was not understood. Reload the page and try again.");

const optionSchema = z.object({ id, label: text("Option", QUESTION_LIMITS.optionLabel) });

const numberBound = z.number().finite().min(-1e12).max(1e12).optional();

export const questionDefinitionSchema = z
  .object({
    id,
    key: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, "Placeholder names use lower-case letters, digits and _, starting with a letter (at most 40)"),
    type: z.enum(questionTypes, { error: "Choose a question type" }),
    label: text("Question", QUESTION_LIMITS.label),
    help: z.string().trim().max(QUESTION_LIMITS.help, `Help text must be at most ${QUESTION_LIMITS.help} characters`).default(""),
    required: z.boolean().default(false),
    display: z.enum(["radio", "dropdown"]).optional(),
    options: z.array(optionSchema).max(QUESTION_LIMITS.options, `At most ${QUESTION_LIMITS.options} options`).optional(),
    min: numberBound,
    max: numberBound,
    showWhen: z.object({ questionId: id, value: z.string().max(20) }).optional(),
    removed: z.boolean().optional(),
  })
  .superRefine((q, ctx) => {
    if (hasOptions(q.type)) {
      const options = q.options ?? [];
      const label = q.label;
      if (options.length < 2)
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: `“${label}” needs at least two options`,
          params: { code: "fewOptions", label },
        });
      if (new Set(options.map((o) => o.id)).size !== options.length)
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: "Two options have the same id. Reload the page and try again.",
          params: { code: "sameOptionId" },
        });
      if (new Set(options.map((o) => o.label.toLowerCase())).size !== options.length)
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: `“${label}” lists the same option twice`,
          params: { code: "sameOption", label },
        });
    }
    if (q.type === "number" && q.min !== undefined && q.max !== undefined && q.min > q.max)
      ctx.addIssue({
        code: "custom",
        path: ["min"],
        message: `“${q.label}”: the lowest number is above the highest`,
        params: { code: "minAboveMax", label: q.label },
      });
  })
  .transform((q): Question => {
    const out: Question = { id: q.id, key: q.key, type: q.type, label: q.label, help: q.help, required: q.required };
    if (hasOptions(q.type)) out.options = q.options;
    if (q.type === "single_choice") out.display = q.display ?? "radio";
    if (q.type === "number") {
      if (q.min !== undefined) out.min = q.min;
      if (q.max !== undefined) out.max = q.max;
    }
    if (q.showWhen) out.showWhen = q.showWhen;
    if (q.removed) out.removed = true;
    return out;
  });

/** The whole list as the builder sends it (only the questions on the form, in their order). */
export const questionListSchema = z
  .array(questionDefinitionSchema)
  .max(QUESTION_LIMITS.questions, `A form can ask at most ${QUESTION_LIMITS.questions} questions`)
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    const keys = new Set<string>();
    list.forEach((q, i) => {
      if (ids.has(q.id))
        ctx.addIssue({
          code: "custom",
          path: [i, "id"],
          message: "Two questions have the same id. Reload the page and try again.",
          params: { code: "sameId" },
        });
      if (keys.has(q.key))
        ctx.addIssue({
          code: "custom",
          path: [i, "key"],
          message: `Two questions use the placeholder name “${q.key}”`,
          params: { code: "sameKey", key: q.key },
        });
      ids.add(q.id);
      keys.add(q.key);
      if (!q.showWhen) return;
      const target = list.slice(0, i).find((t) => t.id === q.showWhen?.questionId);
      if (!target || !canBeCondition(target.type)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "showWhen"],
          message: `“${q.label}” is shown only after an answer to a question that is not above it on the form (removed or moved?): choose another or remove the condition`,
          params: { code: "conditionNotAbove", label: q.label },
        });
      } else if (!conditionValues(target).includes(q.showWhen.value)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "showWhen"],
          message: `“${q.label}” is shown for an answer “${target.label}” does not offer`,
          params: { code: "conditionValue", label: q.label, target: target.label },
        });
      }
    });
  });

/** The values a condition on this question can name. */
export function conditionValues(q: Pick<Question, "type" | "options">): string[] {
  return q.type === "yes_no" ? ["yes", "no"] : (q.options ?? []).map((o) => o.id);
}

/**
 * The list to store after a save: the saved questions in their order, then every question stored
 * before and no longer sent, flagged as removed (their answers stay readable).
 */
export function mergeQuestionList(stored: readonly Question[], saved: readonly Question[]): Question[] {
  const sent = new Set(saved.map((q) => q.id));
  const keys = new Set(saved.map((q) => q.key));
  const removed = stored
    .filter((q) => !sent.has(q.id))
    .map((q) => ({ ...q, removed: true, showWhen: undefined, key: keys.has(q.key) ? `${q.key}_old_${q.id.slice(0, 4)}` : q.key }));
  return [...saved.map((q) => ({ ...q, removed: undefined })), ...removed].map((q) => JSON.parse(JSON.stringify(q)) as Question);
}
