// The worker: a standalone process (run several for scale). It applies migrations (serialised by
// an advisory lock), creates the queues, runs one handler per job, and on SIGTERM/SIGINT stops
// taking jobs, lets the ones in hand finish (up to a timeout) and exits.
import { PgBoss, type JobResult } from "pg-boss";
import { closeDb, db } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { ConfigError, env } from "@/lib/env";
import { createQueues } from "@/lib/queue/boss";
import { parsePayload, type JobName } from "@/lib/queue/jobs";
import { handlers } from "./handlers";

const SHUTDOWN_TIMEOUT_MS = 30_000;
const BATCH_SIZE = 10;

function log(message: string, extra?: unknown) {
  console.log(`[worker] ${message}`, ...(extra === undefined ? [] : [extra]));
}

async function main() {
  const config = env();
  await migrateDatabase(config.DATABASE_URL);
  const boss = new PgBoss({
    connectionString: config.DATABASE_URL,
    useListenNotify: true,
    application_name: "eventdesk-worker",
    max: 4,
  });
  boss.on("error", (err) => console.error("[worker] pg-boss error:", err.message));
  await boss.start();
  await createQueues(boss);

  for (const name of Object.keys(handlers) as JobName[]) {
    const handler = handlers[name];
    // Batches with per-job settlement: a full batch means more work, so the loop fetches again at
    // once (burst) instead of sleeping the polling interval; LISTEN/NOTIFY wakes it for new jobs.
    await boss.work(
      name,
      {
        batchSize: BATCH_SIZE,
        localConcurrency: config.WORKER_CONCURRENCY,
        perJobResults: true,
        burstWhenBatchFull: true,
        pollingIntervalSeconds: 2,
        notifyPollingIntervalSeconds: 10,
      },
      (batch) =>
        Promise.all(
          batch.map(async (job): Promise<JobResult> => {
            const started = Date.now();
            try {
              await handler.handle(db(), parsePayload(name, job.data) as never);
              return { id: job.id, status: "completed" };
            } catch (err) {
              const message = err instanceof Error ? err.message : String(err);
              log(`${name} ${job.id} failed after ${Date.now() - started} ms (attempt ${job.retryCount + 1}): ${message}`);
              return { id: job.id, status: "failed", output: { message, stack: err instanceof Error ? err.stack : undefined } };
            }
          }),
        ),
    );
  }
  log(`ready: ${Object.keys(handlers).join(", ")}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing jobs in hand, then stopping`);
    const timer = setTimeout(() => {
      log("shutdown timed out; unfinished jobs will be retried");
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS + 5_000);
    await boss.stop({ graceful: true, timeout: SHUTDOWN_TIMEOUT_MS, close: true });
    await closeDb();
    clearTimeout(timer);
    log("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((err) => {
  if (err instanceof ConfigError) console.error(`[worker] ${err.message}`);
  else console.error("[worker] could not start:", err instanceof Error ? err.message : err);
  process.exit(1);
});
