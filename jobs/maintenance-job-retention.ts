// Pruning old jobs is pg-boss's own maintenance: it deletes a finished job (completed, failed,
// cancelled) deleteAfterSeconds after it finished. The worker sets that on every queue at start from
// JOB_RETENTION_DAYS; it applies to jobs created from then on. (The dead-letter queue keeps its
// unprocessed copies for its own retention, 30 days: see createQueues.)
import type { PgBoss } from "pg-boss";

export async function applyJobRetention(boss: PgBoss, days: number): Promise<void> {
  const deleteAfterSeconds = days * 24 * 3600;
  for (const queue of await boss.getQueues()) {
    if (queue.deleteAfterSeconds !== deleteAfterSeconds) await boss.updateQueue(queue.name, { deleteAfterSeconds });
  }
}
