// Ending items that cannot go on: an operation's items still pending (all of them, or those of one
// job's chunk) are marked failed with the reason, so they are listed and "Retry failed" can take them
// again; the counters move in the same statement, which completes the operation when nothing is left.
// Used when a job gives up (onGiveUp) and by the orphan finder. Only pending items move, so it is safe
// to repeat.
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

export async function failPendingItems(
  db: DbOrTx,
  operationId: string,
  reason: string,
  options: { participantIds?: string[]; onlyIf?: SQL } = {},
): Promise<number> {
  const chunk = options.participantIds ? sql`and participant_id = any(${`{${options.participantIds.join(",")}}`}::uuid[])` : sql``;
  // One statement: what it reads (the operation's state, the onlyIf condition on it) and what it moves
  // come from one snapshot, so a "Retry failed" committing meanwhile is either wholly seen or not at all.
  const rows = await db.execute<{ n: number }>(sql`
    with target as (
      select o.id from operations o
      where o.id = ${operationId} and o.state = 'running' ${options.onlyIf ? sql`and ${options.onlyIf}` : sql``}
    ), moved as (
      update operation_items set status = 'failed', error = ${reason.slice(0, 1000)}, updated_at = now()
      where operation_id in (select id from target) and status = 'pending' ${chunk}
      returning 1
    ), c as (select count(*)::int as n from moved)
    update operations o
    set processed = o.processed + c.n, failed = o.failed + c.n,
        state = case when o.processed + c.n >= o.total then 'completed' else o.state end,
        finished_at = case when o.processed + c.n >= o.total then now() else o.finished_at end
    from c
    where o.id in (select id from target) and c.n > 0
    returning c.n`);
  return rows[0]?.n ?? 0;
}

/**
 * A running operation with nothing pending but processed < total: an item was deleted with its
 * participant's personal data (lib/participants/personal-data.ts) before its turn. It is no longer
 * part of the operation: the total becomes what was processed, which completes it. Safe to repeat.
 */
export async function completeIfNothingPending(db: DbOrTx, operationId: string, onlyIf?: SQL): Promise<boolean> {
  const rows = await db.execute(sql`
    update operations o set total = o.processed, state = 'completed', finished_at = now()
    where o.id = ${operationId} and o.state = 'running' and o.processed < o.total ${onlyIf ? sql`and ${onlyIf}` : sql``}
      and not exists (select 1 from operation_items i where i.operation_id = o.id and i.status = 'pending')
    returning o.id`);
  return rows.length > 0;
}
