// PostgreSQL restarted under a running system: the worker process and the web side (the same pool,
// pg-boss producer and health route the web app uses, in this process) recover on their own; a job
// in flight during the outage is finished after it; registrations before and after are processed.
// Uses a PostgreSQL of its own, since it stops it.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/dev/embedded-postgres";
import { exitWithin, startWorkerProcess, until, type WorkerProcess } from "../helpers/worker-process";

const dataDir = path.resolve(".tmp", `restart-pg-${randomBytes(4).toString("hex")}`);
let pg: RunningPostgres;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  pg = await startEmbeddedPostgres({ dataDir, database: "eventdesk_restart", preferredPort: 56_400, throwaway: true });
  await migrateDatabase(pg.url);
  // Before anything in this process opens a connection: db(), the producer and env() read it lazily.
  process.env.DATABASE_URL = pg.url;
}, 120_000);

afterAll(async () => {
  worker?.kill();
  const { closeConnections } = await import("../helpers/db");
  await closeConnections().catch(() => {});
  await pg?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a PostgreSQL restart", () => {
  it("is survived by the worker and the web side: the job in flight and the registrations after it are processed", async () => {
    const { db } = await import("@/lib/db/client");
    const { producer } = await import("@/lib/queue/boss");
    const { registerParticipant } = await import("@/lib/participants/register-participant");
    const { GET: health } = await import("@/app/api/health/route");
    const { createEvent, messagesOf, registration } = await import("../helpers/db");

    worker = startWorkerProcess({ DATABASE_URL: pg.url, WORKER_TEST_JOBS: "1" });
    const w = worker;
    await w.waitForLog("ready");
    const event = await createEvent({ approvalMode: "automatic" });
    const registerAndDeliver = async (firstName: string) => {
      const result = await registerParticipant(db(), event.id, registration({ firstName }));
      if (!result.ok) throw new Error(`registration refused: ${result.reason}`);
      return until(
        `${firstName}'s email to be sent`,
        async () => (await messagesOf(result.participantId)).find((m) => m.status === "sent"),
        60_000,
        w.output,
      );
    };
    await registerAndDeliver("Before");

    // A job that queries the database after sleeping through the outage: its first attempt fails.
    const jobId = (await (await producer()).send("test.sleep", { ms: 2500, query: true }))!;
    const state = async () =>
      (await db().execute<{ state: string; retry_count: number }>(sql`select state, retry_count from pgboss.job where id = ${jobId}`))[0];
    await until("the job to start", async () => (await state())?.state === "active", 10_000, w.output);

    await pg.stop();
    expect((await health()).status).toBe(503);
    await new Promise((r) => setTimeout(r, 3000));
    pg = await startEmbeddedPostgres({ dataDir, database: "eventdesk_restart", port: pg.port, throwaway: true });

    await until("the health check to pass again", async () => (await health()).status === 200, 30_000);
    const finished = await until(
      "the job in flight to be completed",
      async () => {
        const s = await state().catch(() => undefined);
        return s?.state === "completed" ? s : undefined;
      },
      90_000,
      w.output,
    );
    console.log(`[restart test] the job in flight completed after ${finished.retry_count} retr${finished.retry_count === 1 ? "y" : "ies"}`);
    await registerAndDeliver("After");

    expect(w.child.exitCode, "the worker kept running").toBeNull();
    expect(
      w.lines().some((l) => l.msg === "queue error"),
      "the outage was logged",
    ).toBe(true);
    w.child.kill("SIGTERM");
    expect(await exitWithin(w, 20_000), w.output()).toBe(0);
  }, 240_000);
});
