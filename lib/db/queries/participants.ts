// Participant reads for the dashboard. Callers check the event with getEventForUser first; these
// take an event id that has already passed that check.
import { count, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { participants, participantStatuses, type ParticipantStatus } from "@/lib/db/schema";

export async function countParticipantsByStatus(db: DbOrTx, eventId: string): Promise<Record<ParticipantStatus, number>> {
  const rows = await db
    .select({ status: participants.status, n: count() })
    .from(participants)
    .where(eq(participants.eventId, eventId))
    .groupBy(participants.status);
  const counts = Object.fromEntries(participantStatuses.map((s) => [s, 0])) as Record<ParticipantStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export async function listLatestParticipants(db: DbOrTx, eventId: string, limit = 50) {
  return db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      email: participants.email,
      organisation: participants.organisation,
      status: participants.status,
      createdAt: participants.createdAt,
    })
    .from(participants)
    .where(eq(participants.eventId, eventId))
    .orderBy(desc(participants.createdAt), desc(participants.id))
    .limit(limit);
}
