// "Email certificates": one transaction writes the operation (kind certificates_email), one item per
// participant holding a valid certificate, and certificates.email jobs of 20 participants each.
// requestId comes from the organizer's page, so a double submit is one operation. Each participant
// gets at most one certificate email ever (message key certificate:<participantId>): a second
// operation counts those already emailed as skipped.
import { eq, sql, TransactionRollbackError } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { operations } from "@/lib/db/schema";
import type { Actor } from "@/lib/participants/change-participant-status";
import { enqueueRenderJobs } from "./enqueue-render";
import { startOperation } from "@/lib/operations/start-operation";

export type StartEmailResult =
  | { ok: true; operationId: string; total: number; duplicate: boolean }
  | { ok: false; reason: "not_found" | "nobody" };

export async function startCertificateEmail(db: Db, actor: Actor, eventId: string, requestId: string): Promise<StartEmailResult> {
  return db
    .transaction(async (tx) => {
      const event = await getEventForUser(tx, actor, eventId);
      if (!event) return { ok: false, reason: "not_found" } as const;
      const requestKey = `certificates_email:${event.id}:${requestId}`;
      const op = await startOperation(tx, { eventId: event.id, kind: "certificates_email", requestKey, actor, startedAt: new Date() });
      if (op.duplicate) return { ok: true, operationId: op.id, total: op.total, duplicate: true } as const;
      const ids = await tx.execute<{ participant_id: string }>(sql`
        insert into operation_items (operation_id, participant_id)
        select ${op.id}::uuid, participant_id from certificates where event_id = ${event.id} and revoked_at is null
        returning participant_id`);
      if (ids.length === 0) tx.rollback();
      await tx.update(operations).set({ total: ids.length }).where(eq(operations.id, op.id));
      await enqueueRenderJobs(
        tx,
        op.id,
        ids.map((r) => r.participant_id),
        "certificates.email",
      );
      return { ok: true, operationId: op.id, total: ids.length, duplicate: false } as const;
    })
    .catch((err) => {
      if (err instanceof TransactionRollbackError) return { ok: false, reason: "nobody" } as const;
      throw err;
    });
}
