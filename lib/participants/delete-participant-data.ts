// "Delete participant and all their data", on the person's request: the participant row and every
// piece of personal data linked to it (lib/participants/personal-data.ts lists them), in one
// transaction. The organizer must be able to manage the event; nothing is left to restore.
import { and, eq } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { isUuid } from "@/lib/db/queries/participants";
import { participants } from "@/lib/db/schema";
import { sendJob } from "@/lib/queue/boss";
import { erasePersonalData } from "./personal-data";
import { adjustSeats, holdsSeat } from "./seat-accounting";

export type DeleteParticipantResult = { ok: true; erased: Record<string, number> } | { ok: false; reason: "not_found" };

export async function deleteParticipantData(
  db: Db,
  user: Pick<SessionUser, "id" | "role">,
  eventId: string,
  participantId: string,
): Promise<DeleteParticipantResult> {
  if (!isUuid(participantId)) return { ok: false, reason: "not_found" };
  return db.transaction(async (tx) => {
    const event = await getEventForUser(tx, user, eventId);
    if (!event) return { ok: false, reason: "not_found" } as const;
    const [participant] = await tx
      .select({ id: participants.id, email: participants.email, status: participants.status, rsvpAnswer: participants.rsvpAnswer })
      .from(participants)
      .where(and(eq(participants.id, participantId), eq(participants.eventId, event.id)))
      .for("update");
    if (!participant) return { ok: false, reason: "not_found" } as const;
    const erased = await erasePersonalData(tx, { eventId: event.id, participants: [participant], wholeEvent: false }, "delete");
    await tx.delete(participants).where(eq(participants.id, participant.id));
    if (holdsSeat(participant)) {
      await sendJob(tx, "waitlist.refill", { eventId: event.id });
      await adjustSeats(tx, event.id, -1, { enforce: false });
    }
    return { ok: true, erased: { participant: 1, ...erased } } as const;
  });
}
