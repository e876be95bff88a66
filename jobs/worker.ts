// The worker: a standalone process (run several for scale). It checks the database is reachable and
// migrated, creates the queues and the maintenance schedules, runs every job through the batch
// runner, serves its metrics, and on SIGTERM/SIGINT stops taking jobs, lets the ones in hand finish
// (up to WORKER_SHUTDOWN_TIMEOUT_MS, after which they are handed back to be retried) and exits.
import { PgBoss } from "pg-boss";
import type { Server } from "node:http";
import { closeDb } from "@/lib/db/client";
import { ConfigError, env } from "@/lib/env";
import { captureConsole, logger } from "@/lib/logging/logger";
import { stopProducer } from "@/lib/queue/boss";
import { createQueues } from "./create-queues";
import { applyJobRetention } from "./maintenance-job-retention";
import { workerJobs } from "./registry";
import { batchRunner, jobsInHand } from "./worker-run-batch";
import { startWorkerMetricsServer } from "./worker-metrics-server";
import { checkDatabase, StartupError } from "./worker-startup";

const BATCH_SIZE = 10;
const log = logger("worker");
captureConsole("worker");

/** pg-boss reports every failed poll; while the database is down that is many a second. */
function throttledErrorLog(windowMs = 10_000) {
  const seen = new Map<string, { at: number; suppressed: number }>();
  return (err: Error) => {
    const now = Date.now();
    const entry = seen.get(err.message);
    if (entry && now - entry.at < windowMs) {
      entry.suppressed += 1;
      return;
    }
    log.error({ error: err.message, repeated: entry?.suppressed ?? 0 }, "queue error");
    seen.set(err.message, { at: now, suppressed: 0 });
  };
}

async function main() {
  const config = env();
  await checkDatabase(config.DATABASE_URL);
  const boss = new PgBoss({
    connectionString: config.DATABASE_URL,
    useListenNotify: true,
    application_name: "eventdesk-worker",
    max: 4,
    // The schema is installed by the migrate step; a worker never migrates it.
    migrate: false,
    // Finds jobs whose worker died (missed heartbeats) twice as often as pg-boss's default.
    superviseIntervalSeconds: 30,
  });
  boss.on("error", throttledErrorLog());
  boss.on("warning", (w) => log.warn({ data: w.data }, w.message));
  await boss.start();
  const queues = workerJobs(config);
  await createQueues(boss, queues);
  await applyJobRetention(boss, config.JOB_RETENTION_DAYS);
  // Idempotent: a schedule is keyed by its queue, so every worker starting sets the same one.
  for (const queue of queues) {
    const schedule = queue.schedule?.(config);
    if (schedule) await boss.schedule(queue.name, schedule.cron, null, { tz: schedule.tz });
  }
  for (const s of await boss.getSchedules()) {
    if (s.name.startsWith("maintenance.") && !queues.some((q) => q.name === s.name)) await boss.unschedule(s.name, s.key);
  }

  let stopping = false;
  let metricsServer: Server | undefined;
  if (config.WORKER_METRICS_PORT) {
    metricsServer = await startWorkerMetricsServer({
      port: config.WORKER_METRICS_PORT,
      token: config.METRICS_TOKEN,
      healthy: () => !stopping,
    });
  }

  for (const queue of queues) {
    // Batches with per-job settlement: a full batch means more work, so the loop fetches again at
    // once (burst) instead of sleeping the polling interval; LISTEN/NOTIFY wakes it for new jobs.
    await boss.work(
      queue.name,
      {
        batchSize: queue.worker?.batchSize ?? BATCH_SIZE,
        localConcurrency: queue.worker?.concurrency ?? config.WORKER_CONCURRENCY,
        perJobResults: true,
        // retryLimit beside retryCount: the handler is told whether this is its last attempt.
        includeMetadata: true,
        burstWhenBatchFull: true,
        pollingIntervalSeconds: 2,
        notifyPollingIntervalSeconds: 10,
      },
      batchRunner(queue, config),
    );
  }
  log.info({ queues: queues.map((q) => q.name), metricsPort: config.WORKER_METRICS_PORT ?? null }, "ready");

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const timeout = config.WORKER_SHUTDOWN_TIMEOUT_MS;
    log.info({ signal, jobsInHand: jobsInHand.size, timeoutMs: timeout }, "stopping: finishing the jobs in hand");
    // Last resort if pg-boss itself cannot stop (e.g. the database vanished mid-shutdown).
    setTimeout(() => {
      log.error("shutdown did not complete; exiting");
      process.exit(1);
    }, timeout + 15_000);
    await boss.stop({ graceful: true, timeout, close: true });
    const handedBack = [...jobsInHand];
    await new Promise<void>((resolve) => (metricsServer ? metricsServer.close(() => resolve()) : resolve()));
    await stopProducer();
    await closeDb();
    if (handedBack.length) {
      log.warn({ jobs: handedBack }, "shutdown timed out: the unfinished jobs were handed back to the queue and will be retried");
      process.exit(1);
    }
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof StartupError) log.fatal(err.message);
  else log.fatal({ error: err instanceof Error ? err.message : String(err) }, "could not start");
  process.exit(1);
});
