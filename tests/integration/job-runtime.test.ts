// The job runtime: a job declared once (defineJob) runs through jobs/run-job.ts, which tells the
// handler its attempt from the pg-boss job and calls onGiveUp exactly once, when the last attempt
// fails. Checked on the runner directly and end to end in a real worker process.
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { runJob } from "@/jobs/run-job";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { defineJob, type JobContext } from "@/lib/queue/define-job";
import { producer } from "@/lib/queue/boss";
import { closeConnections, resetDb } from "../helpers/db";
import { startWorkerProcess, until, type WorkerProcess } from "../helpers/worker-process";

beforeEach(resetDb);
afterAll(closeConnections);

const workers: WorkerProcess[] = [];
afterEach(() => {
  for (const w of workers.splice(0)) w.kill();
});

function failingJob(seen: { attempts: JobContext[]; gaveUp: { attempt: number; error: string }[] }) {
  return defineJob({
    name: "test.runtime",
    payload: z.object({ n: z.number() }),
    queue: { retryLimit: 2 },
    handle: async (ctx) => {
      seen.attempts.push(ctx);
      // A database error as drizzle wraps it: the query and parameters in its message, the driver's below.
      await ctx.db.execute(sql`select 1/0`);
    },
    onGiveUp: async (ctx, _payload, error) => {
      seen.gaveUp.push({ attempt: ctx.attempt, error });
    },
  });
}

describe("runJob", () => {
  it("hands the handler its attempt and calls onGiveUp only when the last attempt fails, with the driver's message", async () => {
    const seen = { attempts: [] as JobContext[], gaveUp: [] as { attempt: number; error: string }[] };
    const job = failingJob(seen);
    for (const retryCount of [0, 1]) {
      await expect(runJob(job, { n: 1 }, { id: `j${retryCount}`, retryCount, retryLimit: 2 }, env())).rejects.toThrow();
    }
    expect(seen.gaveUp).toEqual([]);
    await expect(runJob(job, { n: 1 }, { id: "j2", retryCount: 2, retryLimit: 2 }, env())).rejects.toThrow();
    expect(seen.attempts.map((c) => [c.attempt, c.isLastAttempt, c.jobId])).toEqual([
      [1, false, "j0"],
      [2, false, "j1"],
      [3, true, "j2"],
    ]);
    expect(seen.gaveUp).toEqual([{ attempt: 3, error: "division by zero" }]);
  });

  it("rejects a payload that does not match the declaration before the handler runs", async () => {
    const seen = { attempts: [] as JobContext[], gaveUp: [] as { attempt: number; error: string }[] };
    await expect(runJob(failingJob(seen), { n: "x" }, { id: "j", retryCount: 2, retryLimit: 2 }, env())).rejects.toThrow(z.ZodError);
    expect(seen).toEqual({ attempts: [], gaveUp: [] });
  });

  it("still fails the job with the handler's error when onGiveUp itself fails", async () => {
    const job = defineJob({
      name: "test.runtime",
      payload: z.unknown(),
      queue: {},
      handle: async () => {
        throw new Error("handler broke");
      },
      onGiveUp: async () => {
        throw new Error("give-up broke");
      },
    });
    await expect(runJob(job, null, { id: "j", retryCount: 0, retryLimit: 0 }, env())).rejects.toThrow("handler broke");
  });
});

describe("a real worker", () => {
  it("runs a failing job 1 + retryLimit times and gives up exactly once, on the last attempt", async () => {
    const w = startWorkerProcess({ WORKER_TEST_JOBS: "1" });
    workers.push(w);
    await w.waitForLog("ready");
    const id = await (await producer()).send("test.fail", { tag: "once" });
    expect(id).toBeTruthy();
    await until(
      "the job to fail for good",
      async () => {
        const [row] = await db().execute<{ state: string }>(sql`select state from pgboss.job where id = ${id}`);
        return row?.state === "failed" ? true : undefined;
      },
      // Three runs a second apart, plus pg-boss's retry pick-up: seconds when idle, far more on a busy machine.
      60_000,
      w.output,
    );
    // The give-up runs before the job is marked failed; a moment for the log line to arrive.
    await until("the give-up log line", () => (w.lines().some((l) => l.msg === "test.fail gave up") ? true : undefined), 5_000, w.output);
    const lines = w.lines().filter((l) => l.component === "test.fail");
    const attempts = lines.filter((l) => l.msg === "test.fail attempt").map((l) => [l.attempt, l.isLastAttempt]);
    expect(attempts).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    const gaveUp = lines.filter((l) => l.msg === "test.fail gave up");
    expect(gaveUp).toHaveLength(1);
    expect(gaveUp[0]).toMatchObject({ attempt: 3, error: "test.fail once attempt 3", jobId: id });
  }, 90_000);
});
