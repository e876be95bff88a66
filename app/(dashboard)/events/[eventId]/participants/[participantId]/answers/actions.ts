"use server";
// The organizer's edit of one participant's answers: session and event through eventItemAction,
// the answers parsed with the event's own answer schema (required questions may stay empty here),
// then the use-case, which scopes the participant to the event and records the history.
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eventItemAction } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { answersSchema, readRawAnswers } from "@/lib/questions/answers-schema";
import { updateParticipantAnswers } from "@/lib/questions/update-participant-answers";
import { fieldErrors } from "@/lib/validation/fields";

export type EditAnswersState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string | string[]>;
};

export const editAnswersAction = eventItemAction({
  schema: z.instanceof(FormData),
  read: (form) => form,
  noEvent: async (): Promise<EditAnswersState> => ({ error: (await getTranslations("participants.errors"))("noEvent") }),
  run: async ({ user, event, input, ids: [participantId] }): Promise<EditAnswersState> => {
    const t = await getTranslations("questions.edit");
    const raw = readRawAnswers(input, event.questions);
    const parsed = answersSchema(event.questions, { enforceRequired: false }).safeParse(raw);
    if (!parsed.success) return { error: t("notSaved"), fieldErrors: fieldErrors(parsed.error), values: raw };
    const result = await updateParticipantAnswers(db(), user, event, participantId, parsed.data);
    if (!result.ok) return { error: (await getTranslations("participants.errors"))("noEvent") };
    revalidatePath(`/events/${event.id}/participants/${participantId}`);
    return { ok: true, message: result.changed === 0 ? t("nothingChanged") : t("saved", { count: result.changed }) };
  },
});
