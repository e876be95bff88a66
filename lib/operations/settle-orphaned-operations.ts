// Operations still "running" whose jobs are all gone will never finish by themselves: a worker killed
// on the last attempt (no onGiveUp ran), a job cancelled on the Jobs page, a job deleted. A running
// operation always has a job (both are written in one transaction, by the start and by "Retry
// failed"), and its jobs settle it before they end, so no live job means orphaned. Run by a
// maintenance job (jobs/maintenance-orphaned-operations.ts), never by a page or route that reads.
// Each fix re-checks "no live job" in its own statement, so a retry committing meanwhile is safe.
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { operations, type OperationKind } from "@/lib/db/schema";
import { noLiveJob } from "@/lib/queue-admin/live-jobs";
import type { JobName } from "@/lib/queue/jobs";
import { storedFailure } from "@/lib/imports/stored-import-reason";
import { failOperation } from "./fail-operation";
import { itemReason } from "./item-reason";
import { completeIfNothingPending, failPendingItems } from "./fail-pending-items";

/** The queue whose jobs carry each kind of operation forward. */
export const operationQueues: Record<OperationKind, JobName> = {
  participants_import: "participants.import",
  rsvp_email: "rsvp.bulk",
  certificates_generate: "certificates.render",
  certificates_email: "certificates.email",
  announcement_email: "announcement.send",
  participants_cancel: "participants.cancel",
};

/** Settles every orphaned operation; returns how many were settled, by kind. */
export async function settleOrphanedOperations(db: Db): Promise<Record<string, number>> {
  const running = await db.select({ id: operations.id, kind: operations.kind }).from(operations).where(eq(operations.state, "running"));
  const settled: Record<string, number> = {};
  for (const op of running) {
    if (await settleIfOrphaned(db, op.id, op.kind)) settled[op.kind] = (settled[op.kind] ?? 0) + 1;
  }
  return settled;
}

export async function settleIfOrphaned(db: Db, operationId: string, kind: OperationKind): Promise<boolean> {
  const orphaned = noLiveJob(operationQueues[kind]);
  if (kind === "participants_import") return failOperation(db, operationId, storedFailure({ code: "orphaned" }), orphaned);
  if ((await failPendingItems(db, operationId, itemReason({ code: "orphaned", kind }), { onlyIf: orphaned })) > 0) return true;
  return completeIfNothingPending(db, operationId, orphaned);
}
