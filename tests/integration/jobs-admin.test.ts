// What the owner's Jobs page reads and does: counts per queue and state, the oldest waiting job's
// age, failed jobs with their error and stack, Retry and Cancel.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cancelJob } from "@/lib/queue-admin/cancel-job";
import { listProblemJobs } from "@/lib/queue-admin/problem-jobs";
import { getQueueOverview } from "@/lib/queue-admin/queue-overview";
import { retryJob } from "@/lib/queue-admin/retry-job";
import { producer } from "@/lib/queue/boss";
import { closeConnections, resetDb } from "../helpers/db";

const queue = `test.admin-${randomUUID().slice(0, 8)}`;

beforeAll(async () => (await producer()).createQueue(queue, { retryLimit: 0 }));
beforeEach(resetDb);
afterAll(async () => {
  await (await producer()).deleteQueue(queue);
  await closeConnections();
});

async function failedJob(message: string): Promise<string> {
  const boss = await producer();
  const id = (await boss.send(queue, { participantId: randomUUID() }))!;
  await boss.fetch(queue);
  await boss.fail(queue, id, { message, stack: `Error: ${message}\n    at handler (jobs/example.ts:1:1)` });
  return id;
}

const stateOf = async (id: string) => (await db().execute<{ state: string }>(sql`select state from pgboss.job where id = ${id}`))[0]?.state;

describe("the Jobs page's data", () => {
  it("counts jobs per queue and state, and ages the oldest job ready to run", async () => {
    const boss = await producer();
    await failedJob("provider down");
    const waiting = (await boss.send(queue, {}))!;
    await db().execute(
      sql`update pgboss.job set start_after = now() - interval '90 seconds', created_on = now() - interval '90 seconds' where id = ${waiting}`,
    );
    await boss.send(queue, {}, { startAfter: 3600 });

    const row = (await getQueueOverview(db())).find((q) => q.name === queue)!;
    expect(row).toMatchObject({ queued: 2, retrying: 0, active: 0, completed: 0, failed: 1, cancelled: 0 });
    // The deferred job does not count as waiting: the oldest ready one has waited ~90 s.
    expect(row.oldestReadySeconds).toBeGreaterThanOrEqual(89);
    expect(row.oldestReadySeconds).toBeLessThan(120);
    expect((await getQueueOverview(db())).map((q) => q.name)).toEqual(expect.arrayContaining(["email.send", "registration.process"]));
  });

  it("lists failed jobs with payload, error and stack, newest first", async () => {
    const first = await failedJob("first failure");
    const second = await failedJob("second failure");
    const jobs = (await listProblemJobs(db())).filter((j) => j.queue === queue);
    expect(jobs.map((j) => j.id)).toEqual([second, first]);
    expect(jobs[0]).toMatchObject({ state: "failed", error: "second failure", retryCount: 0, retryLimit: 0 });
    expect(jobs[0].stack).toContain("at handler (jobs/example.ts:1:1)");
    expect(jobs[0].data).toEqual({ participantId: expect.any(String) });
  });

  it("retries a failed job once, and refuses what is not failed", async () => {
    const id = await failedJob("boom");
    expect(await retryJob(queue, id)).toEqual({ ok: true });
    expect(await stateOf(id)).toBe("retry");
    expect(await retryJob(queue, id)).toEqual({ ok: false, reason: "wrong_state" });
    expect(await retryJob(queue, randomUUID())).toEqual({ ok: false, reason: "not_found" });
    expect(await retryJob("no.such.queue", id)).toEqual({ ok: false, reason: "not_found" });
  });

  it("cancels a waiting job, and refuses a finished one", async () => {
    const boss = await producer();
    const waiting = (await boss.send(queue, {}))!;
    expect(await cancelJob(queue, waiting)).toEqual({ ok: true });
    expect(await stateOf(waiting)).toBe("cancelled");
    expect(await cancelJob(queue, waiting)).toEqual({ ok: false, reason: "wrong_state" });
    expect(await cancelJob(queue, await failedJob("done"))).toEqual({ ok: false, reason: "wrong_state" });
  });
});
