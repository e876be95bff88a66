// "Retry failed" on a finished RSVP send: its failed recipients go back to pending and a new rsvp.bulk
// job is enqueued for the same operation, in one transaction. The job reuses each recipient's message
// (same key, re-queued from failed), so a retry never makes a second email for anyone. The operation
// row is locked, so two clicks at once retry once (the second finds nothing failed).
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { isUuid } from "@/lib/db/queries/participants";
import { operations } from "@/lib/db/schema";
import type { Actor } from "@/lib/participants/change-participant-status";
import { retryFailedItems } from "@/lib/operations/retry-failed-items";
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

    const moved = await retryFailedItems(tx, op.id);
    if (moved.length === 0) return { ok: false, reason: "nothing" } as const;
    await sendJob(tx, "rsvp.bulk", { operationId: op.id });
    return { ok: true, retried: moved.length } as const;
  });
}
