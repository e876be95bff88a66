// Whether an email about a status change is still due. The queue may run a job late (retries, a
// backlog): by then the organizer may have changed their mind, so the jobs ask again before sending.
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { events, participants, participantStatusHistory, type Event, type Participant, type ParticipantStatus } from "@/lib/db/schema";

export type ParticipantWithEvent = { participant: Participant; event: Event };

/**
 * The participant and their event when the participant still has `status` and, given the change
 * that started the job, no newer change to that same status followed it (that newer change's own
 * job sends the email then). Null otherwise, or when the participant is gone.
 * With `lock`, the participant row is share-locked until the transaction ends, so that the status
 * cannot change while the email is being recorded.
 */
export async function participantIfStatus(
  db: DbOrTx,
  opts: { participantId: string; status: ParticipantStatus; changeId?: string; lock?: boolean },
): Promise<ParticipantWithEvent | null> {
  const query = db
    .select({ participant: participants, event: events })
    .from(participants)
    .innerJoin(events, eq(events.id, participants.eventId))
    .where(eq(participants.id, opts.participantId));
  const [row] = opts.lock ? await query.for("share", { of: participants }) : await query;
  if (!row || row.participant.status !== opts.status) return null;
  if (opts.changeId) {
    const [newer] = await db
      .select({ id: participantStatusHistory.id })
      .from(participantStatusHistory)
      .where(
        and(
          eq(participantStatusHistory.participantId, opts.participantId),
          eq(participantStatusHistory.toStatus, opts.status),
          sql`${participantStatusHistory.createdAt} > (select h.created_at from participant_status_history h where h.id = ${opts.changeId})`,
        ),
      )
      .limit(1);
    if (newer) return null;
  }
  return row;
}
