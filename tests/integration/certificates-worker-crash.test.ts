// A real worker process killed (SIGKILL) in the middle of a generation: after a restart the
// operation completes by itself, every participant has exactly one certificate, and the counters
// match what is stored.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { startGeneration } from "@/lib/certificates/start-generation";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { addParticipants, operationRow, owner } from "../helpers/certificates";
import { startWorkerProcess, until, type WorkerProcess } from "../helpers/worker-process";

beforeEach(resetDb);
afterAll(closeConnections);

const workers: WorkerProcess[] = [];
afterEach(() => {
  for (const w of workers.splice(0)) w.kill();
});

const N = 160;

describe("a worker killed mid-generation", () => {
  it("completes after a restart with one certificate per participant and no duplicates", async () => {
    const event = await createEvent();
    await addParticipants(
      event.id,
      Array.from({ length: N }, () => ({})),
    );
    const started = await startGeneration(db(), owner, event.id, randomUUID(), false);
    if (!started.ok) throw new Error("not started");

    const first = startWorkerProcess();
    workers.push(first);
    await until("some certificates", async () => (await operationRow(started.operationId)).processed >= 30, 60_000, first.output);
    first.child.kill("SIGKILL");
    await first.exited;
    const atKill = await operationRow(started.operationId);
    expect(atKill.state).toBe("running");
    expect(atKill.processed).toBeLessThan(N);

    const second = startWorkerProcess();
    workers.push(second);
    const done = await until(
      "the generation to complete",
      async () => {
        const op = await operationRow(started.operationId);
        return op.state === "completed" ? op : null;
      },
      100_000,
      second.output,
    );
    expect(done).toMatchObject({ total: N, processed: N, succeeded: N, failed: 0 });
    const [counts] = await db().execute<{ n: number; people: number; valid: number }>(
      sql`select count(*)::int as n, count(distinct participant_id)::int as people, count(*) filter (where revoked_at is null)::int as valid from certificates where event_id = ${event.id}`,
    );
    expect(counts).toEqual({ n: N, people: N, valid: N });
  }, 180_000);
});
