"use server";
// "Delete participant and all their data": eventItemAction checks the session and the event, the
// use-case the participant (scoped to what this organizer may manage); the confirmation box is required.
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { eventItemAction } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import { deleteParticipantData } from "@/lib/participants/delete-participant-data";
import type { DeleteParticipantState } from "@/lib/validation/participants";

// The refusals in the organizer's language.
const refusal = async (key: "gone" | "confirmDelete"): Promise<DeleteParticipantState> => ({
  error: (await getTranslations("participants.errors"))(key),
});

export const deleteParticipantAction = eventItemAction({
  schema: z.object({ confirm: z.literal("yes") }),
  noEvent: () => refusal("gone"),
  invalid: () => refusal("confirmDelete"),
  run: async ({ user, event, ids: [participantId] }): Promise<DeleteParticipantState> => {
    const result = await deleteParticipantData(db(), user, event.id, participantId);
    if (!result.ok) return refusal("gone");
    // Ids and counts only: the point is that the person's data is gone.
    logger("web").info(
      { eventId: event.id, participantId, by: user.id, erased: result.erased },
      "participant and their data deleted on request",
    );
    // No revalidatePath: it would re-render this page, whose participant no longer exists (404). The
    // event's pages are rendered per request anyway.
    return { deleted: true };
  },
});
