// Every queue one worker process serves: the job contract's handlers (jobs/handlers.ts, queues made
// by createQueues), the maintenance tasks (each on a cron schedule) and, in tests, the test queues.
import type { Queue } from "pg-boss";
import { db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { parsePayload, workerLimits, type JobName } from "@/lib/queue/jobs";
import { handlers } from "./handlers";
import { maintenanceTasks } from "./maintenance-tasks";
import { testQueues } from "./test-jobs";

export type WorkerQueue = {
  name: string;
  /** For queues the worker creates itself; the contract's queues are created by createQueues(). */
  options?: Omit<Queue, "name">;
  /** Jobs fetched at once and batches run at once; defaults: 10 and WORKER_CONCURRENCY. */
  batchSize?: number;
  concurrency?: number;
  schedule?: { cron: string; tz: string };
  run: (data: unknown) => Promise<unknown>;
};

// Maintenance is rare and heavy: one job at a time, retried a few times an hour apart at most.
const maintenanceOptions = { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 3600, notify: false };

export function workerQueues(config: Env): WorkerQueue[] {
  const contract: WorkerQueue[] = (Object.keys(handlers) as JobName[]).map((name) => ({
    name,
    ...workerLimits[name],
    run: (data) => handlers[name].handle(db(), parsePayload(name, data) as never),
  }));
  const maintenance: WorkerQueue[] = maintenanceTasks.map((task) => ({
    name: task.queue,
    options: maintenanceOptions,
    batchSize: 1,
    concurrency: 1,
    schedule: { cron: config.MAINTENANCE_CRON, tz: config.MAINTENANCE_TIME_ZONE },
    run: () => task.run({ db: db(), config }),
  }));
  return [...contract, ...maintenance, ...(config.WORKER_TEST_JOBS === "1" ? testQueues : [])];
}
