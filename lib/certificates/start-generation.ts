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
import { retryFailedItems } from "@/lib/operations/retry-failed-items";
import { startOperation } from "@/lib/operations/start-operation";

export type StartGenerationResult =
  | { ok: true; operationId: string; total: number; duplicate: boolean }
  | { ok: false; reason: "not_found" | "nobody" };

export async function startGeneration(
  db: Db,
  actor: Actor,
  eventId: string,
  requestId: string,
  reissue: boolean,
): Promise<StartGenerationResult> {
  return db
    .transaction(async (tx) => {
      const event = await getEventForUser(tx, actor, eventId);
      if (!event) return { ok: false, reason: "not_found" } as const;
      const requestKey = `certificates_generate:${event.id}:${requestId}`;
      const op = await startOperation(tx, {
        eventId: event.id,
        kind: "certificates_generate",
        requestKey,
        actor,
        params: { reissue },
        startedAt: new Date(),
      });
      if (op.duplicate) return { ok: true, operationId: op.id, total: op.total, duplicate: true } as const;
      const ids = await tx.execute<{ participant_id: string }>(sql`
      insert into operation_items (operation_id, participant_id)
      select ${op.id}::uuid, id from (${eligibleIdsSql(event.id)}) e
      returning participant_id`);
      if (ids.length === 0) tx.rollback();
      await tx.update(operations).set({ total: ids.length }).where(eq(operations.id, op.id));
      await enqueueRenderJobs(
        tx,
        op.id,
        ids.map((r) => r.participant_id),
      );
      return { ok: true, operationId: op.id, total: ids.length, duplicate: false } as const;
    })
    .catch((err) => {
      if (err instanceof TransactionRollbackError) return { ok: false, reason: "nobody" } as const;
      throw err;
    });
}

/** "Retry failed" (generation or email): failed items go back to pending and new render jobs are enqueued, in one transaction. */
export async function retryFailedCertificates(
  db: Db,
  actor: Actor,
  eventId: string,
  operationId: string,
): Promise<{ ok: boolean; retried: number }> {
  return db.transaction(async (tx) => {
    const event = await getEventForUser(tx, actor, eventId);
    if (!event) return { ok: false, retried: 0 };
    const [op] = await tx
      .select({ id: operations.id, kind: operations.kind })
      .from(operations)
      .where(
        sql`${operations.id} = ${operationId} and ${operations.eventId} = ${event.id} and ${operations.kind} in ('certificates_generate', 'certificates_email')`,
      )
      .for("update");
    if (!op) return { ok: false, retried: 0 };
    const moved = await retryFailedItems(tx, op.id);
    if (moved.length === 0) return { ok: true, retried: 0 };
    await enqueueRenderJobs(tx, op.id, moved, op.kind === "certificates_email" ? "certificates.email" : "certificates.render");
    return { ok: true, retried: moved.length };
  });
}
