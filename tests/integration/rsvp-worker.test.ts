// Bulk RSVP sends on real worker processes (node --import tsx jobs/worker.ts) against the fake Resend
// limited to 2 requests/s, as production would meet Resend:
// - a worker killed (SIGKILL) while a batch call is with the provider, then started again: every
//   recipient gets exactly one email and the counters match;
// - the provider answering 429 with retry-after for a while: the send slows down and loses no one;
// - a registration confirmed and an approval's ticket sent within seconds during a large bulk send.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { messages, operations, participants } from "@/lib/db/schema";
import { approveParticipants } from "@/lib/participants/approve-participants";
import { registerParticipant } from "@/lib/participants/register-participant";
import { startRsvpSend } from "@/lib/rsvp/start-rsvp-send";
import { createEvent, registration } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";
import { addManyParticipants, addParticipants, createUser } from "../helpers/participants";
import { startWorkerProcess, until, type WorkerProcess } from "../helpers/worker-process";

const fake = await fakeResendForFile({ apiKey: "re_worker", requestsPerSecond: 2 });
const workers: WorkerProcess[] = [];
afterEach(async () => {
  for (const w of workers.splice(0)) {
    w.kill();
    await w.exited;
  }
});

async function startWorker(): Promise<WorkerProcess> {
  const w = startWorkerProcess({ EMAIL_TRANSPORT: "resend", RESEND_BASE_URL: fake.url, RESEND_API_KEY: "re_worker", LOG_LEVEL: "info" });
  workers.push(w);
  await w.waitForLog("ready", 60_000);
  return w;
}

async function operation(id: string) {
  const [op] = await db().select().from(operations).where(eq(operations.id, id));
  return op;
}

async function startBulk(n: number) {
  const owner = await createUser("owner");
  const event = await createEvent({ title: "Reliability Day" });
  await addManyParticipants(event.id, n, "approved");
  const started = await startRsvpSend(db(), owner, event.id, { filter: { status: "approved", rsvp: "none" } }, randomUUID());
  if (!started.ok) throw new Error(started.reason);
  return { owner, event, operationId: started.operationId };
}

function receivedPerAddress(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of fake.received) counts.set(e.to[0], (counts.get(e.to[0]) ?? 0) + 1);
  return counts;
}

async function expectExactlyOnce(eventId: string, operationId: string, n: number) {
  const op = await operation(operationId);
  expect(op).toMatchObject({ state: "completed", total: n, processed: n, succeeded: n, failed: 0, skipped: 0 });
  const bulk = fake.received.filter((e) => e.batch);
  const counts = receivedPerAddress();
  const recipients = await db().select({ email: participants.email }).from(participants).where(eq(participants.eventId, eventId));
  // None missing, none twice.
  expect(bulk).toHaveLength(n);
  expect(recipients.every((r) => counts.get(r.email) === 1)).toBe(true);
  const [m] = await db().execute<{ sent: number; other: number; items: number }>(sql`
    select count(*) filter (where status = 'sent')::int as sent, count(*) filter (where status <> 'sent')::int as other,
           (select count(*)::int from operation_items where operation_id = ${operationId} and status = 'succeeded') as items
    from messages where operation_id = ${operationId}`);
  expect(m).toEqual({ sent: n, other: 0, items: n });
}

