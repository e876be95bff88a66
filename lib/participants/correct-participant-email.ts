// The organizer corrects an address a hard bounce or a complaint marked undeliverable, or clears
// the mark (the person says the mailbox works again). Either way emails go to it again from now on,
// and the participant's history says who did it and why.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { participants, participantStatusHistory } from "@/lib/db/schema";

export type CorrectEmailInput = {
  eventId: string;
  participantId: string;
  /** The new address, or null to keep the address and only clear the mark. */
  email: string | null;
  actor: { id: string; name: string };
};

/** reason: what went wrong, for the caller to say in the reader's language; error: the same in English. */
export type CorrectEmailResult = { ok: true } | { ok: false; reason: "not_found" | "not_marked" | "taken"; error: string; field?: "email" };

export const EMAIL_TAKEN = "Another participant of this event already has this address.";

export async function correctParticipantEmail(db: Db, input: CorrectEmailInput): Promise<CorrectEmailResult> {
  try {
    return await db.transaction(async (tx) => {
      const [p] = await tx
        .select()
        .from(participants)
        .where(and(eq(participants.id, input.participantId), eq(participants.eventId, input.eventId)))
        .for("update");
      if (!p) return { ok: false, reason: "not_found", error: "This participant does not exist." };
      const changed = input.email !== null && input.email.toLowerCase() !== p.email.toLowerCase();
      if (!changed && !p.emailUndeliverableAt)
        return { ok: false, reason: "not_marked", error: "The address is not marked undeliverable.", field: "email" };
      await tx
        .update(participants)
        .set({
          ...(changed ? { email: input.email as string } : {}),
          emailUndeliverableAt: null,
          emailUndeliverableReason: null,
          updatedAt: sql`now()`,
        })
        .where(eq(participants.id, p.id));
      const was = p.emailUndeliverableReason ? ` (was undeliverable: ${p.emailUndeliverableReason})` : "";
      await tx.insert(participantStatusHistory).values({
        participantId: p.id,
        fromStatus: p.status,
        toStatus: p.status,
        reason: changed
          ? `Email address corrected from ${p.email} to ${input.email}${was}`
          : `Undeliverable mark cleared for ${p.email}${was}`,
        changedBy: input.actor.id,
        changedByName: input.actor.name,
      });
      return { ok: true } as const;
    });
  } catch (err) {
    if (isUniqueViolation(err, "participants_event_email_unique"))
      return { ok: false, reason: "taken", error: EMAIL_TAKEN, field: "email" };
    throw err;
  }
}
