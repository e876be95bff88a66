// Graceful shutdown of a real worker process: SIGTERM while a job runs lets it finish and exits 0;
// a job that outlives WORKER_SHUTDOWN_TIMEOUT_MS is handed back and finished by the next worker.
// Also: the worker's own metrics endpoint and its maintenance schedules.
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { freePort } from "@/lib/dev/embedded-postgres";
import { producer } from "@/lib/queue/boss";
import { closeConnections, resetDb } from "../helpers/db";
import { exitWithin, startWorkerProcess, until, type WorkerProcess } from "../helpers/worker-process";

beforeEach(resetDb);
afterAll(closeConnections);

const workers: WorkerProcess[] = [];
afterEach(() => {
  for (const w of workers.splice(0)) w.kill();
});

function worker(env: Record<string, string> = {}) {
  const w = startWorkerProcess({ WORKER_TEST_JOBS: "1", ...env });
  workers.push(w);
  return w;
}

async function jobState(id: string): Promise<string | undefined> {
  const [row] = await db().execute<{ state: string }>(sql`select state from pgboss.job where id = ${id}`);
  return row?.state;
}

async function send(name: string, data: object): Promise<string> {
  const id = await (await producer()).send(name, data);
  if (!id) throw new Error("job not created");
  return id;
}

describe("worker shutdown", () => {
  it("lets the job in hand finish on SIGTERM, then exits 0", async () => {
    const w = worker();
    await w.waitForLog("ready");
    const id = await send("test.sleep", { ms: 1500 });
    await until("the job to start", async () => (await jobState(id)) === "active", 10_000, w.output);

    w.child.kill("SIGTERM");
    expect(await exitWithin(w, 15_000), w.output()).toBe(0);
    expect(await jobState(id)).toBe("completed");
    const messages = w.lines().map((l) => l.msg);
    expect(messages.indexOf("stopping: finishing the jobs in hand")).toBeLessThan(messages.indexOf("woke up"));
    expect(messages.at(-1)).toBe("stopped");
    // Every line the job wrote carries its id and name.
    const jobLines = w.lines().filter((l) => l.component === "test.sleep");
    expect(jobLines.map((l) => l.msg)).toEqual(["sleeping", "woke up"]);
    for (const line of jobLines) expect(line).toMatchObject({ jobId: id, job: "test.sleep" });
  });

  it("hands a job that outlives the shutdown timeout back to the queue, where the next worker finishes it", async () => {
    const first = worker({ WORKER_SHUTDOWN_TIMEOUT_MS: "1000" });
    await first.waitForLog("ready");
    const id = await send("test.sleep", { ms: 4000 });
    await until("the job to start", async () => (await jobState(id)) === "active", 10_000, first.output);

    const signalled = Date.now();
    first.child.kill("SIGTERM");
    expect(await exitWithin(first, 10_000), first.output()).toBe(1);
    expect(Date.now() - signalled).toBeLessThan(4000);
    expect(first.lines().find((l) => /handed back/.test(l.msg))).toMatchObject({ jobs: [id] });
    expect(await jobState(id)).toBe("retry");

    const second = worker();
    await until("the job to be completed by the next worker", async () => (await jobState(id)) === "completed", 20_000, second.output);
    second.child.kill("SIGTERM");
    expect(await exitWithin(second, 15_000)).toBe(0);
  });
});

describe("worker metrics and schedules", () => {
  it("serves its job counters and durations on its own port, behind the bearer token", async () => {
    const port = await freePort(39400);
    const token = "metrics-token-0123456789";
    const w = worker({ WORKER_METRICS_PORT: String(port), METRICS_TOKEN: token });
    await w.waitForLog("ready");
    const ids = await Promise.all([send("test.noop", {}), send("test.noop", {}), send("test.sleep", { ms: 10 })]);
    await until(
      "the jobs to complete",
      async () => (await Promise.all(ids.map(jobState))).every((s) => s === "completed"),
      10_000,
      w.output,
    );

    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status).toBe(401);
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('eventdesk_jobs_completed_total{queue="test.noop"} 2');
    expect(text).toContain('eventdesk_jobs_completed_total{queue="test.sleep"} 1');
    expect(text).toMatch(/eventdesk_job_duration_seconds_count\{queue="test.noop",outcome="completed"\} 2/);
    expect(text).toContain("process_resident_memory_bytes");
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: "ok" });
  });

  it("creates one schedule per maintenance task, however many workers start", async () => {
    for (let i = 0; i < 2; i++) {
      const w = worker();
      await w.waitForLog("ready");
      w.child.kill("SIGTERM");
      expect(await exitWithin(w, 15_000)).toBe(0);
    }
    const rows = await db().execute<{ name: string; cron: string }>(
      sql`select name, cron from pgboss.schedule where name like 'maintenance.%' order by name`,
    );
    expect([...rows]).toEqual([
      { name: "maintenance.anonymise-events", cron: "30 3 * * *" },
      { name: "maintenance.expire-rsvp-links", cron: "30 3 * * *" },
      { name: "maintenance.orphaned-operations", cron: "* * * * *" },
      { name: "maintenance.purge-message-bodies", cron: "30 3 * * *" },
      { name: "maintenance.purge-rate-limits", cron: "30 3 * * *" },
      { name: "maintenance.purge-webhook-receipts", cron: "30 3 * * *" },
      { name: "maintenance.reconcile-seats", cron: "23 * * * *" },
      { name: "maintenance.rsvp-reminders", cron: "30 3 * * *" },
    ]);
  });
});