describe("a bulk RSVP send on worker processes", () => {
  it("killed with SIGKILL while a batch call is with the provider, then restarted, sends everyone exactly once", async () => {
    const { event, operationId } = await startBulk(2000);
    // A slow provider: the kill lands while the provider has taken a batch but not yet answered.
    fake.setLatency(800);
    const first = await startWorker();
    const batchRequests = () => fake.requests.filter((r) => r.path === "/emails/batch");
    await until("the sixth batch call to reach the provider", () => batchRequests().length >= 6, 60_000, first.output);
    first.kill();
    await first.exited;
    fake.setLatency(0);

    const killed = await operation(operationId);
    expect(killed.state).toBe("running");
    expect(killed.processed).toBeLessThan(2000);
    // The provider accepted more than the worker recorded: the in-flight call's emails.
    expect(fake.received.length).toBeGreaterThan(killed.succeeded);

    await startWorker();
    await until(
      "the operation to complete",
      async () => (await operation(operationId)).state === "completed",
      150_000,
      () => workers.map((w) => w.output()).join("\n"),
    );
    await expectExactlyOnce(event.id, operationId, 2000);
    // The in-flight call was made again with the same idempotency key, and answered without sending.
    const keys = batchRequests()
      .filter((r) => r.status === 200)
      .map((r) => r.idempotencyKey);
    expect(keys.length).toBeGreaterThan(new Set(keys).size);
  }, 240_000);

  it("met by 429s with retry-after for a while, slows down and completes without losing anyone", async () => {
    const { event, operationId } = await startBulk(600);
    // Ten 429s in a row after the third call: more than the transport waits out in-process, so the
    // job itself is retried too.
    fake.failNext(10, "429", { retryAfterSeconds: 2, after: 3 });
    const started = Date.now();
    await startWorker();
    await until(
      "the operation to complete",
      async () => (await operation(operationId)).state === "completed",
      120_000,
      () => workers.map((w) => w.output()).join("\n"),
    );
    const elapsed = Date.now() - started;

    await expectExactlyOnce(event.id, operationId, 600);
    const calls = fake.requests.filter((r) => r.path === "/emails/batch");
    const limited = calls.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(10);
    // Each 429's retry-after was honoured: the next call came at least ~2 s later.
    for (const r of limited) {
      const next = calls.find((c) => c.at > r.at);
      if (next) expect(next.at - r.at).toBeGreaterThanOrEqual(1900);
    }
    // Six calls take ~3 s at 2/s; ten 2-second pauses make it slower, not lost.
    expect(elapsed).toBeGreaterThan(20_000);
  }, 180_000);

  it("a registration is confirmed and an approval's ticket sent within seconds during a 10,000-recipient bulk send", async () => {
    const { owner, event, operationId } = await startBulk(10_000);
    await startWorker();
    await until(
      "the bulk send to be under way",
      async () => (await operation(operationId)).succeeded >= 300,
      60_000,
      () => workers[0].output(),
    );

    const registeredAt = Date.now();
    const registered = await registerParticipant(db(), event.id, registration({ email: "late-comer@example.org" }));
    if (!registered.ok) throw new Error(registered.reason);
    const confirmation = await until(
      "the registration email to be sent",
      async () => {
        const [m] = await db().select().from(messages).where(eq(messages.participantId, registered.participantId));
        return m?.status === "sent" ? m : undefined;
      },
      20_000,
    );
    const confirmationMs = confirmation.sentAt!.getTime() - registeredAt;

    const [pending] = await addParticipants(event.id, [
      { firstName: "Tessa", lastName: "Ticket", email: "tessa@example.org", status: "pending" },
    ]);
    const approvedAt = Date.now();
    await approveParticipants(db(), owner, event.id, { ids: [pending.id] });
    const ticket = await until(
      "the approval email with the ticket to be sent",
      async () => {
        const [m] = await db()
          .select()
          .from(messages)
          .where(sql`${messages.participantId} = ${pending.id} and ${messages.kind} = 'approved'`);
        return m?.status === "sent" ? m : undefined;
      },
      20_000,
    );
    const ticketMs = ticket.sentAt!.getTime() - approvedAt;

    const during = await operation(operationId);
    console.log(
      `[rsvp-worker] during a ${during.total}-recipient bulk send: confirmation sent ${confirmationMs} ms after registering, ticket ${ticketMs} ms after approving (bulk at ${during.processed}/${during.total})`,
    );
    expect(during.state).toBe("running");
    expect(during.processed).toBeLessThan(during.total);
    expect(confirmationMs).toBeLessThan(5_000);
    expect(ticketMs).toBeLessThan(8_000);
    expect(fake.received.some((e) => !e.batch && e.to[0] === "late-comer@example.org")).toBe(true);
    expect(fake.received.some((e) => !e.batch && e.to[0] === "tessa@example.org" && e.attachments?.length)).toBe(true);
  }, 120_000);
});
