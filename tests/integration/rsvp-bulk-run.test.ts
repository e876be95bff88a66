// Running a bulk RSVP send (in this process, against the fake Resend): 100 emails per provider call,
// counters and items committed with each call's outcome, completion by itself, recipients skipped
// or failed with their reason, "Retry failed" re-sending the same messages, a run stopped half-way
// resumed without duplicates, and a send whose job is gone never left running.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listUnsentItems } from "@/lib/db/queries/operations";
import { messages, operationItems, operations, participants, type Event } from "@/lib/db/schema";
import { RateLimiter } from "@/lib/email/rate-limiter";
import { createResendTransport } from "@/lib/email/resend-transport";
import { deleteParticipantData } from "@/lib/participants/delete-participant-data";
import { findRsvpInvitation } from "@/lib/rsvp/find-rsvp-invitation";
import { retryFailedRsvp } from "@/lib/rsvp/retry-failed-rsvp";
import rsvpBulkJob from "@/jobs/rsvp-bulk";
import { settleOrphanedOperations } from "@/lib/operations/settle-orphaned-operations";
import { jobContext } from "../helpers/run-job";
import { runRsvpSend } from "@/lib/rsvp/run-rsvp-send";
import { startRsvpSend } from "@/lib/rsvp/start-rsvp-send";
import { createEvent } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";
import { reasonText } from "../helpers/item-reasons";
import { addManyParticipants, createUser, jobPayloads } from "../helpers/participants";

const fake = await fakeResendForFile({ apiKey: "re_test" });

const resend = () =>
  createResendTransport({ apiKey: "re_test", baseUrl: fake.url, timeoutMs: 2_000, limiter: new RateLimiter({ requestsPerSecond: 50 }) });

async function operation(id: string) {
  const [op] = await db().select().from(operations).where(eq(operations.id, id));
  return op;
}

async function startFor(n: number): Promise<{ event: Event; operationId: string }> {
  const owner = await createUser("owner");
  const event = await createEvent({ title: "Bulk Day" });
  await addManyParticipants(event.id, n, "approved");
  const started = await startRsvpSend(db(), owner, event.id, { filter: { status: "approved", rsvp: "none" } }, randomUUID());
  if (!started.ok) throw new Error(`could not start: ${started.reason}`);
  return { event, operationId: started.operationId };
}

/** Recipient addresses the fake accepted, and how often each. */
function receivedCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of fake.received) counts.set(e.to[0], (counts.get(e.to[0]) ?? 0) + 1);
  return counts;
}

