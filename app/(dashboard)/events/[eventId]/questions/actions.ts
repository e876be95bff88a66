"use server";
// The question builder's save: session and event through eventAction, the list parsed with the
// builder's schema, then the use-case; the public page of the event is expired at once.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eventAction, refusalText } from "@/lib/actions/event-action";
import { requireOrganizer } from "@/lib/auth/session";
import { questionsSavedText } from "@/lib/i18n/question-list-messages";
import { userLocale } from "@/lib/i18n/user-locale";
import { db } from "@/lib/db/client";
import { expirePublicEventPages } from "@/lib/events/public-event-page";
import { activeQuestions } from "@/lib/questions/definitions";
import { parseQuestionList, saveEventQuestions } from "@/lib/questions/save-event-questions";
import type { QuestionsFormState } from "@/lib/questions/save-event-questions";

export const saveQuestionsAction = eventAction({
  schema: z.object({ questions: z.string() }),
  invalid: async (): Promise<QuestionsFormState> => ({ error: await refusalText(await requireOrganizer(), "notUnderstood") }),
  run: async ({ event, input }): Promise<QuestionsFormState> => {
    const locale = await userLocale();
    const parsed = parseQuestionList(input.questions, locale);
    if (!parsed.ok) return { error: parsed.error, path: parsed.path };
    const saved = await saveEventQuestions(db(), event.id, parsed.list);
    expirePublicEventPages(event.slug);
    revalidatePath(`/events/${event.id}/questions`);
    const count = activeQuestions(saved).length;
    return {
      ok: true,
      message: questionsSavedText(count, locale),
      questions: saved,
    };
  },
});
