// An organizer's bulk cancellation (operation participants_cancel: start-bulk-cancel.ts, then the
// participants.cancel job on real worker processes) against the fake Resend:
// - by selection, without email: each chosen participant cancelled once, the freed seats offered to
//   exactly as many people waiting, in order, and no cancellation email at all;
// - by filter, with email, the worker killed with SIGKILL while a batch of cancellation emails is with
//   the provider, then started again: everyone cancelled once, emailed once, the waitlist refilled
//   exactly.
// Seat counters are checked after every test.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { events, operations, participants } from "@/lib/db/schema";
import { startBulkCancel } from "@/lib/participants/start-bulk-cancel";
import { createEvent } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";
import { addManyParticipants, addParticipants, createUser, historyOf } from "../helpers/participants";
import { expectSeatCountersRight } from "../helpers/seats";
import { startWorkerProcess, until, type WorkerProcess } from "../helpers/worker-process";

const fake = await fakeResendForFile({ apiKey: "re_cancel", requestsPerSecond: 2 });
const workers: WorkerProcess[] = [];
afterEach(async () => {
  for (const w of workers.splice(0)) {
    w.kill();
    await w.exited;
  }
});
afterEach(expectSeatCountersRight);

async function startWorker(): Promise<WorkerProcess> {
  const w = startWorkerProcess({ EMAIL_TRANSPORT: "resend", RESEND_BASE_URL: fake.url, RESEND_API_KEY: "re_cancel", LOG_LEVEL: "info" });
  workers.push(w);
  await w.waitForLog("ready", 60_000);
  return w;
}

const allOutput = () => workers.map((w) => w.output()).join("\n");

async function operation(id: string) {
  const [op] = await db().select().from(operations).where(eq(operations.id, id));
  return op;
}

