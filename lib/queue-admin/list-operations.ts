// The latest bulk operations of every event (owner's Jobs page), with their progress counters.
import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { events, operations } from "@/lib/db/schema";

export async function listRecentOperations(db: DbOrTx, limit = 20) {
  return db
    .select({
      id: operations.id,
      eventId: operations.eventId,
      eventTitle: events.title,
      kind: operations.kind,
      state: operations.state,
      total: operations.total,
      processed: operations.processed,
      succeeded: operations.succeeded,
      failed: operations.failed,
      skipped: operations.skipped,
      createdByName: operations.createdByName,
      createdAt: operations.createdAt,
      finishedAt: operations.finishedAt,
    })
    .from(operations)
    .innerJoin(events, eq(events.id, operations.eventId))
    .orderBy(desc(operations.createdAt))
    .limit(limit);
}
