// pg-boss instances. The web process holds a producer-only instance (no supervision, no cron, no
// migrations, a small pool); the worker creates its own full instance in jobs/worker.ts.
import { sql } from "drizzle-orm";
import { PgBoss, fromDrizzle } from "pg-boss";
import type postgres from "postgres";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import type { JobName, JobPayload } from "./jobs";

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
 * The payload schema of a job's declaration (jobs/<name>.ts). Loaded on the first send rather than
 * imported: the declarations import the use-cases that import this module.
 */
async function payloadSchema<N extends JobName>(name: N) {
  const { contractJobs } = await import("@/jobs/registry");
  const job = contractJobs.find((j) => j.name === name);
  if (!job) throw new Error(`No job is declared as ${name}`);
  return job.payload;
}

/**
 * Enqueue a job inside the caller's transaction: it exists if and only if the transaction commits.
 * Name and payload type come from the job's declaration; the payload is validated against its schema
 * before it is written (and again by the worker when it runs).
 */
export async function sendJob<N extends JobName>(
  tx: Tx,
  name: N,
  data: JobPayload<N>,
  options: { startAfter?: Date } = {},
): Promise<string> {
  const payload = (await payloadSchema(name)).parse(data);
  const boss = await producer();
  const id = await boss.send(name, payload as object, { db: fromDrizzle(tx, sql), ...options });
  if (!id) throw new Error(`pg-boss did not create the ${name} job`);
  return id;
}

/**
 * Enqueue a job on one postgres.js connection (reserved, inside the caller's BEGIN), for a
 * transaction that sends several statements without waiting for each answer
 * (lib/participants/register-participant.ts): the insert is queued on that connection behind the
 * statements issued before this call.
 */
export async function sendJobOn<N extends JobName>(conn: Pick<postgres.Sql, "unsafe">, name: N, data: JobPayload<N>): Promise<string> {
  const payload = (await payloadSchema(name)).parse(data);
  const boss = await producer();
  const adapter = {
    executeSql: async (text: string, values?: unknown[]) => ({
      // Prepared: pg-boss sends the same insert text every time, so the server parses and plans it
      // once per connection instead of once per job.
      rows: await conn.unsafe(text, (values ?? []) as postgres.ParameterOrJSON<never>[], { prepare: true }),
    }),
  };
  const id = await boss.send(name, payload as object, { db: adapter });
  if (!id) throw new Error(`pg-boss did not create the ${name} job`);
  return id;
}

/** Many jobs of one kind in one statement, inside the caller's transaction (bulk approvals, fan-outs). */
export async function sendJobs<N extends JobName>(tx: Tx, name: N, payloads: JobPayload<N>[]): Promise<void> {
  if (payloads.length === 0) return;
  const schema = await payloadSchema(name);
  const boss = await producer();
  await boss.insert(
    name,
    payloads.map((data) => ({ data: schema.parse(data) as object })),
    { db: fromDrizzle(tx, sql) },
  );
}

/** A job that starts at a given time, outside any transaction (work put off, e.g. while sending is paused). */
export async function sendJobAt<N extends JobName>(name: N, data: JobPayload<N>, startAfter: Date): Promise<void> {
  const payload = (await payloadSchema(name)).parse(data);
  const boss = await producer();
  await boss.send(name, payload as object, { startAfter });
}

export async function stopProducer(): Promise<void> {
  const pending = holder.__eventdeskBoss;
  holder.__eventdeskBoss = undefined;
  if (pending) await (await pending).stop({ graceful: false, close: true }).catch(() => {});
}
