// "Retry failed" on a finished operation: its failed items go back to pending and the counters back by
// as many, in the caller's transaction (which has locked the operation row and enqueues the jobs that
// take them again). Returns the participants moved; none when nothing had failed.
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { operations } from "@/lib/db/schema";

export async function retryFailedItems(tx: Tx, operationId: string): Promise<string[]> {
  const moved = await tx.execute<{ participant_id: string }>(sql`
    update operation_items set status = 'pending', error = null, updated_at = now()
    where operation_id = ${operationId} and status = 'failed'
    returning participant_id`);
  if (moved.length === 0) return [];
  await tx
    .update(operations)
    .set({
      state: "running",
      processed: sql`${operations.processed} - ${moved.length}`,
      failed: sql`${operations.failed} - ${moved.length}`,
      finishedAt: null,
      error: null,
    })
    .where(eq(operations.id, operationId));
  return moved.map((r) => r.participant_id);
}
