// What the queue holds, read from pg-boss's own tables: per queue the jobs in each state and how long
// the oldest job ready to run has waited. pg-boss's getQueues() serves cached counts without the
// completed and retrying states, so this one read-only query is used instead (Jobs page, /api/metrics).
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

export type QueueCounts = {
  name: string;
  queued: number;
  retrying: number;
  active: number;
  completed: number;
  failed: number;
  cancelled: number;
  /** Seconds the oldest job that may run now has been waiting; null when none waits. */
  oldestReadySeconds: number | null;
};

export async function getQueueOverview(db: DbOrTx): Promise<QueueCounts[]> {
  const rows = await db.execute<Record<string, string | number | null>>(sql`
    select q.name,
      count(j.id) filter (where j.state = 'created')::int as queued,
      count(j.id) filter (where j.state = 'retry')::int as retrying,
      count(j.id) filter (where j.state = 'active')::int as active,
      count(j.id) filter (where j.state = 'completed')::int as completed,
      count(j.id) filter (where j.state = 'failed')::int as failed,
      count(j.id) filter (where j.state = 'cancelled')::int as cancelled,
      extract(epoch from now() - min(j.start_after) filter (where j.state in ('created', 'retry') and j.start_after <= now()))::float8
        as oldest_ready_seconds
    from pgboss.queue q
    left join pgboss.job j on j.name = q.name
    group by q.name
    order by q.name`);
  return [...rows].map((r) => ({
    name: String(r.name),
    queued: Number(r.queued),
    retrying: Number(r.retrying),
    active: Number(r.active),
    completed: Number(r.completed),
    failed: Number(r.failed),
    cancelled: Number(r.cancelled),
    oldestReadySeconds: r.oldest_ready_seconds === null ? null : Math.max(0, Number(r.oldest_ready_seconds)),
  }));
}
