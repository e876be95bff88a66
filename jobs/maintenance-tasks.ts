// The daily maintenance. Each task is a queue of its own with a pg-boss cron schedule (MAINTENANCE_CRON),
// created idempotently when a worker starts; pg-boss sends one job per occurrence however many workers
// run, so a task runs once a day, and one that fails is retried and shown on the Jobs page on its own.
// Tasks are safe to run twice.
// Finished jobs are pruned by pg-boss itself (JOB_RETENTION_DAYS, see maintenance-job-retention.ts).
import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { anonymiseEvents } from "./maintenance-anonymise-events";
import { expireRsvpLinks } from "./maintenance-expire-rsvp-links";
import { purgeMessageBodies } from "./maintenance-purge-message-bodies";
import { sendRsvpReminders } from "./maintenance-rsvp-reminders";

export type MaintenanceContext = { db: Db; config: Env };

export type MaintenanceTask = {
  queue: `maintenance.${string}`;
  /** What it did, logged by the worker and stored as the job's output. */
  run: (ctx: MaintenanceContext) => Promise<Record<string, number>>;
};

export const maintenanceTasks: MaintenanceTask[] = [purgeMessageBodies, anonymiseEvents, sendRsvpReminders, expireRsvpLinks];