describe("a bulk RSVP send", () => {
  it("sends 250 recipients in 3 batch calls, each email keyed by operation and participant, and completes by itself", async () => {
    const { event, operationId } = await startFor(250);
    await runRsvpSend(db(), operationId, { transport: resend() });

    const batchCalls = fake.requests.filter((r) => r.path === "/emails/batch" && r.status === 200);
    expect(batchCalls).toHaveLength(3);
    expect(fake.requests.filter((r) => r.path === "/emails")).toHaveLength(0);
    const counts = receivedCounts();
    expect(counts.size).toBe(250);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);

    const op = await operation(operationId);
    expect(op).toMatchObject({ state: "completed", total: 250, processed: 250, succeeded: 250, failed: 0, skipped: 0 });
    expect(op.startedAt).toBeInstanceOf(Date);
    expect(op.finishedAt).toBeInstanceOf(Date);
    const rows = await db().select().from(messages).where(eq(messages.operationId, operationId));
    expect(rows).toHaveLength(250);
    expect(rows.every((m) => m.status === "sent" && m.key === `rsvp:${operationId}:${m.participantId}` && m.kind === "rsvp_request")).toBe(
      true,
    );
    const [{ pending }] = await db().execute<{ pending: number }>(
      sql`select count(*) filter (where status <> 'succeeded')::int as pending from operation_items where operation_id = ${operationId}`,
    );
    expect(pending).toBe(0);

    // Each email's link opens that participant's answer page.
    const sample = fake.received[17];
    const token = /\/rsvp\/([A-Za-z0-9_-]{48})/.exec(sample.text!)![1];
    const invitation = await findRsvpInvitation(db(), token);
    expect(invitation?.event.id).toBe(event.id);
    const [p] = await db().select().from(participants).where(eq(participants.id, invitation!.participantId));
    expect(p.email).toBe(sample.to[0]);
  });

  it("run again after completing, does nothing", async () => {
    const { operationId } = await startFor(30);
    await runRsvpSend(db(), operationId, { transport: resend() });
    await runRsvpSend(db(), operationId, { transport: resend() });
    expect(fake.received).toHaveLength(30);
    expect(await operation(operationId)).toMatchObject({ state: "completed", processed: 30, succeeded: 30 });
  });

  it("two runs at once send every email once", async () => {
    const { operationId } = await startFor(220);
    await Promise.all([runRsvpSend(db(), operationId, { transport: resend() }), runRsvpSend(db(), operationId, { transport: resend() })]);
    expect(receivedCounts().size).toBe(220);
    expect(fake.received).toHaveLength(220);
    expect(await operation(operationId)).toMatchObject({ state: "completed", processed: 220, succeeded: 220 });
  });

  it("stopped after two chunks (a crash), resumes with the rest: no one twice, no one missing", async () => {
    const { operationId } = await startFor(450);
    const crash = new Error("worker died");
    await expect(
      runRsvpSend(db(), operationId, {
        transport: resend(),
        afterChunk: (n) => {
          if (n === 2) throw crash;
        },
      }),
    ).rejects.toBe(crash);
    const half = await operation(operationId);
    expect(half.state).toBe("running");
    expect(half.succeeded).toBe(200);
    expect(fake.received).toHaveLength(200);

    await runRsvpSend(db(), operationId, { transport: resend() });
    const counts = receivedCounts();
    expect(counts.size).toBe(450);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(await operation(operationId)).toMatchObject({ state: "completed", processed: 450, succeeded: 450 });
  });

  it("skips recipients deleted or no longer approved, with the reason, and still completes", async () => {
    const { event, operationId } = await startFor(5);
    const people = await db().select().from(participants).where(eq(participants.eventId, event.id)).orderBy(participants.lastName);
    await db().update(participants).set({ status: "rejected" }).where(eq(participants.id, people[0].id));
    await db().delete(participants).where(eq(participants.id, people[1].id));
    await runRsvpSend(db(), operationId, { transport: resend() });
    expect(await operation(operationId)).toMatchObject({ state: "completed", total: 5, processed: 5, succeeded: 3, skipped: 2, failed: 0 });
    const unsent = await listUnsentItems(db(), operationId);
    expect(unsent.total).toBe(2);
    expect(unsent.rows.map((r) => reasonText(r.error)).sort()).toEqual([
      "No longer approved (now Rejected).",
      "The participant was deleted.",
    ]);
  });

  it("asks nobody whose turn comes after the event started", async () => {
    const { event, operationId } = await startFor(3);
    await db().execute(sql`update events set starts_at = now() - interval '1 minute' where id = ${event.id}`);
    await runRsvpSend(db(), operationId, { transport: resend() });
    expect(await operation(operationId)).toMatchObject({ state: "completed", processed: 3, skipped: 3, succeeded: 0 });
    expect(fake.received).toHaveLength(0);
    expect(reasonText((await listUnsentItems(db(), operationId)).rows[0].error)).toBe("The event had started: too late to ask.");
  });

  it("a recipient whose personal data is deleted before their turn drops out, and the send still completes", async () => {
    const { event, operationId } = await startFor(4);
    const owner = await createUser("organizer");
    await db().execute(sql`update events set created_by = ${owner.id} where id = ${event.id}`);
    const [gone] = await db().select().from(participants).where(eq(participants.eventId, event.id)).limit(1);
    expect((await deleteParticipantData(db(), owner, event.id, gone.id)).ok).toBe(true);
    await runRsvpSend(db(), operationId, { transport: resend() });
    expect(await operation(operationId)).toMatchObject({ state: "completed", total: 3, processed: 3, succeeded: 3 });
    expect(fake.received.map((e) => e.to[0])).not.toContain(gone.email);
  });

  it("a provider refusal fails that call's recipients with the reason; Retry failed re-sends the same messages", async () => {
    const { event, operationId } = await startFor(150);
    const owner = await createUser("organizer");
    await db().execute(sql`update events set created_by = ${owner.id} where id = ${event.id}`);
    fake.failNext(1, "validation", { after: 1 });
    await runRsvpSend(db(), operationId, { transport: resend() });

    const done = await operation(operationId);
    expect(done).toMatchObject({ state: "completed", processed: 150, succeeded: 100, failed: 50 });
    const unsent = await listUnsentItems(db(), operationId);
    expect(unsent.total).toBe(50);
    expect(unsent.rows[0]).toMatchObject({ status: "failed", attempts: 1 });
    expect(unsent.rows[0].error).toMatch(/validation_error/);
    expect(unsent.rows[0].email).toMatch(/@example\.com$/);
    const messageCount = async () => (await db().select().from(messages).where(eq(messages.operationId, operationId))).length;
    expect(await messageCount()).toBe(150);

    const retried = await retryFailedRsvp(db(), owner, event.id, operationId);
    expect(retried).toEqual({ ok: true, retried: 50 });
    expect(await operation(operationId)).toMatchObject({ state: "running", processed: 100, failed: 0, finishedAt: null });
    expect(await jobPayloads("rsvp.bulk")).toHaveLength(2);
    // A second click while it runs changes nothing.
    expect(await retryFailedRsvp(db(), owner, event.id, operationId)).toEqual({ ok: false, reason: "running" });

    await runRsvpSend(db(), operationId, { transport: resend() });
    expect(await operation(operationId)).toMatchObject({ state: "completed", processed: 150, succeeded: 150, failed: 0 });
    expect(await messageCount()).toBe(150);
    const counts = receivedCounts();
    expect(counts.size).toBe(150);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const items = await db().select().from(operationItems).where(eq(operationItems.operationId, operationId));
    expect(items.filter((i) => i.attempts === 2)).toHaveLength(50);
    expect(await retryFailedRsvp(db(), owner, event.id, operationId)).toEqual({ ok: false, reason: "nothing" });
  });

  it("Retry failed is refused for another organizer's operation or event", async () => {
    const { event, operationId } = await startFor(3);
    await runRsvpSend(db(), operationId, { transport: resend() });
    const stranger = await createUser("organizer");
    expect(await retryFailedRsvp(db(), stranger, event.id, operationId)).toEqual({ ok: false, reason: "not_found" });
    expect(await retryFailedRsvp(db(), stranger, event.id, "not-a-uuid")).toEqual({ ok: false, reason: "not_found" });
  });

  it("whose job is gone is not left running: its pending recipients are marked failed for a retry", async () => {
    const { operationId } = await startFor(4);
    expect(await settleOrphanedOperations(db())).toEqual({});
    await db().execute(sql`delete from pgboss.job where name = 'rsvp.bulk'`);
    expect(await settleOrphanedOperations(db())).toEqual({ rsvp_email: 1 });
    const op = await operation(operationId);
    expect(op).toMatchObject({ state: "completed", processed: 4, failed: 4 });
    expect(reasonText((await listUnsentItems(db(), operationId)).rows[0].error)).toMatch(/stopped unexpectedly/);
    expect(await settleOrphanedOperations(db())).toEqual({});
  });

  it("when its job's last attempt fails, marks the recipients still pending failed", async () => {
    const { operationId } = await startFor(3);
    await rsvpBulkJob.onGiveUp!(jobContext(db(), { attempt: 21, isLastAttempt: true }), { operationId }, "rate limited");
    expect(await operation(operationId)).toMatchObject({ state: "completed", processed: 3, failed: 3, succeeded: 0 });
    expect(reasonText((await listUnsentItems(db(), operationId)).rows[0].error)).toBe("Not sent after several attempts: rate limited");
  });
});
