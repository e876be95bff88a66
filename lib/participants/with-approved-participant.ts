// The check shared by the organizer's one-participant emails (RSVP request, ticket again): in one
// transaction, the event must be the organizer's and the participant approved, and the participant
// row stays share-locked until commit, so a rejection cannot slip in between the check and the
// job `work` enqueues.
import { and, eq } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { Db, Tx } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { isUuid } from "@/lib/db/queries/participants";
import { participants, type Event } from "@/lib/db/schema";

export type NotApprovedParticipant = { ok: false; reason: "not_found" | "not_approved" };

export async function withApprovedParticipant<T>(
  db: Db,
  user: Pick<SessionUser, "id" | "role">,
  eventId: string,
  participantId: string,
  work: (tx: Tx, event: Event, participant: { id: string }) => Promise<T>,
): Promise<T | NotApprovedParticipant> {
  if (!isUuid(participantId)) return { ok: false, reason: "not_found" };
  return db.transaction(async (tx) => {
    const event = await getEventForUser(tx, user, eventId);
    if (!event) return { ok: false, reason: "not_found" } as const;
    const [participant] = await tx
      .select({ id: participants.id, status: participants.status })
      .from(participants)
      .where(and(eq(participants.id, participantId), eq(participants.eventId, event.id)))
      .for("share");
    if (!participant) return { ok: false, reason: "not_found" } as const;
    if (participant.status !== "approved") return { ok: false, reason: "not_approved" } as const;
    return work(tx, event, participant);
  });
}