async function statuses(eventId: string) {
  const rows = await db().execute<{ status: string; n: number }>(
    sql`select status, count(*)::int as n from participants where event_id = ${eventId} group by status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** n people waiting, joined one second apart in the order of the list. */
async function addWaiting(eventId: string, n: number) {
  return addParticipants(
    eventId,
    Array.from({ length: n }, (_, i) => ({
      firstName: `Wait${i}`,
      lastName: "Listed",
      status: "waitlisted" as const,
      waitlistedAt: new Date(Date.now() - (n - i) * 1000),
    })),
  );
}

async function refillsIdle(eventId: string) {
  const [r] = await db().execute<{ n: number }>(
    sql`select count(*)::int as n from pgboss.job where name in ('waitlist.refill', 'waitlist.offered') and state in ('created', 'retry', 'active')
        and (data->>'eventId' = ${eventId} or data->>'participantId' in (select id::text from participants where event_id = ${eventId}))`,
  );
  return r.n === 0;
}

describe("a bulk cancellation on worker processes", () => {
  it("by selection, without email: each chosen cancelled once, the freed seats offered to exactly as many waiting", async () => {
    const organizer = await createUser("organizer");
    const event = await createEvent({ capacity: 5, approvalMode: "automatic", createdBy: organizer.id });
    const seated = await addParticipants(
      event.id,
      Array.from({ length: 5 }, (_, i) => ({ firstName: `Seat${i}`, lastName: "Holder", status: "approved" as const })),
    );
    const [gone] = await addParticipants(event.id, [{ firstName: "Gone", lastName: "Before", status: "cancelled" }]);
    const waiting = await addWaiting(event.id, 4);

    // Two seat holders (one named twice), one already cancelled, and the last person waiting.
    const started = await startBulkCancel(
      db(),
      organizer,
      event.id,
      { ids: [seated[0].id, seated[1].id, seated[1].id, gone.id, waiting[3].id] },
      { requestId: randomUUID(), reason: "Room change", notify: false },
    );
    expect(started).toMatchObject({ ok: true, total: 3, leftOut: 1, duplicate: false });
    if (!started.ok) return;

    await startWorker();
    await until("the operation to complete", async () => (await operation(started.operationId)).state === "completed", 90_000, allOutput);
    expect(await operation(started.operationId)).toMatchObject({ total: 3, processed: 3, succeeded: 3, failed: 0, skipped: 0 });
    await until(
      "two offers sent",
      async () => fake.received.filter((e) => waiting.some((w) => w.email === e.to[0])).length >= 2,
      90_000,
      allOutput,
    );
    await until("the refills settled", () => refillsIdle(event.id), 90_000, allOutput);

    const now = async (id: string) => (await db().select().from(participants).where(eq(participants.id, id)))[0].status;
    expect(await Promise.all([seated[0], seated[1], waiting[3]].map((p) => now(p.id)))).toEqual(["cancelled", "cancelled", "cancelled"]);
    expect(await Promise.all(waiting.slice(0, 3).map((p) => now(p.id)))).toEqual(["offered", "offered", "waitlisted"]);
    expect(await Promise.all(seated.slice(2).map((p) => now(p.id)))).toEqual(["approved", "approved", "approved"]);
    const history = await historyOf([seated[0].id, seated[1].id, waiting[3].id, gone.id]);
    expect(history).toHaveLength(3);
    for (const h of history) expect(h).toMatchObject({ toStatus: "cancelled", reason: "Room change", changedBy: organizer.id });
    // No cancellation email asked for: the only emails are the two offers.
    expect(fake.received.map((e) => e.to[0]).sort()).toEqual([waiting[0].email, waiting[1].email].sort());
    const [ev] = await db().select({ seatsTaken: events.seatsTaken }).from(events).where(eq(events.id, event.id));
    expect(ev.seatsTaken).toBe(5);
  }, 240_000);

  it("by filter, with email, killed with SIGKILL mid-operation and restarted: everyone cancelled and emailed once, the waitlist refilled exactly", async () => {
    const n = 1000;
    const waitingCount = 30;
    const organizer = await createUser("organizer");
    const event = await createEvent({ capacity: n, approvalMode: "automatic", createdBy: organizer.id });
    await addManyParticipants(event.id, n, "approved");
    const waiting = await addWaiting(event.id, waitingCount);
    const started = await startBulkCancel(
      db(),
      organizer,
      event.id,
      { filter: { status: "approved" } },
      { requestId: randomUUID(), reason: "The venue closed", notify: true },
    );
    expect(started).toMatchObject({ ok: true, total: n, leftOut: 0 });
    if (!started.ok) return;

    // A slow provider: the kill lands while it has taken a batch of cancellation emails but not answered.
    fake.setLatency(800);
    const first = await startWorker();
    const batchCalls = () => fake.requests.filter((r) => r.path === "/emails/batch");
    await until("the third batch of cancellation emails at the provider", () => batchCalls().length >= 3, 90_000, first.output);
    first.kill();
    await first.exited;
    fake.setLatency(0);
    const killed = await operation(started.operationId);
    expect(killed.state).toBe("running");
    expect(killed.processed).toBeLessThan(n);
    await expectSeatCountersRight();

    await startWorker();
    await until("the operation to complete", async () => (await operation(started.operationId)).state === "completed", 200_000, allOutput);
    expect(await operation(started.operationId)).toMatchObject({ total: n, processed: n, succeeded: n, failed: 0, skipped: 0 });
    await until("the refills settled", () => refillsIdle(event.id), 90_000, allOutput);

    // Nobody lost, nobody cancelled twice.
    expect(await statuses(event.id)).toEqual({ cancelled: n, offered: waitingCount });
    const [h] = await db().execute<{ rows: number; people: number }>(sql`
      select count(*)::int as rows, count(distinct h.participant_id)::int as people
      from participant_status_history h join participants p on p.id = h.participant_id
      where p.event_id = ${event.id} and h.to_status = 'cancelled'`);
    expect(h).toEqual({ rows: n, people: n });

    // One cancellation email each at the provider, and one recorded message each, sent.
    const cancelledEmails = await db().execute<{ email: string }>(
      sql`select email from participants where event_id = ${event.id} and status = 'cancelled'`,
    );
    const perAddress = new Map<string, number>();
    for (const e of fake.received) perAddress.set(e.to[0], (perAddress.get(e.to[0]) ?? 0) + 1);
    expect(cancelledEmails.filter((r) => perAddress.get(r.email) !== 1)).toEqual([]);
    expect(fake.received.filter((e) => e.batch)).toHaveLength(n);
    const [m] = await db().execute<{ total: number; people: number; sent: number }>(sql`
      select count(*)::int as total, count(distinct participant_id)::int as people, count(*) filter (where status = 'sent')::int as sent
      from messages where event_id = ${event.id} and kind = 'cancelled'`);
    expect(m).toEqual({ total: n, people: n, sent: n });
    // The in-flight batch was sent again with its idempotency key and answered without a second email.
    const keys = batchCalls()
      .filter((r) => r.status === 200)
      .map((r) => r.idempotencyKey);
    expect(keys.length).toBeGreaterThan(new Set(keys).size);

    // The waitlist refilled exactly: everyone waiting offered once, one offer email each.
    const [o] = await db().execute<{ total: number; people: number; max_offer: number }>(sql`
      select count(*)::int as total, count(distinct participant_id)::int as people,
        (select max(offer_count) from participants where event_id = ${event.id})::int as max_offer
      from messages where event_id = ${event.id} and kind = 'waitlist_offer'`);
    expect(o).toEqual({ total: waitingCount, people: waitingCount, max_offer: 1 });
    for (const w of waiting) expect(perAddress.get(w.email)).toBe(1);
    const [ev] = await db().select({ seatsTaken: events.seatsTaken }).from(events).where(eq(events.id, event.id));
    expect(ev.seatsTaken).toBe(waitingCount);
  }, 420_000);
});
