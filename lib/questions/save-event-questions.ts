// Saves an event's registration questions: the builder sends the whole list in order; questions it
// no longer lists stay stored as removed (their answers remain readable). The row is locked for the
// read-merge-write so two organizers saving at once cannot lose each other's removals.
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { events } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { questionListErrorText } from "@/lib/i18n/question-list-messages";
import { translator } from "@/lib/i18n/translator";
import type { Question } from "./definitions";
import { mergeQuestionList, questionListSchema } from "./question-schema";

/** The largest JSON the builder may send (50 questions × 50 options fit well within it). */
export const QUESTIONS_JSON_MAX = 400_000;

export type SaveQuestionsResult = { ok: true; questions: Question[] } | { ok: false; error: string; path?: (string | number)[] };

/** The builder's list, or why it is refused in `locale` (the organizer's) with the issue's place. */
export function parseQuestionList(
  json: unknown,
  locale: Locale = "en",
): { ok: true; list: Question[] } | { ok: false; error: string; path?: (string | number)[] } {
  if (typeof json !== "string" || json.length > QUESTIONS_JSON_MAX)
    return { ok: false, error: translator(locale, "questions")("builder.errors.tooLarge") };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: questionListErrorText(undefined, locale) };
  }
  const parsed = questionListSchema.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return { ok: false, error: questionListErrorText(issue, locale), path: issue?.path as (string | number)[] };
  }
  return { ok: true, list: parsed.data };
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
