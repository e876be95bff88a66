// Saves an event's registration questions: the builder sends the whole list in order; questions it
// no longer lists stay stored as removed (their answers remain readable). The row is locked for the
// read-merge-write so two organizers saving at once cannot lose each other's removals.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import { events } from "@/lib/db/schema";
import type { Question } from "./definitions";
import { mergeQuestionList, questionListSchema } from "./question-schema";

/** The largest JSON the builder may send (50 questions × 50 options fit well within it). */
export const QUESTIONS_JSON_MAX = 400_000;

export type SaveQuestionsResult = { ok: true; questions: Question[] } | { ok: false; error: string; path?: (string | number)[] };

export function parseQuestionList(
  json: unknown,
): { ok: true; list: Question[] } | { ok: false; error: string; path?: (string | number)[] } {
  if (typeof json !== "string" || json.length > QUESTIONS_JSON_MAX) return { ok: false, error: "The form was too large to save." };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: "The form was not understood. Reload the page and try again." };
  }
  const parsed = questionListSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: firstMessage(parsed.error), path: parsed.error.issues[0]?.path as (string | number)[] };
  return { ok: true, list: parsed.data };
}

function firstMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The form was not understood.";
  const index = typeof issue.path[0] === "number" ? issue.path[0] + 1 : null;
  return index !== null && !issue.message.includes("“") ? `Question ${index}: ${issue.message}` : issue.message;
}

export async function saveEventQuestions(db: Db, eventId: string, list: Question[]): Promise<Question[]> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ questions: events.questions }).from(events).where(eq(events.id, eventId)).for("update");
    const merged = mergeQuestionList(row?.questions ?? [], list);
    await tx.update(events).set({ questions: merged, updatedAt: new Date() }).where(eq(events.id, eventId));
    return merged;
  });
}

/** What the builder's save answers. */
export type QuestionsFormState = {
  ok?: boolean;
  message?: string;
  error?: string;
  /** Where the first problem is: [question index, field]. */
  path?: (string | number)[];
  questions?: Question[];
};
