// The start of each certificate job's chunk (generation and emailing alike): its operation while it
// still runs, the event, and which of the chunk's participants are still pending in it. Null when
// there is nothing to do (cancelled, finished, deleted, or every item already settled by an
// earlier run of the same job).
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { events, type Event, type Operation, operationItems, operations } from "@/lib/db/schema";

export type RunningChunk = { op: Operation; event: Event; pending: string[] };

export async function runningChunk(
  db: Db,
  operationId: string,
  kind: "certificates_generate" | "certificates_email",
  participantIds: string[],
): Promise<RunningChunk | null> {
  const [op] = await db
    .select()
    .from(operations)
    .where(and(eq(operations.id, operationId), eq(operations.kind, kind)));
  if (op?.state !== "running") return null;
  const [event] = await db.select().from(events).where(eq(events.id, op.eventId));
  if (!event) return null;
  const rows = await db
    .select({ participantId: operationItems.participantId })
    .from(operationItems)
    .where(
      and(
        eq(operationItems.operationId, operationId),
        inArray(operationItems.participantId, participantIds),
        eq(operationItems.status, "pending"),
      ),
    );
  return rows.length ? { op, event, pending: rows.map((r) => r.participantId) } : null;
}
