// An event's background jobs that are retrying or were given up (dead-lettered), for its deliveries
// page. Read from pg-boss's own table, read-only: a job belongs to the event when its payload names
// one of the event's messages (messageId) or participants (participantId). The caller has checked
// the organizer's access to the event.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { messages, participants } from "@/lib/db/schema";
import { DEAD_LETTER_QUEUE } from "@/lib/queue/jobs";

export type TroubledJob = {
  id: string;
  /** The job's own queue (for a dead-lettered job, the queue it failed in). */
  jobName: string;
  /** dead: given up, in the dead-letter queue; retrying: failed, will run again. */
  state: "dead" | "retrying";
  error: string | null;
  /** Runs so far. */
  attempts: number;
  /** When it was given up, or when its next try is due. */
  at: Date;
  messageId: string | null;
  messageSubject: string | null;
  participantName: string | null;
  participantEmail: string | null;
};

const UUID_RE = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

/** Dead-lettered (not yet dealt with) and retrying jobs whose payload belongs to this event. */
export async function listTroubledJobs(db: DbOrTx, eventId: string, limit = 200): Promise<TroubledJob[]> {
  // The payload's ids are cast only when they look like uuids, so a stray payload cannot break the page.
  const rows = await db.execute<{
    id: string;
    job_name: string;
    state: "dead" | "retrying";
    error: string | null;
    attempts: number;
    at: Date | string;
    message_id: string | null;
    message_subject: string | null;
    participant_name: string | null;
    participant_email: string | null;
  }>(sql`
    select j.id, coalesce(j.source_name, j.name) as job_name,
           case when j.name = ${DEAD_LETTER_QUEUE} then 'dead' else 'retrying' end as state,
           coalesce(j.source_output, j.output) ->> 'message' as error,
           case when j.name = ${DEAD_LETTER_QUEUE} then coalesce(j.source_retry_count, 0) + 1 else j.retry_count + 1 end as attempts,
           case when j.name = ${DEAD_LETTER_QUEUE} then j.created_on else j.start_after end as at,
           m.id as message_id, m.subject as message_subject,
           p.first_name || ' ' || p.last_name as participant_name, coalesce(p.email, m.to_address) as participant_email
    from pgboss.job j
    left join ${messages} m
      on m.id = case when j.data ->> 'messageId' ~ ${UUID_RE} then (j.data ->> 'messageId')::uuid end
    left join ${participants} p
      on p.id = coalesce(m.participant_id, case when j.data ->> 'participantId' ~ ${UUID_RE} then (j.data ->> 'participantId')::uuid end)
    where ((j.name = ${DEAD_LETTER_QUEUE} and j.state = 'created') or (j.name <> ${DEAD_LETTER_QUEUE} and j.state = 'retry'))
      -- any queue: only jobs whose payload names this event's message or participant match below
      and coalesce(m.event_id, p.event_id) = ${eventId}
    order by j.created_on desc
    limit ${limit}`);
  return [...rows].map((r) => ({
    id: r.id,
    jobName: r.job_name,
    state: r.state,
    error: r.error,
    attempts: Number(r.attempts),
    at: new Date(r.at),
    messageId: r.message_id,
    messageSubject: r.message_subject,
    participantName: r.participant_name,
    participantEmail: r.participant_email,
  }));
}
