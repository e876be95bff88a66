// Ending an RSVP send that cannot go on: its recipients still pending are marked failed with the
// reason (so they are listed and "Retry failed" can send them), which completes the operation. Used
// when the job gives up on its last attempt, and when a running send has lost its job altogether (a
// worker killed on the last attempt, a job cancelled on the Jobs page). Also completing a send whose
// last pending recipients were deleted. Only pending items move, so all of it is safe to repeat.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

const QUEUE = "rsvp.bulk";

export async function failPendingItems(db: DbOrTx, operationId: string, reason: string, onlyIfJobGone = false): Promise<number> {
  // One statement: what it reads (the operation's state, its jobs) and what it moves come from one
  // snapshot, so a "Retry failed" committing meanwhile is either wholly seen or not at all.
  const rows = await db.execute<{ n: number }>(sql`
    with target as (
      select o.id from operations o
      where o.id = ${operationId} and o.state = 'running'
        ${onlyIfJobGone ? sql`and not exists (
          select 1 from pgboss.job j
          where j.name = ${QUEUE} and j.data->>'operationId' = ${operationId} and j.state in ('created', 'retry', 'active'))` : sql``}
    ), moved as (
      update operation_items set status = 'failed', error = ${reason.slice(0, 1000)}, updated_at = now()
      where operation_id in (select id from target) and status = 'pending'
      returning 1
    ), c as (select count(*)::int as n from moved)
    update operations o
    set processed = o.processed + c.n, failed = o.failed + c.n,
        state = case when o.processed + c.n >= o.total then 'completed' else o.state end,
        finished_at = case when o.processed + c.n >= o.total then now() else o.finished_at end
    from c
    where o.id in (select id from target)
    returning c.n`);
  return rows[0]?.n ?? 0;
}

/**
 * A running send with nothing pending but processed < total: a recipient's item was deleted with
 * their personal data (lib/participants/personal-data.ts) before their turn. They are no longer part
 * of the send: the total becomes what was processed, which completes it. Safe to repeat.
 */
export async function completeIfNothingPending(db: DbOrTx, operationId: string): Promise<boolean> {
  const rows = await db.execute(sql`
    update operations o set total = o.processed, state = 'completed', finished_at = now()
    where o.id = ${operationId} and o.state = 'running' and o.processed < o.total
      and not exists (select 1 from operation_items i where i.operation_id = o.id and i.status = 'pending')
    returning o.id`);
  return rows.length > 0;
}

/**
 * A send still "running" with no live job will never finish by itself: its pending recipients are
 * marked failed. A running send always has a job (both are written in one transaction, by the start
 * and by "Retry failed"), and its job completes the operation before it ends.
 */
export async function failRsvpSendIfJobGone(db: DbOrTx, operationId: string): Promise<boolean> {
  const reason = "The send stopped unexpectedly before this email went out. Use “Retry failed” to send it.";
  if ((await failPendingItems(db, operationId, reason, true)) > 0) return true;
  return completeIfNothingPending(db, operationId);
}
