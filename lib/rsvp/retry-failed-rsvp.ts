// "Retry failed" on a finished RSVP send: its failed recipients go back to pending and a new rsvp.bulk
// job is enqueued for the same operation, in one transaction. The job reuses each recipient's message
// (same key, re-queued from failed), so a retry never makes a second email for anyone. The operation
// row is locked, so two clicks at once retry once (the second finds nothing failed).
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { isUuid } from "@/lib/db/queries/participants";
import { operations } from "@/lib/db/schema";
import type { Actor } from "@/lib/participants/change-participant-status";
import { sendJob } from "@/lib/queue/boss";

export type RetryFailedResult = { ok: true; retried: number } | { ok: false; reason: "not_found" | "running" | "nothing" | "started" };

export async function retryFailedRsvp(db: Db, actor: Actor, eventId: string, operationId: string): Promise<RetryFailedResult> {
  if (!isUuid(operationId)) return { ok: false, reason: "not_found" };
  return db.transaction(async (tx) => {
    const event = await getEventForUser(tx, actor, eventId);
    if (!event) return { ok: false, reason: "not_found" } as const;
    const [op] = await tx
      .select({ id: operations.id, state: operations.state })
      .from(operations)
      .where(and(eq(operations.id, operationId), eq(operations.eventId, event.id), eq(operations.kind, "rsvp_email")))
      .for("update");
    if (!op) return { ok: false, reason: "not_found" } as const;
    if (op.state === "running") return { ok: false, reason: "running" } as const;
    if (event.startsAt <= new Date()) return { ok: false, reason: "started" } as const;

    const [moved] = await tx.execute<{ n: number }>(sql`
      with moved as (
        update operation_items set status = 'pending', error = null, updated_at = now()
        where operation_id = ${op.id} and status = 'failed'
        returning 1
      )
      select count(*)::int as n from moved`);
    if (moved.n === 0) return { ok: false, reason: "nothing" } as const;
    await tx
      .update(operations)
      .set({ state: "running", processed: sql`${operations.processed} - ${moved.n}`, failed: sql`${operations.failed} - ${moved.n}`, finishedAt: null, error: null })
      .where(eq(operations.id, op.id));
    await sendJob(tx, "rsvp.bulk", { operationId: op.id });
    return { ok: true, retried: moved.n } as const;
  });
}
