// lib/operations: the one bulk-operation module imports, RSVP sends and certificates share. Start once
// per request key; items settle with their counters in the caller's transaction; what is pending can
// be failed (all, or one job's chunk); the failed can be retried; progress reads never write; and the
// orphan finder (a maintenance job) settles a running operation whose jobs are all gone.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import settleOrphanedJob from "@/jobs/maintenance-orphaned-operations";
import { startGeneration } from "@/lib/certificates/start-generation";
import { db } from "@/lib/db/client";
import { operationItems, operations } from "@/lib/db/schema";
import { failPendingItems } from "@/lib/operations/fail-pending-items";
import { readProgress } from "@/lib/operations/progress";
import { retryFailedItems } from "@/lib/operations/retry-failed-items";
import { settleItems } from "@/lib/operations/settle-items";
import { startOperation } from "@/lib/operations/start-operation";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { addParticipants, operationRow, owner } from "../helpers/certificates";
import { jobContext } from "../helpers/run-job";
import { reasonText } from "../helpers/item-reasons";

beforeEach(resetDb);
afterAll(closeConnections);

async function generationOf(count: number) {
  const event = await createEvent();
  const ids = await addParticipants(
    event.id,
    Array.from({ length: count }, () => ({})),
  );
  const op = await startGeneration(db(), owner, event.id, randomUUID(), false);
  if (!op.ok) throw new Error("not started");
  return { event, ids, operationId: op.operationId };
}

async function itemStatuses(operationId: string) {
  const rows = await db().select({ status: operationItems.status }).from(operationItems).where(eq(operationItems.operationId, operationId));
  return rows.map((r) => r.status).sort();
}

describe("lib/operations", () => {
  it("starts one operation per request key, also when the same request comes twice", async () => {
    const event = await createEvent();
    const start = { eventId: event.id, kind: "rsvp_email" as const, requestKey: `test:${randomUUID()}`, actor: { id: null, name: "Test" } };
    const first = await db().transaction((tx) => startOperation(tx, start));
    const again = await db().transaction((tx) => startOperation(tx, start));
    expect(first.duplicate).toBe(false);
    expect(again).toMatchObject({ duplicate: true, id: first.id, eventId: event.id, total: 0 });
    expect(await db().select().from(operations).where(eq(operations.eventId, event.id))).toHaveLength(1);
  });

  it("moves an item and the counters together: a rolled-back effect leaves both, a repeated outcome counts once", async () => {
    const { ids, operationId } = await generationOf(2);
    await db()
      .transaction(async (tx) => {
        await settleItems(tx, operationId, [{ participantId: ids[0], status: "succeeded", error: null }]);
        tx.rollback();
      })
      .catch(() => {});
    expect(await operationRow(operationId)).toMatchObject({ processed: 0, succeeded: 0, state: "running" });
    expect(await itemStatuses(operationId)).toEqual(["pending", "pending"]);

    await settleItems(db(), operationId, [{ participantId: ids[0], status: "succeeded", error: null }]);
    await settleItems(db(), operationId, [{ participantId: ids[0], status: "succeeded", error: null }]);
    expect(await operationRow(operationId)).toMatchObject({ processed: 1, succeeded: 1, state: "running" });
    await settleItems(db(), operationId, [{ participantId: ids[1], status: "skipped", error: "Already has a certificate." }]);
    expect(await operationRow(operationId)).toMatchObject({ processed: 2, succeeded: 1, skipped: 1, state: "completed" });
  });

  it("fails only one chunk's pending items when asked to, then retries the failed ones", async () => {
    const { ids, operationId } = await generationOf(3);
    expect(await failPendingItems(db(), operationId, "boom", { participantIds: ids.slice(0, 2) })).toBe(2);
    expect(await operationRow(operationId)).toMatchObject({ processed: 2, failed: 2, state: "running" });
    expect(await failPendingItems(db(), operationId, "boom")).toBe(1);
    expect(await operationRow(operationId)).toMatchObject({ processed: 3, failed: 3, state: "completed" });
    expect(await failPendingItems(db(), operationId, "boom")).toBe(0);

    const retried = await db().transaction((tx) => retryFailedItems(tx, operationId));
    expect(retried.sort()).toEqual([...ids].sort());
    expect(await operationRow(operationId)).toMatchObject({ processed: 0, failed: 0, state: "running", finishedAt: null });
    expect(await itemStatuses(operationId)).toEqual(["pending", "pending", "pending"]);
  });

  it("reads any kind's progress without writing, and leaves an orphaned run to the maintenance job", async () => {
    const { event, operationId } = await generationOf(3);
    expect(await readProgress(db(), event.id, operationId, "en")).toMatchObject({
      id: operationId,
      kind: "certificates_generate",
      state: "running",
      total: 3,
      processed: 0,
    });
    expect(await readProgress(db(), event.id, "not-a-uuid", "en")).toBeNull();
    expect(await readProgress(db(), (await createEvent()).id, operationId, "en")).toBeNull();

    // Its render job is gone (cancelled on the Jobs page, or its worker killed on the last attempt).
    await db().execute(
      sql`update pgboss.job set state = 'cancelled' where name = 'certificates.render' and data->>'operationId' = ${operationId}`,
    );
    expect(await readProgress(db(), event.id, operationId, "en")).toMatchObject({ state: "running", processed: 0 });
    expect(await operationRow(operationId)).toMatchObject({ state: "running", processed: 0 });

    expect(await settleOrphanedJob.handle(jobContext(db()), null)).toEqual({ certificates_generate: 1 });
    expect(await readProgress(db(), event.id, operationId, "en")).toMatchObject({ state: "completed", processed: 3, failed: 3 });
    const [item] = await db().select().from(operationItems).where(eq(operationItems.operationId, operationId));
    expect(reasonText(item.error)).toMatch(/stopped unexpectedly/);
    expect(await settleOrphanedJob.handle(jobContext(db()), null)).toEqual({});
  });

  it("leaves a running operation alone while one of its jobs still waits or runs", async () => {
    const { operationId } = await generationOf(2);
    await db().execute(
      sql`update pgboss.job set state = 'active' where name = 'certificates.render' and data->>'operationId' = ${operationId}`,
    );
    expect(await settleOrphanedJob.handle(jobContext(db()), null)).toEqual({});
    expect(await operationRow(operationId)).toMatchObject({ state: "running" });
  });
});
