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

export type StartEmailResult = { ok: true; operationId: string; total: number; duplicate: boolean } | { ok: false; reason: "not_found" | "nobody" };

export async function startCertificateEmail(db: Db, actor: Actor, eventId: string, requestId: string): Promise<StartEmailResult> {
  return db
    .transaction(async (tx) => {
      const event = await getEventForUser(tx, actor, eventId);
      if (!event) return { ok: false, reason: "not_found" } as const;
      const requestKey = `certificates_email:${event.id}:${requestId}`;
      const existing = async () => {
        const [op] = await tx.select({ id: operations.id, total: operations.total }).from(operations).where(eq(operations.requestKey, requestKey));
        return op ? ({ ok: true, operationId: op.id, total: op.total, duplicate: true } as const) : null;
      };
      const before = await existing();
      if (before) return before;
      const [op] = await tx
        .insert(operations)
        .values({ eventId: event.id, kind: "certificates_email", requestKey, createdBy: actor.id, createdByName: actor.name, startedAt: new Date() })
        .onConflictDoNothing({ target: operations.requestKey })
        .returning({ id: operations.id });
      if (!op) return (await existing())!;
      const ids = await tx.execute<{ participant_id: string }>(sql`
        insert into operation_items (operation_id, participant_id)
        select ${op.id}::uuid, participant_id from certificates where event_id = ${event.id} and revoked_at is null
        returning participant_id`);
      if (ids.length === 0) tx.rollback();
      await tx.update(operations).set({ total: ids.length }).where(eq(operations.id, op.id));
      await enqueueRenderJobs(tx, op.id, ids.map((r) => r.participant_id), "certificates.email");
      return { ok: true, operationId: op.id, total: ids.length, duplicate: false } as const;
    })
    .catch((err) => {
      if (err instanceof TransactionRollbackError) return { ok: false, reason: "nobody" } as const;
      throw err;
    });
}
