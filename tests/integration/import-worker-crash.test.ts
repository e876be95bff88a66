// A real worker process killed (SIGKILL) in the middle of an import: the chunks it committed stay,
// nothing half-written remains, and the rerun finishes with no duplicates, no gaps and counters
// that match every row of the file.
import { spawn, type ChildProcess } from "node:child_process";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import participantsImportJob from "@/jobs/participants-import";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { operation, rowErrors, startCsvImport } from "../helpers/imports";
import { expectSeatCountersRight } from "../helpers/seats";
import { testWorkerArgs } from "../helpers/worker-process";
import { handlerOf } from "../helpers/run-job";

const handle = handlerOf(participantsImportJob);

beforeEach(resetDb);
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

let worker: ChildProcess | undefined;
afterEach(() => {
  if (worker && worker.exitCode === null && worker.signalCode === null) worker.kill("SIGKILL");
  worker = undefined;
});

const N = 60_000;

function bigFile(): string {
  const lines = ["Email,First name,Last name"];
  for (let i = 1; i <= N; i++) lines.push(i % 50 === 0 ? `broken-${i},Bad,Row` : `person${i % 59_000}@example.com,Person,${i}`);
  return `${lines.join("\n")}\n`;
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number, output: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${output()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("a worker killed mid-import", () => {
  it("leaves only whole chunks, and the rerun completes without duplicates or gaps", async () => {
    const event = await createEvent();
    const operationId = await startCsvImport(event, bigFile());

    let output = "";
    worker = spawn(process.execPath, testWorkerArgs(), {
      cwd: process.cwd(),
      env: { ...process.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    worker.stdout!.on("data", (d) => (output += d));
    worker.stderr!.on("data", (d) => (output += d));
    const exited = new Promise((resolve) => worker!.once("exit", resolve));

    await waitFor(
      "the worker to commit a few chunks",
      async () => ((await operation(operationId)).processed >= 3000 ? true : undefined),
      60_000,
      () => output,
    );
    worker.kill("SIGKILL");
    await exited;

    const killed = await operation(operationId);
    expect(killed.state).toBe("running");
    expect(killed.processed).toBeLessThan(N);
    const [{ participants: atKill }] = await db().execute<{ participants: number }>(
      sql`select count(*)::int as participants from participants where event_id = ${event.id}`,
    );
    // Only whole chunks: what is stored is exactly what the counters say (no half-committed chunk).
    expect(atKill).toBe(killed.succeeded);
    expect((await rowErrors(operationId)).length).toBe(killed.failed + killed.skipped);

    await handle(db(), { operationId });
    const done = await operation(operationId);
    expect(done).toMatchObject({ state: "completed", total: N, processed: N, cursor: N + 1 });
    const [counts] = await db().execute<{ n: number; distinct_emails: number }>(
      sql`select count(*)::int as n, count(distinct lower(email))::int as distinct_emails from participants where event_id = ${event.id}`,
    );
    const errors = await rowErrors(operationId);
    // 1,200 invalid rows (every 50th); emails repeat after row 59,000, so the rest beyond it are duplicates.
    expect(done.failed).toBe(N / 50);
    expect(done.succeeded).toBe(counts.n);
    expect(counts.distinct_emails).toBe(counts.n);
    expect(done.succeeded + done.failed + done.skipped).toBe(N);
    expect(errors).toHaveLength(done.failed + done.skipped);
    expect(new Set(errors.map((e) => e.row)).size).toBe(errors.length);
  }, 120_000);
});
