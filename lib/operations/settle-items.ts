// Progress is data: an operation's items (RSVP recipients, certificates) are settled (succeeded /
// failed / skipped) and the operation's counters moved in one statement, inside the transaction that
// made the outcome (the one that marked the emails sent, stored the certificate). Only items still
// pending move, so settling the same outcome twice counts it once. Whoever makes processed reach
// total marks the operation completed.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

export type ItemOutcome = { participantId: string; status: "succeeded" | "failed" | "skipped"; error: string | null };

/** What one chunk of a bulk email send collects: outcomes to settle, failed emails to queue again, emails to deliver. */
export type EmailChunkWork = { settled: ItemOutcome[]; requeue: string[]; recipients: Map<string, string> };

/**
 * An item whose email an earlier run of the chunk recorded: a sent one settles the item; any other
 * is delivered with this chunk (once, by its key), a failed one queued again first.
 */
export function resumeRecordedEmail(work: EmailChunkWork, participantId: string, messageId: string, messageStatus: string | null): void {
  if (messageStatus === "sent") {
    work.settled.push({ participantId, status: "succeeded", error: null });
    return;
  }
  if (messageStatus === "failed") work.requeue.push(messageId);
  work.recipients.set(messageId, participantId);
}

export async function settleItems(db: DbOrTx, operationId: string, outcomes: ItemOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  const rows = JSON.stringify(
    outcomes.map((o) => ({ participant_id: o.participantId, status: o.status, error: o.error?.slice(0, 1000) ?? null })),
  );
  await db.execute(sql`
    with s as (
      select * from jsonb_to_recordset(${rows}::jsonb) as s(participant_id uuid, status text, error text)
    ), moved as (
      update operation_items oi
      set status = s.status, error = s.error, updated_at = now(),
          attempts = oi.attempts + case when s.status = 'skipped' then 0 else 1 end
      from s
      where oi.operation_id = ${operationId} and oi.participant_id = s.participant_id and oi.status = 'pending'
      returning oi.status
    ), c as (
      select count(*) filter (where status = 'succeeded')::int as ok,
             count(*) filter (where status = 'failed')::int as bad,
             count(*) filter (where status = 'skipped')::int as skip
      from moved
    )
    update operations o
    set processed = o.processed + c.ok + c.bad + c.skip,
        succeeded = o.succeeded + c.ok,
        failed = o.failed + c.bad,
        skipped = o.skipped + c.skip,
        state = case when o.state = 'running' and o.processed + c.ok + c.bad + c.skip >= o.total then 'completed' else o.state end,
        finished_at = case when o.state = 'running' and o.processed + c.ok + c.bad + c.skip >= o.total then now() else o.finished_at end
    from c
    where o.id = ${operationId} and c.ok + c.bad + c.skip > 0`);
}

/**
 * The onSettled hook of a bulk email operation: each email the provider settled settles its
 * recipient's item (sent → succeeded, refused → failed with the reason), in the same transaction.
 */
export function settleEmailedItems(operationId: string, participantOf: (messageId: string) => string) {
  return (tx: DbOrTx, settled: { messageId: string; outcome: "sent" | "failed"; error: string | null }[]) =>
    settleItems(
      tx,
      operationId,
      settled.map((s) => ({
        participantId: participantOf(s.messageId),
        status: s.outcome === "sent" ? "succeeded" : "failed",
        error: s.error,
      })),
    );
}
