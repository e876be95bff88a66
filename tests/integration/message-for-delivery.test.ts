// createMessageForDelivery: a worker's new message gets its first send attempt in the transaction
// that records it (one transaction less per email), and everything the ordinary claim checks still
// holds: a pause, an undeliverable address, a retried job, a worker that dies before the call, a
// rollback. Delivered through the fake Resend server, so the idempotency keys are the ones sent.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { emailSendingPauses, messages, participants, sendAttempts } from "@/lib/db/schema";
import { createMessageForDelivery, type NewMessage } from "@/lib/email/create-message";
import { deliverMessage } from "@/lib/email/deliver-message";
import { RateLimiter } from "@/lib/email/rate-limiter";
import { createResendTransport } from "@/lib/email/resend-transport";
import { SUPPRESSED_ERROR } from "@/lib/email/send-attempts";
import { createEvent } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";
import { addParticipants } from "../helpers/participants";

const fake = await fakeResendForFile({ apiKey: "re_right" });

function transport() {
  return createResendTransport({
    apiKey: "re_right",
    baseUrl: fake.url,
    timeoutMs: 1000,
    limiter: new RateLimiter({ requestsPerSecond: 100 }),
    retry: { attempts: 2, baseDelayMs: 20, maxDelayMs: 50, concurrentDelayMs: 50 },
  });
}

async function newEmail(): Promise<NewMessage> {
  const event = await createEvent();
  const [person] = await addParticipants(event.id, [{ firstName: "Ada", lastName: "Lovelace" }]);
  return {
    key: `registration_received:${person.id}`,
    kind: "registration_received",
    eventId: event.id,
    participantId: person.id,
    to: person.email,
    subject: "We have your registration",
    html: "<p>Hello Ada</p>",
    text: "Hello Ada",
  };
}

const attemptsFor = (key: string) => db().select().from(sendAttempts).where(eq(sendAttempts.idempotencyKey, key));
const messageBy = async (key: string) => (await db().select().from(messages).where(eq(messages.key, key)))[0];

describe("a message created for delivery", () => {
  it("is claimed in the transaction that records it, under its own key, and sent once", async () => {
    const email = await newEmail();
    const prepared = await db().transaction(async (tx) => {
      const m = await createMessageForDelivery(tx, email);
      // Inside the transaction: already in its attempt.
      const [row] = await tx.select().from(messages).where(eq(messages.id, m.id));
      expect(row).toEqual(expect.objectContaining({ status: "sending", attemptId: m.claimed?.attempt.id, attempts: 1 }));
      return m;
    });
    expect(prepared).toEqual(expect.objectContaining({ created: true, claimed: expect.objectContaining({ emails: [expect.anything()] }) }));
    const [attempt] = await attemptsFor(email.key);
    expect(attempt).toEqual(expect.objectContaining({ endpoint: "email", state: "pending", calls: 1, messageIds: [prepared.id] }));

    expect(await deliverMessage(db(), prepared, transport())).toBe("sent");
    expect(fake.requests.map((r) => r.idempotencyKey)).toEqual([email.key]);
    expect(fake.received).toEqual([
      expect.objectContaining({ to: [email.to], subject: email.subject, html: email.html, text: email.text }),
    ]);
    expect(await messageBy(email.key)).toEqual(expect.objectContaining({ status: "sent", attemptId: null, attempts: 1 }));
    expect((await attemptsFor(email.key))[0].state).toBe("sent");
  });

  it("rolled back with its transaction leaves neither the message nor an attempt", async () => {
    const email = await newEmail();
    await expect(
      db().transaction(async (tx) => {
        await createMessageForDelivery(tx, email);
        throw new Error("the job failed after composing");
      }),
    ).rejects.toThrow(/composing/);
    expect(await messageBy(email.key)).toBeUndefined();
    expect(await attemptsFor(email.key)).toEqual([]);
  });

  it("created again by a retried job answers the first message and sends nothing more", async () => {
    const email = await newEmail();
    const first = await db().transaction((tx) => createMessageForDelivery(tx, email));
    expect(await deliverMessage(db(), first, transport())).toBe("sent");
    const again = await db().transaction((tx) => createMessageForDelivery(tx, email));
    expect(again).toEqual({ id: first.id, created: false, claimed: null });
    expect(await deliverMessage(db(), again, transport())).toBe("skipped");
    expect(fake.received).toHaveLength(1);
    expect(await attemptsFor(email.key)).toHaveLength(1);
  });

  it("whose worker died before the call is taken over after the lease, with the same key", async () => {
    const email = await newEmail();
    const prepared = await db().transaction((tx) => createMessageForDelivery(tx, email));
    // The worker is gone: the retried job finds the message held by the dead worker's lease.
    expect(await deliverMessage(db(), prepared.id, transport())).toBe("skipped");
    await db().update(sendAttempts).set({ leaseUntil: sql`now() - interval '1 second'` });
    expect(await deliverMessage(db(), prepared.id, transport())).toBe("sent");
    expect(fake.requests.map((r) => r.idempotencyKey)).toEqual([email.key]);
    expect(fake.received).toHaveLength(1);
  });

  it("while sending is paused is left queued for the pause to end, not claimed", async () => {
    const email = await newEmail();
    await db()
      .insert(emailSendingPauses)
      .values({ reason: "daily_quota", message: "daily quota", resumesAt: new Date(Date.now() + 3600_000) });
    const prepared = await db().transaction((tx) => createMessageForDelivery(tx, email));
    expect(prepared.claimed).toBeNull();
    expect(await deliverMessage(db(), prepared, transport())).toBe("skipped");
    expect(await messageBy(email.key)).toEqual(expect.objectContaining({ status: "queued", attemptId: null }));
    expect(await attemptsFor(email.key)).toEqual([]);
    const jobs = await db().execute<{ data: { messageId: string } }>(sql`select data from pgboss.job where name = 'email.send'`);
    expect(jobs.map((j) => j.data.messageId)).toEqual([prepared.id]);
    expect(fake.requests).toEqual([]);
  });

  it("to an address marked undeliverable is recorded as suppressed, never sent", async () => {
    const email = await newEmail();
    await db().update(participants).set({ emailUndeliverableAt: new Date() }).where(eq(participants.id, email.participantId!));
    const prepared = await db().transaction((tx) => createMessageForDelivery(tx, email));
    expect(prepared.claimed).toBeNull();
    expect(await deliverMessage(db(), prepared, transport())).toBe("skipped");
    expect(await messageBy(email.key)).toEqual(expect.objectContaining({ status: "suppressed", error: SUPPRESSED_ERROR }));
    expect(fake.requests).toEqual([]);
  });

  it("whose key an earlier attempt used goes out under a key of its own", async () => {
    const email = await newEmail();
    // A message with this key was sent and deleted with its participant; its attempt stays.
    await db()
      .insert(sendAttempts)
      .values({ endpoint: "email", idempotencyKey: email.key, messageIds: [randomUUID()], requestHash: "x", state: "sent" });
    const prepared = await db().transaction((tx) => createMessageForDelivery(tx, email));
    expect(prepared.claimed).toBeNull();
    expect(await deliverMessage(db(), prepared, transport())).toBe("sent");
    const [sentKey] = fake.requests.map((r) => r.idempotencyKey);
    expect(sentKey).toMatch(new RegExp(`^${email.key}#`));
  });
});
