// Starting a bulk operation, once per request: the request key (a client-made id, scoped by the caller
// to its event or upload) is unique, so the same button pressed twice, or a concurrent twin of the
// request, finds the operation the first one started. Run inside the caller's transaction, which
// also writes the items and enqueues the job.
import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { operations, type OperationKind } from "@/lib/db/schema";

export type OperationStart = {
  eventId: string;
  kind: OperationKind;
  requestKey: string;
  actor: { id: string | null; name: string };
  params?: Record<string, unknown>;
  startedAt?: Date;
};

export type ExistingOperation = { id: string; eventId: string; total: number };

/** The operation already started under this request key, if any. */
export async function operationForRequest(tx: Tx, requestKey: string): Promise<ExistingOperation | null> {
  const [op] = await tx
    .select({ id: operations.id, eventId: operations.eventId, total: operations.total })
    .from(operations)
    .where(eq(operations.requestKey, requestKey));
  return op ?? null;
}

export async function startOperation(
  tx: Tx,
  start: OperationStart,
): Promise<({ duplicate: false } & { id: string }) | ({ duplicate: true } & ExistingOperation)> {
  // A concurrent twin of this request waits here on the unique key, then finds nothing inserted.
  const [op] = await tx
    .insert(operations)
    .values({
      eventId: start.eventId,
      kind: start.kind,
      requestKey: start.requestKey,
      createdBy: start.actor.id,
      createdByName: start.actor.name,
      params: start.params ?? {},
      startedAt: start.startedAt,
    })
    .onConflictDoNothing({ target: operations.requestKey })
    .returning({ id: operations.id });
  if (op) return { duplicate: false, id: op.id };
  const existing = await operationForRequest(tx, start.requestKey);
  if (!existing) throw new Error("an operation's request key conflicted, but no operation holds it");
  return { duplicate: true, ...existing };
}
