"use server";
// The question builder's save: session and event through eventAction, the list parsed with the
// builder's schema, then the use-case; the public page of the event is expired at once.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eventAction } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { expirePublicEventPages } from "@/lib/events/public-event-page";
import { activeQuestions } from "@/lib/questions/definitions";
import { parseQuestionList, saveEventQuestions } from "@/lib/questions/save-event-questions";
import type { QuestionsFormState } from "@/lib/questions/save-event-questions";

export const saveQuestionsAction = eventAction({
  schema: z.object({ questions: z.string() }),
  invalid: (): QuestionsFormState => ({ error: "The form was not understood. Reload the page and try again." }),
  run: async ({ event, input }): Promise<QuestionsFormState> => {
    const parsed = parseQuestionList(input.questions);
    if (!parsed.ok) return { error: parsed.error, path: parsed.path };
    const saved = await saveEventQuestions(db(), event.id, parsed.list);
    expirePublicEventPages(event.slug);
    revalidatePath(`/events/${event.id}/questions`);
    const count = activeQuestions(saved).length;
    return {
      ok: true,
      message:
        count === 0
          ? "Saved: the form asks no questions of its own."
          : `Saved: the form asks ${count} question${count === 1 ? "" : "s"} of its own.`,
      questions: saved,
    };
  },
});
