// Starting an import (operation + job in one transaction, one import per request key, access checked)
// and what imported participants get: the event's approval mode, history rows, and emails only when
// the organizer asked for them. Also: an import never stays "running" when its job gives up.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { participants, participantStatusHistory } from "@/lib/db/schema";
import { previewUpload } from "@/lib/imports/preview-upload";
import { startImport } from "@/lib/imports/start-import";
import participantsImportJob from "@/jobs/participants-import";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { importJobs, operation, OWNER, startCsvImport, uploadCsv } from "../helpers/imports";
import { expectSeatCountersRight } from "../helpers/seats";
import { runJob } from "@/jobs/run-job";
import { settleOrphanedOperations } from "@/lib/operations/settle-orphaned-operations";
import { env } from "@/lib/env";
import { handlerOf } from "../helpers/run-job";

const handle = handlerOf(participantsImportJob);

beforeEach(resetDb);
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

const CSV = "Email,First name,Last name\nada@example.com,Ada,Lovelace\nalan@example.com,Alan,Turing\n";

async function jobsNamed(name: string) {
  return [
    ...(await db().execute<{ data: { participantId: string; changeId?: string } }>(sql`select data from pgboss.job where name = ${name}`)),
  ].map((r) => r.data);
}

describe("starting an import", () => {
  it("writes the operation and enqueues its job together, once per request key", async () => {
    const event = await createEvent();
    const upload = await uploadCsv(event, CSV);
    const preview = await previewUpload(db(), upload);
    const input = {
      uploadId: upload.id,
      settings: preview.settings,
      mapping: preview.mapping,
      dryRun: false,
      sendEmails: false,
      requestKey: randomUUID(),
    };
    const [a, b] = await Promise.all([startImport(db(), OWNER, event.id, input), startImport(db(), OWNER, event.id, input)]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.operationId).toBe(a.operationId);
    expect(await operation(a.operationId)).toMatchObject({
      state: "running",
      kind: "participants_import",
      createdBy: OWNER.id,
      createdByName: OWNER.name,
    });
    expect(await importJobs(a.operationId)).toHaveLength(1);

    const again = await startImport(db(), OWNER, event.id, { ...input, requestKey: randomUUID() });
    expect(again.ok && again.operationId).not.toBe(a.operationId);
  });

  it("refuses an event the organizer may not see and an upload of another event", async () => {
    const event = await createEvent();
    const other = await createEvent();
    const upload = await uploadCsv(event, CSV);
    const preview = await previewUpload(db(), upload);
    const input = {
      uploadId: upload.id,
      settings: preview.settings,
      mapping: preview.mapping,
      dryRun: false,
      sendEmails: false,
      requestKey: randomUUID(),
    };
    const stranger = { id: "someone-else", name: "Someone", role: "organizer" as const };
    expect(await startImport(db(), stranger, event.id, input)).toEqual({ ok: false, reason: "not_found" });
    expect(await startImport(db(), OWNER, other.id, input)).toEqual({ ok: false, reason: "not_found" });
    const [{ n }] = await db().execute<{ n: number }>(sql`select count(*)::int as n from operations`);
    expect(n).toBe(0);
  });
});

describe("imported participants", () => {
  it("are approved with a history entry on an automatic event, and get no email unless asked", async () => {
    const event = await createEvent({ approvalMode: "automatic" });
    const operationId = await startCsvImport(event, CSV);
    await handle(db(), { operationId });
    const rows = await db().select().from(participants);
    expect(rows.map((r) => r.status)).toEqual(["approved", "approved"]);
    expect(rows.every((r) => r.statusChangedAt instanceof Date && r.source === "csv")).toBe(true);
    const history = await db().select().from(participantStatusHistory);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ fromStatus: null, toStatus: "approved", changedBy: OWNER.id, changedByName: "CSV import" });
    expect(await jobsNamed("participant.approved")).toEqual([]);
    expect(await jobsNamed("registration.process")).toEqual([]);
  });

  it("get the approval email (ticket) through participant.approved keyed by their history entry when asked", async () => {
    const event = await createEvent({ approvalMode: "automatic" });
    const operationId = await startCsvImport(event, CSV, { sendEmails: true });
    await handle(db(), { operationId });
    const history = await db().select().from(participantStatusHistory);
    const jobs = await jobsNamed("participant.approved");
    expect(jobs.map((j) => `${j.participantId}:${j.changeId}`).sort()).toEqual(history.map((h) => `${h.participantId}:${h.id}`).sort());
  });

  it("stay pending on a manual event, and get the registration email through registration.process only when asked", async () => {
    const quiet = await createEvent({ approvalMode: "manual" });
    await handle(db(), { operationId: await startCsvImport(quiet, CSV) });
    expect((await db().select().from(participants)).map((r) => r.status)).toEqual(["pending", "pending"]);
    expect(await jobsNamed("registration.process")).toEqual([]);

    const loud = await createEvent({ approvalMode: "manual" });
    await handle(db(), { operationId: await startCsvImport(loud, CSV.replace(/example/g, "example2"), { sendEmails: true }) });
    const ids = (await db().execute<{ id: string }>(sql`select id from participants where event_id = ${loud.id}`)).map((r) => r.id);
    expect((await jobsNamed("registration.process")).map((j) => j.participantId).sort()).toEqual(ids.sort());
    expect(await db().select().from(participantStatusHistory)).toEqual([]);
  });
});

describe("an import whose job gives up", () => {
  async function withRefusedName<T>(fn: () => Promise<T>): Promise<T> {
    // A real database error on insert (not a problem with the file): the handler must let pg-boss retry it.
    await db().execute(sql`alter table participants add constraint h5_test_refused check (first_name <> 'Refused')`);
    try {
      return await fn();
    } finally {
      await db().execute(sql`alter table participants drop constraint h5_test_refused`);
    }
  }

  it("stays running for a retry while attempts are left, and is marked failed on the last one", async () => {
    const event = await createEvent();
    const operationId = await startCsvImport(event, "Email,First name,Last name\nr@example.com,Refused,Name\n");
    await withRefusedName(async () => {
      // Through the worker's runner, as pg-boss hands it the job's second and then its last attempt.
      await expect(runJob(participantsImportJob, { operationId }, { id: "second", retryCount: 1, retryLimit: 3 }, env())).rejects.toThrow();
      expect(await operation(operationId)).toMatchObject({ state: "running" });

      await expect(runJob(participantsImportJob, { operationId }, { id: "last", retryCount: 3, retryLimit: 3 }, env())).rejects.toThrow();
    });
    const op = await operation(operationId);
    expect(op).toMatchObject({ state: "failed", error: expect.stringContaining("The import stopped after several attempts") });
    expect(op.finishedAt).toBeInstanceOf(Date);
  });

  it("is marked failed by the orphan finder after its job failed for good, and left alone while the job lives", async () => {
    const event = await createEvent();
    const operationId = await startCsvImport(event, CSV);
    expect(await settleOrphanedOperations(db())).toEqual({});
    await db().execute(sql`update pgboss.job set state = 'retry' where data->>'operationId' = ${operationId}`);
    expect(await settleOrphanedOperations(db())).toEqual({});
    await db().execute(sql`update pgboss.job set state = 'failed' where data->>'operationId' = ${operationId}`);
    expect(await settleOrphanedOperations(db())).toEqual({ participants_import: 1 });
    expect(await operation(operationId)).toMatchObject({ state: "failed", error: expect.stringContaining("stopped unexpectedly") });
  });
});
