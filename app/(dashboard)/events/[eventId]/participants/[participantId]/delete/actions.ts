"use server";
// "Delete participant and all their data": checks the session here, the event and the participant in
// the use-case (scoped to what this organizer may manage), and requires the confirmation box.
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import { deleteParticipantData } from "@/lib/participants/delete-participant-data";

export type DeleteParticipantState = { error?: string; deleted?: boolean };

const confirmation = z.object({ confirm: z.literal("yes", { error: "Tick the box to confirm that this cannot be undone." }) });

export async function deleteParticipantAction(eventId: string, participantId: string, _prev: DeleteParticipantState, form: FormData): Promise<DeleteParticipantState> {
  const user = await requireOrganizer();
  const parsed = confirmation.safeParse({ confirm: form.get("confirm") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  const result = await deleteParticipantData(db(), user, String(eventId), String(participantId));
  if (!result.ok) return { error: "This participant does not exist (any more) or you cannot manage this event." };
  // Ids and counts only: the point is that the person's data is gone.
  logger("web").info({ eventId, participantId, by: user.id, erased: result.erased }, "participant and their data deleted on request");
  // No revalidatePath: it would re-render this page, whose participant no longer exists (404). The
  // event's pages are rendered per request anyway.
  return { deleted: true };
}
