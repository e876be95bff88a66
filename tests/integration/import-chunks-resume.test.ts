// Duplicates, chunked commits and resuming: a crashed import resumes without duplicates or gaps and
// with counters that match; two runs at once import each row once; a dry run writes no participant.
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { participants } from "@/lib/db/schema";
import { runImport } from "@/lib/imports/run-import";
import participantsImportJob from "@/jobs/participants-import";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { importedOf, operation, rowErrors, startCsvImport } from "../helpers/imports";
import { expectSeatCountersRight } from "../helpers/seats";
import { handlerOf } from "../helpers/run-job";

const handle = handlerOf(participantsImportJob);

beforeEach(resetDb);
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

class Crash extends Error {}

/** n rows; every 10th is invalid and every 7th repeats the email of the row 5 above it. */
function generated(n: number): string {
  const lines = ["Email,First name,Last name"];
  for (let i = 1; i <= n; i++) {
    if (i % 10 === 0) lines.push(`broken-${i},Bad,Row`);
    else if (i % 7 === 0 && i > 5) lines.push(`person${i - 5}@example.com,Again,Person`);
    else lines.push(`Person${i}@Example.com,Person,${i}`);
  }
  return `${lines.join("\n")}\n`;
}

async function expectOutcome(eventId: string, operationId: string, n: number) {
  const op = await operation(operationId);
  const errors = await rowErrors(operationId);
  const imported = await importedOf(eventId);
  // Every row accounted for exactly once: imported, or reported with its reason.
  expect(op).toMatchObject({ state: "completed", total: n, processed: n });
  expect(op.succeeded + op.failed + op.skipped).toBe(n);
  expect(imported).toHaveLength(op.succeeded);
  expect(errors).toHaveLength(op.failed + op.skipped);
  expect(new Set(imported.map((r) => r.email)).size).toBe(imported.length);
  expect(op.cursor).toBe(n + 1);
  return { op, errors, imported };
}

describe("duplicates", () => {
  it("skips an email repeated in the file and one already registered (in any case), reporting each", async () => {
    const event = await createEvent();
    await db().insert(participants).values({ eventId: event.id, firstName: "Ada", lastName: "Old", email: "Ada@Example.com" });
    const operationId = await startCsvImport(
      event,
      "Email,First name,Last name\nada@example.com,Ada,Lovelace\nalan@example.com,Alan,Turing\nALAN@example.com,Alan,Again\nalan@example.com,Alan,Third\n",
    );
    await handle(db(), { operationId });
    expect(await operation(operationId)).toMatchObject({ state: "completed", total: 4, succeeded: 1, skipped: 3, failed: 0 });
    expect(await rowErrors(operationId)).toEqual([
      { row: 2, outcome: "skipped", reason: "Already registered for this event" },
      { row: 4, outcome: "skipped", reason: "Same email as row 3" },
      { row: 5, outcome: "skipped", reason: "Same email as row 3" },
    ]);
    expect((await importedOf(event.id)).map((r) => r.last_name).sort()).toEqual(["Old", "Turing"]);
  });

  it("reports a duplicate in a later chunk against the row in an earlier one", async () => {
    const event = await createEvent();
    const operationId = await startCsvImport(event, generated(100));
    await runImport(db(), operationId, { chunkRows: 8 });
    const { errors } = await expectOutcome(event.id, operationId, 100);
    expect(errors.find((e) => e.row === 15)).toEqual({ row: 15, outcome: "skipped", reason: "Same email as row 10" });
  });
});

describe("chunks and crashes", () => {
  it("resumes after a crash between chunks with no duplicates, no gaps and matching counters", async () => {
    const n = 250;
    const reference = await createEvent();
    const refId = await startCsvImport(reference, generated(n));
    await runImport(db(), refId, { chunkRows: 20 });
    const expected = await expectOutcome(reference.id, refId, n);

    const event = await createEvent();
    const operationId = await startCsvImport(event, generated(n));
    await expect(
      runImport(db(), operationId, {
        chunkRows: 20,
        afterChunk: (chunks) => {
          if (chunks === 3) throw new Crash("worker died");
        },
      }),
    ).rejects.toThrow(Crash);
    const midway = await operation(operationId);
    // Whole chunks of 20 rows committed with their counters and cursor: the three confirmed, and the
    // one that was already in flight when the run stopped, if it got through.
    expect(midway.state).toBe("running");
    expect([60, 80]).toContain(midway.processed);
    expect(midway.cursor).toBe(midway.processed + 1);
    expect(await importedOf(event.id)).toHaveLength(midway.succeeded);
    expect(await rowErrors(operationId)).toHaveLength(midway.failed + midway.skipped);

    await handle(db(), { operationId });
    const resumed = await expectOutcome(event.id, operationId, n);
    expect(resumed.op).toMatchObject({ succeeded: expected.op.succeeded, failed: expected.op.failed, skipped: expected.op.skipped });
    expect(resumed.errors).toEqual(expected.errors);
    expect(resumed.imported.map((r) => r.email).sort()).toEqual(expected.imported.map((r) => r.email).sort());
  });

  it("imports each row once when two runs of the same job overlap", async () => {
    const event = await createEvent();
    const operationId = await startCsvImport(event, generated(300));
    await Promise.all([runImport(db(), operationId, { chunkRows: 15 }), runImport(db(), operationId, { chunkRows: 15 })]);
    await expectOutcome(event.id, operationId, 300);
  });

  it("does nothing when run again after completing", async () => {
    const event = await createEvent();
    const operationId = await startCsvImport(event, generated(30));
    await handle(db(), { operationId });
    const first = await operation(operationId);
    await handle(db(), { operationId });
    expect(await operation(operationId)).toEqual(first);
    expect(await importedOf(event.id)).toHaveLength(first.succeeded);
  });

  it("stops at the next chunk when the operation was cancelled", async () => {
    const event = await createEvent();
    const operationId = await startCsvImport(event, generated(100));
    await runImport(db(), operationId, {
      chunkRows: 10,
      afterChunk: async (chunks) => {
        if (chunks === 2) await db().execute(sql`update operations set state = 'cancelled' where id = ${operationId}`);
      },
    });
    const op = await operation(operationId);
    // Cancelled after the second chunk: the third may have been committing at that moment, no more.
    expect(op.state).toBe("cancelled");
    expect([20, 30]).toContain(op.processed);
    expect(await importedOf(event.id)).toHaveLength(op.succeeded);
  });
});

describe("dry run", () => {
  it("validates and reports every row, counting what would be imported, and writes no participant", async () => {
    const event = await createEvent();
    await db().insert(participants).values({ eventId: event.id, firstName: "Existing", lastName: "One", email: "person1@example.com" });
    const operationId = await startCsvImport(event, generated(60), { dryRun: true, sendEmails: true });
    await handle(db(), { operationId });
    const op = await operation(operationId);
    expect(op).toMatchObject({ state: "completed", total: 60, processed: 60 });
    expect(op.params).toMatchObject({ dryRun: true, sendEmails: false });
    expect(op.succeeded).toBe(60 - op.failed - op.skipped);
    expect(await rowErrors(operationId)).toContainEqual({ row: 2, outcome: "skipped", reason: "Already registered for this event" });
    expect(await importedOf(event.id)).toHaveLength(1);
    const [{ n }] = await db().execute<{ n: number }>(
      sql`select count(*)::int as n from pgboss.job where name in ('participant.approved', 'registration.process')`,
    );
    expect(n).toBe(0);
  });
});
