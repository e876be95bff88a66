// The daily maintenance. Each task is a job of its own with a pg-boss cron schedule (MAINTENANCE_CRON),
// created idempotently when a worker starts; pg-boss sends one job per occurrence however many workers
// run, so a task runs once a day, and one that fails is retried and shown on the Jobs page on its own.
// Tasks are safe to run twice. What a task returns (counts) is logged and stored as the job's output.
// Finished jobs are pruned by pg-boss itself (JOB_RETENTION_DAYS, see maintenance-job-retention.ts).
import { z } from "zod";
import { defineJob, type JobContext } from "@/lib/queue/define-job";

export function defineMaintenanceTask<const N extends `maintenance.${string}`>(task: {
  name: N;
  handle: (ctx: JobContext) => Promise<Record<string, number>>;
  /** Another schedule than the daily MAINTENANCE_CRON, for a task that must run more often. */
  cron?: string;
}) {
  return defineJob({
    name: task.name,
    // The cron job carries no data.
    payload: z.unknown(),
    // Maintenance is rare and heavy: one job at a time, retried a few times an hour apart at most.
    queue: { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 3600, notify: false },
    worker: { batchSize: 1, concurrency: 1 },
    schedule: (config) => ({ cron: task.cron ?? config.MAINTENANCE_CRON, tz: config.MAINTENANCE_TIME_ZONE }),
    handle: (ctx) => task.handle(ctx),
  });
}
