// The only place queues are created: the dead-letter queue and one queue per declared job, with the
// options its declaration gives. Idempotent (an existing queue is updated to the declared options).
// Run by the migrate step (so the web can send before any worker started) and by every worker at start.
import type { PgBoss } from "pg-boss";
import type { JobDefinition } from "@/lib/queue/define-job";
import { DEAD_LETTER_QUEUE } from "@/lib/queue/jobs";
import { contractJobs, maintenanceJobs } from "./registry";

export async function createQueues(
  boss: PgBoss,
  definitions: readonly JobDefinition[] = [...contractJobs, ...maintenanceJobs],
): Promise<void> {
  if (!(await boss.getQueue(DEAD_LETTER_QUEUE))) {
    await boss.createQueue(DEAD_LETTER_QUEUE, { retentionSeconds: 30 * 24 * 3600 });
  }
  for (const job of definitions) {
    if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, job.queue);
    else await boss.createQueue(job.name, job.queue);
  }
}
