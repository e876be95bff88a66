// "Generate certificates": one transaction writes the operation, one item per eligible participant
// (INSERT … SELECT), its total, and the certificates.render jobs (20 participants each). requestId
// is made when the organizer's page was rendered, so a double submit finds the operation it already
// started. Nobody eligible means no operation at all.
import { eq, sql, TransactionRollbackError } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { operations } from "@/lib/db/schema";
import type { Actor } from "@/lib/participants/change-participant-status";
import { eligibleIdsSql } from "./eligibility";
import { enqueueRenderJobs } from "./enqueue-render";

export type StartGenerationResult = { ok: true; operationId: string; total: number; duplicate: boolean } | { ok: false; reason: "not_found" | "nobody" };

export async function startGeneration(db: Db, actor: Actor, eventId: string, requestId: string, reissue: boolean): Promise<StartGenerationResult> {
  return db.transaction(async (tx) => {
    const event = await getEventForUser(tx, actor, eventId);
    if (!event) return { ok: false, reason: "not_found" } as const;
    const requestKey = `certificates_generate:${event.id}:${requestId}`;
    const existing = async () => {
      const [op] = await tx.select({ id: operations.id, total: operations.total }).from(operations).where(eq(operations.requestKey, requestKey));
      return op ? ({ ok: true, operationId: op.id, total: op.total, duplicate: true } as const) : null;
    };
    const before = await existing();
    if (before) return before;
    const [op] = await tx
      .insert(operations)
      .values({ eventId: event.id, kind: "certificates_generate", requestKey, createdBy: actor.id, createdByName: actor.name, params: { reissue }, startedAt: new Date() })
      .onConflictDoNothing({ target: operations.requestKey })
      .returning({ id: operations.id });
    if (!op) return (await existing())!;
    const ids = await tx.execute<{ participant_id: string }>(sql`
      insert into operation_items (operation_id, participant_id)
      select ${op.id}::uuid, id from (${eligibleIdsSql(event.id)}) e
      returning participant_id`);
    if (ids.length === 0) tx.rollback();
    await tx.update(operations).set({ total: ids.length }).where(eq(operations.id, op.id));
    await enqueueRenderJobs(tx, op.id, ids.map((r) => r.participant_id));
    return { ok: true, operationId: op.id, total: ids.length, duplicate: false } as const;
  }).catch((err) => {
    if (err instanceof TransactionRollbackError) return { ok: false, reason: "nobody" } as const;
    throw err;
  });
}

/** "Retry failed" (generation or email): failed items go back to pending and new render jobs are enqueued, in one transaction. */
export async function retryFailedCertificates(db: Db, actor: Actor, eventId: string, operationId: string): Promise<{ ok: boolean; retried: number }> {
  return db.transaction(async (tx) => {
    const event = await getEventForUser(tx, actor, eventId);
    if (!event) return { ok: false, retried: 0 };
    const [op] = await tx
      .select({ id: operations.id, kind: operations.kind })
      .from(operations)
      .where(sql`${operations.id} = ${operationId} and ${operations.eventId} = ${event.id} and ${operations.kind} in ('certificates_generate', 'certificates_email')`)
      .for("update");
    if (!op) return { ok: false, retried: 0 };
    const moved = await tx.execute<{ participant_id: string }>(sql`
      update operation_items set status = 'pending', error = null, updated_at = now()
      where operation_id = ${op.id} and status = 'failed' returning participant_id`);
    if (moved.length === 0) return { ok: true, retried: 0 };
    await tx
      .update(operations)
      .set({ state: "running", processed: sql`${operations.processed} - ${moved.length}`, failed: sql`${operations.failed} - ${moved.length}`, finishedAt: null })
      .where(eq(operations.id, op.id));
    await enqueueRenderJobs(tx, op.id, moved.map((r) => r.participant_id), op.kind === "certificates_email" ? "certificates.email" : "certificates.render");
    return { ok: true, retried: moved.length };
  });
}
