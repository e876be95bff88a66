// The worker: a standalone process (run several for scale). It applies migrations (serialised by
// an advisory lock), creates the queues, runs one handler per job, and on SIGTERM/SIGINT stops
// taking jobs, lets the ones in hand finish (up to a timeout) and exits.
import { PgBoss } from "pg-boss";
import { closeDb, db } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { ConfigError, env } from "@/lib/env";
import { createQueues } from "@/lib/queue/boss";
import { parsePayload, type JobName } from "@/lib/queue/jobs";
import { handlers } from "./handlers";

const SHUTDOWN_TIMEOUT_MS = 30_000;

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
    max: config.WORKER_CONCURRENCY + 4,
  });
  boss.on("error", (err) => console.error("[worker] pg-boss error:", err.message));
  await boss.start();
  await createQueues(boss);

  for (const name of Object.keys(handlers) as JobName[]) {
    const handler = handlers[name];
    await boss.work(
      name,
      { localConcurrency: config.WORKER_CONCURRENCY, pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 10 },
      async ([job]) => {
        const started = Date.now();
        try {
          await handler.handle(db(), parsePayload(name, job.data) as never);
          log(`${name} ${job.id} done in ${Date.now() - started} ms`);
        } catch (err) {
          log(`${name} ${job.id} failed (attempt ${job.retryCount + 1}): ${(err as Error).message}`);
          throw err;
        }
      },
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
