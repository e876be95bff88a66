// The organizer's add/remove on the eligibility list: one row per participant, last choice wins.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { certificateOverrides, participants } from "@/lib/db/schema";

/** Returns false when the participant is not in this event. */
export async function setOverride(db: Db, eventId: string, participantId: string, included: boolean): Promise<boolean> {
  const [p] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.id, participantId), eq(participants.eventId, eventId)));
  if (!p) return false;
  await db
    .insert(certificateOverrides)
    .values({ eventId, participantId, included })
    .onConflictDoUpdate({
      target: [certificateOverrides.eventId, certificateOverrides.participantId],
      set: { included, updatedAt: new Date() },
    });
  return true;
}

export async function findParticipantByEmail(db: Db, eventId: string, email: string): Promise<string | null> {
  const [p] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.eventId, eventId), sql`lower(${participants.email}) = ${email.trim().toLowerCase()}`));
  return p?.id ?? null;
}
