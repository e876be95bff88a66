// pg-boss instances. The web process holds a producer-only instance (no supervision, no cron, no
// migrations, a small pool); the worker creates its own full instance in jobs/worker.ts.
import { sql } from "drizzle-orm";
import { PgBoss, fromDrizzle } from "pg-boss";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { jobs, queueOptions, DEAD_LETTER_QUEUE, type JobName, type JobPayload } from "./jobs";

const holder = globalThis as typeof globalThis & { __eventdeskBoss?: Promise<PgBoss> };

export function producer(): Promise<PgBoss> {
  holder.__eventdeskBoss ??= (async () => {
    const boss = new PgBoss({
      connectionString: env().DATABASE_URL,
      supervise: false,
      schedule: false,
      migrate: false,
      max: 2,
      application_name: "eventdesk-web",
    });
    boss.on("error", (err) => logger("pg-boss").error({ error: err.message }, "producer error"));
    await boss.start();
    return boss;
  })().catch((err) => {
    holder.__eventdeskBoss = undefined;
    throw err;
  });
  return holder.__eventdeskBoss;
}

/**
 * Enqueue a job inside the caller's transaction: it exists if and only if the transaction commits.
 * The payload is validated against the contract before it is written.
 */
export async function sendJob<N extends JobName>(tx: Tx, name: N, data: JobPayload<N>): Promise<string> {
  const payload = jobs[name].parse(data);
  const boss = await producer();
  const id = await boss.send(name, payload, { db: fromDrizzle(tx, sql) });
  if (!id) throw new Error(`pg-boss did not create the ${name} job`);
  return id;
}

/** Create the queues (idempotent). Run by migrations and by the worker at start. */
export async function createQueues(boss: PgBoss): Promise<void> {
  if (!(await boss.getQueue(DEAD_LETTER_QUEUE))) {
    await boss.createQueue(DEAD_LETTER_QUEUE, { retentionSeconds: 30 * 24 * 3600 });
  }
  for (const name of Object.keys(queueOptions) as JobName[]) {
    if (await boss.getQueue(name)) await boss.updateQueue(name, queueOptions[name]);
    else await boss.createQueue(name, queueOptions[name]);
  }
}

export async function stopProducer(): Promise<void> {
  const pending = holder.__eventdeskBoss;
  holder.__eventdeskBoss = undefined;
  if (pending) await (await pending).stop({ graceful: false, close: true }).catch(() => {});
}
