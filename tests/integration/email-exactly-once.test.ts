// "An email is sent once", for real (issue 14), against the fake Resend server: lost answers, a
// changed chunk, a broken API key, quotas, an idempotency conflict, anonymisation, and a slow
// provider that must not hold pool connections (no provider call inside a transaction).
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { Resend } from "resend";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { emailSendingPauses, messages, sendAttempts } from "@/lib/db/schema";
import { anonymiseEventData } from "@/lib/events/anonymise-event-data";
import { listUndeliveredMessages } from "@/lib/db/queries/deliveries";
import { confirmUnknownMessage } from "@/lib/email/confirm-unknown-message";
import { createMessage } from "@/lib/email/create-message";
import { deliverMessages } from "@/lib/email/deliver-batch";
import { deliverMessage, outgoing } from "@/lib/email/deliver-message";
import { RateLimiter } from "@/lib/email/rate-limiter";
import { createResendTransport } from "@/lib/email/resend-transport";
import { retryMessage } from "@/lib/email/retry-message";
import { claimNewAttempt } from "@/lib/email/send-attempts";
import { describePause, getSendingPauses } from "@/lib/email/sending-pause";
import { createEvent } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";
import { addParticipants } from "../helpers/participants";

const fake = await fakeResendForFile({ apiKey: "re_right" });

function transport(opts: { apiKey?: string; timeoutMs?: number; rateLimitAttempts?: number } = {}) {
  return createResendTransport({
    apiKey: opts.apiKey ?? "re_right",
    baseUrl: fake.url,
    timeoutMs: opts.timeoutMs ?? 1000,
    limiter: new RateLimiter({ requestsPerSecond: 100 }),
    retry: {
      attempts: 2,
      baseDelayMs: 20,
      maxDelayMs: 50,
      concurrentDelayMs: 50,
      ...(opts.rateLimitAttempts ? { rateLimitAttempts: opts.rateLimitAttempts } : {}),
    },
  });
}

async function newMessages(eventId: string, n: number, prefix = "rsvp") {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await createMessage(db(), {
      key: `${prefix}:${randomUUID()}`,
      kind: "rsvp_request",
      eventId,
      participantId: null,
      to: `guest${i}@example.com`,
      subject: `Will you come, guest ${i}?`,
      html: `<p>Hello guest ${i}</p>`,
      text: `Hello guest ${i}`,
    });
    ids.push(id);
  }
  return ids;
}

async function rows(ids: string[]) {
  return db().select().from(messages).where(inArray(messages.id, ids));
}

/** Copies the fake accepted per recipient address. */
function copies() {
  const n = new Map<string, number>();
  for (const e of fake.received) for (const to of e.to) n.set(to, (n.get(to) ?? 0) + 1);
  return n;
}

/** A batch whose every request (the first and the in-process retry) is taken but not answered. */
async function loseBatchAnswer(ids: string[]) {
  fake.failNext(2, "lost-response");
  await expect(deliverMessages(db(), ids, { transport: transport({ timeoutMs: 300 }) })).rejects.toThrow(/did not answer/);
  const held = await rows(ids);
  expect(held.every((m) => m.status === "sending" && m.attemptId === held[0].attemptId)).toBe(true);
}

/** Lets "time pass" until a pause can be over (or a probe is due). */
async function endPauses() {
  await db().update(emailSendingPauses).set({ resumesAt: sql`now() - interval '1 second'` });
}

describe("sending each email exactly once", () => {
  it("a lost batch answer then a single retry sends one copy", async () => {
    const event = await createEvent();
    const ids = await newMessages(event.id, 10);
    await loseBatchAnswer(ids);
    expect(fake.received).toHaveLength(10);

    // The organizer retries one of them on Deliveries; its email.send job delivers it.
    const retried = await retryMessage(db(), { eventId: event.id, messageId: ids[3] });
    expect(retried).toEqual({ ok: true, requeued: true });
    expect(await deliverMessage(db(), ids[3], transport())).toBe("sent");

    // The whole recorded request was made again with its key: Resend answered without sending.
    expect(fake.received).toHaveLength(10);
    expect([...copies().values()].every((n) => n === 1)).toBe(true);
    const after = await rows(ids);
    expect(after.every((m) => m.status === "sent" && m.providerId)).toBe(true);
    const batchCalls = fake.requests.filter((r) => r.path === "/emails/batch");
    expect(new Set(batchCalls.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(fake.requests.filter((r) => r.path === "/emails")).toHaveLength(0);
  });

  it("a lost batch answer then a changed chunk sends one copy", async () => {
    const event = await createEvent();
    const ids = await newMessages(event.id, 10);
    await loseBatchAnswer(ids);

    // The job's retry meets another chunk: one message gone (a participant left), two new ones.
    await db().delete(messages).where(eq(messages.id, ids[0]));
    const more = await newMessages(event.id, 2, "late");
    await db().update(messages).set({ toAddress: sql`'late-' || to_address` }).where(inArray(messages.id, more));
    const result = await deliverMessages(db(), [...ids.slice(1), ...more], { transport: transport() });
    expect(result.sent).toHaveLength(11);

    expect(fake.received).toHaveLength(12);
    expect([...copies().values()].every((n) => n === 1)).toBe(true);
    expect((await rows([...ids.slice(1), ...more])).every((m) => m.status === "sent")).toBe(true);
  });

  it("an invalid API key pauses sending and resumes when fixed", async () => {
    const event = await createEvent();
    const ids = await newMessages(event.id, 5);
    const broken = transport({ apiKey: "re_rotated_away" });
    for (const id of ids) expect(await deliverMessage(db(), id, broken)).toBe("skipped");

    // Nothing failed: every message is still queued, and only the first reached Resend.
    expect((await rows(ids)).every((m) => m.status === "queued")).toBe(true);
    expect(fake.requests).toHaveLength(1);
    const [pause] = await getSendingPauses(db());
    expect(pause).toMatchObject({ reason: "configuration" });
    expect(pause.message).toContain("invalid_api_key: API key is invalid");
    expect(describePause(pause)).toMatch(/^Sending paused: the email provider refuses our configuration \(invalid_api_key/);
    // Each message's email.send job comes back by itself once the next probe is due; none dead-letters.
    const jobs = await db().execute<{ name: string; start_after: Date }>(
      sql`select name, start_after from pgboss.job where name = 'email.send'`,
    );
    expect(jobs).toHaveLength(5);
    expect(jobs.every((j) => new Date(j.start_after) >= pause.resumesAt)).toBe(true);
    expect(await db().execute(sql`select 1 from pgboss.job where name = 'dead-letter'`)).toHaveLength(0);

    // Fixed (the key is valid again at Resend); the probe interval passes; the jobs run.
    fake.setApiKey(undefined);
    await endPauses();
    for (const id of ids) expect(await deliverMessage(db(), id, broken)).toBe("sent");
    expect(await getSendingPauses(db())).toHaveLength(0);
    expect(fake.received).toHaveLength(5);
  });

  it("a daily quota pauses until the reset", async () => {
    const event = await createEvent();
    const ids = await newMessages(event.id, 3);
    fake.failNext(1, "quota");
    const before = Date.now();
    expect(await deliverMessage(db(), ids[0], transport())).toBe("skipped");

    const [pause] = await getSendingPauses(db());
    expect(pause.reason).toBe("daily_quota");
    // Without a retry-after, a daily quota can have reset 24 h later at the latest.
    expect(pause.resumesAt.getTime()).toBeGreaterThanOrEqual(before + 24 * 3600_000 - 1000);
    expect(describePause(pause)).toMatch(/^Sending paused: daily quota reached; resumes at \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    // The others wait too, without asking Resend.
    expect(await deliverMessage(db(), ids[1], transport())).toBe("skipped");
    expect(fake.requests).toHaveLength(1);
    expect((await rows(ids)).every((m) => m.status === "queued")).toBe(true);
    const jobs = await db().execute<{ start_after: Date }>(sql`select start_after from pgboss.job where name = 'email.send'`);
    expect(jobs).toHaveLength(2);
    expect(jobs.every((j) => new Date(j.start_after) >= pause.resumesAt)).toBe(true);

    await endPauses();
    for (const id of ids) expect(await deliverMessage(db(), id, transport())).toBe("sent");
    expect(fake.received).toHaveLength(3);
    expect(await getSendingPauses(db())).toHaveLength(0);
  });

  it("an idempotency conflict after success is recorded as sent", async () => {
    const event = await createEvent();
    const [id] = await newMessages(event.id, 1);
    const [message] = await rows([id]);
    // An earlier request with this key was processed (with content since changed).
    const earlier = await new Resend("re_right", { baseUrl: fake.url }).emails.send(
      { from: message.fromAddress, to: [message.toAddress], subject: "An older wording", text: "old" },
      { idempotencyKey: message.key },
    );
    expect(earlier.error).toBeNull();

    expect(await deliverMessage(db(), id, transport())).toBe("sent");
    expect(fake.requests.at(-1)).toMatchObject({ status: 409 });
    expect(await rows([id])).toEqual([expect.objectContaining({ status: "sent", providerId: null, error: null })]);
    expect(fake.received).toHaveLength(1);
  });

  it("an anonymised unsent message is cancelled", async () => {
    const event = await createEvent({
      startsAt: new Date(Date.now() - 90 * 24 * 3600_000),
      endsAt: new Date(Date.now() - 89 * 24 * 3600_000),
    });
    const [unsent, inFlight] = await addParticipants(event.id, [
      { firstName: "Una", lastName: "Sent", status: "approved" },
      { firstName: "Ines", lastName: "Flight", status: "approved" },
    ]);
    const make = async (p: { id: string; email: string }) =>
      (
        await createMessage(db(), {
          key: `approved:${p.id}`,
          kind: "approved",
          eventId: event.id,
          participantId: p.id,
          to: p.email,
          subject: "You're in",
          html: "<p>In</p>",
          text: "In",
        })
      ).id;
    const unsentId = await make(unsent);
    const inFlightId = await make(inFlight);
    // One was attempted and its answer lost: it is in a pending attempt.
    fake.failNext(2, "lost-response");
    await expect(deliverMessage(db(), inFlightId, transport({ timeoutMs: 300 }))).rejects.toThrow();
    expect(fake.received).toHaveLength(1);

    expect((await anonymiseEventData(db(), event.id)).anonymised).toBe(true);
    const [u] = await rows([unsentId]);
    expect(u).toMatchObject({ status: "cancelled", toAddress: "anonymised@invalid" });
    expect(await deliverMessage(db(), unsentId, transport())).toBe("skipped");

    // The attempted one: the stored copy is redacted, the re-send is the frozen request (Resend
    // recognises it: no second copy, nothing to the placeholder).
    expect(await deliverMessage(db(), inFlightId, transport())).toBe("sent");
    expect(fake.received).toHaveLength(1);
    expect(fake.received.some((e) => e.to.includes("anonymised@invalid"))).toBe(false);
    const [f] = await rows([inFlightId]);
    expect(f).toMatchObject({ status: "sent", toAddress: "anonymised@invalid", html: null });
    const [attempt] = await db()
      .select()
      .from(sendAttempts)
      .where(eq(sendAttempts.id, (await db().select().from(sendAttempts))[0].id));
    expect(attempt.state).toBe("sent");
  });

  it("past 24 hours a lost answer's outcome is unknown and it is sent again only when an organizer confirms", async () => {
    const event = await createEvent();
    const [id] = await newMessages(event.id, 1);
    fake.failNext(2, "lost-response");
    await expect(deliverMessage(db(), id, transport({ timeoutMs: 300 }))).rejects.toThrow(/did not answer/);
    // A day passes (Resend has forgotten the key).
    await db().update(sendAttempts).set({ createdAt: sql`now() - interval '25 hours'` });

    expect(await deliverMessage(db(), id, transport())).toBe("skipped");
    expect(fake.requests.filter((r) => r.status !== "hung")).toHaveLength(0);
    const listed = await listUndeliveredMessages(db(), event.id);
    expect(listed.rows).toEqual([expect.objectContaining({ id, status: "sending", outcomeUnknown: true })]);
    // A plain Retry does not send it either; only the confirmation does.
    await retryMessage(db(), { eventId: event.id, messageId: id });
    expect(await deliverMessage(db(), id, transport())).toBe("skipped");
    expect(await confirmUnknownMessage(db(), { eventId: event.id, messageId: id })).toEqual({ ok: true });
    expect(await confirmUnknownMessage(db(), { eventId: event.id, messageId: id })).toEqual({ ok: false, reason: "not_unknown" });
    expect(await deliverMessage(db(), id, transport())).toBe("sent");
    const keys = fake.requests.map((r) => r.idempotencyKey);
    expect(new Set(keys).size).toBe(2);
    expect((await listUndeliveredMessages(db(), event.id)).rows).toHaveLength(0);
  });

  it("a retry after a request the provider certainly did not take goes out under <key>#<attempt id>, once", async () => {
    const event = await createEvent();
    const [id] = await newMessages(event.id, 1);
    const [message] = await rows([id]);
    // Both calls of the first delivery are refused before anything is processed (429): not sent.
    fake.failNext(2, "429", { retryAfterSeconds: 0 });
    await expect(deliverMessage(db(), id, transport({ rateLimitAttempts: 2 }))).rejects.toThrow(/rate/i);
    const [first] = await db().select().from(sendAttempts);
    expect(first).toMatchObject({ state: "not_sent", idempotencyKey: message.key, uncertain: false });
    expect(await rows([id])).toEqual([expect.objectContaining({ status: "queued", attemptId: null })]);

    // The job's retry: a new attempt whose key is not the one already used for another request.
    expect(await deliverMessage(db(), id, transport())).toBe("sent");
    const second = (await db().select().from(sendAttempts).where(eq(sendAttempts.state, "sent")))[0];
    expect(second.id).not.toBe(first.id);
    expect(second.idempotencyKey).toBe(`${message.key}#${second.id}`);
    expect(fake.requests.map((r) => r.idempotencyKey)).toEqual([message.key, message.key, second.idempotencyKey]);
    expect(fake.received).toHaveLength(1);
    expect(await rows([id])).toEqual([expect.objectContaining({ status: "sent", attempts: 2, attemptId: null })]);
  });

  it("an attempt whose worker died is taken over once its lease runs out, with its key", async () => {
    const event = await createEvent();
    const [id] = await newMessages(event.id, 1);
    // A worker claimed it and died before calling the provider (or while waiting for the answer).
    const claimed = await claimNewAttempt(db(), [id], "email", outgoing);
    expect(claimed?.attempt.state).toBe("pending");
    // Another delivery meanwhile leaves it to the lease holder but comes back after the lease.
    expect(await deliverMessage(db(), id, transport())).toBe("skipped");
    const [job] = await db().execute<{ start_after: Date }>(sql`select start_after from pgboss.job where name = 'email.send'`);
    expect(new Date(job.start_after).getTime()).toBeGreaterThanOrEqual(claimed!.attempt.leaseUntil!.getTime());

    await db().update(sendAttempts).set({ leaseUntil: sql`now() - interval '1 second'` });
    expect(await deliverMessage(db(), id, transport())).toBe("sent");
    expect(fake.requests.map((r) => r.idempotencyKey)).toEqual([claimed!.attempt.idempotencyKey]);
  });

  it("a provider that answers in 10 s does not exhaust the pool", async () => {
    const event = await createEvent();
    // More deliveries than the pool has connections (DB_POOL_MAX, 10 by default).
    const ids = await newMessages(event.id, 14);
    fake.setLatency(10_000);
    const slow = transport({ timeoutMs: 20_000 });
    let answered = false;
    const deliveries = Promise.all(ids.map((id) => deliverMessage(db(), id, slow))).finally(() => (answered = true));
    for (const deadline = Date.now() + 8000; fake.requests.length < 14 && Date.now() < deadline; )
      await new Promise((r) => setTimeout(r, 50));
    expect(fake.requests.length).toBe(14);

    // Meanwhile other work gets connections and the rows themselves: nothing holds a connection or
    // a row lock through the provider call. It all finishes while every call is still unanswered.
    await Promise.all(Array.from({ length: 30 }, () => db().execute(sql`select count(*) from messages`)));
    await db().transaction(async (tx) => tx.update(messages).set({ error: null }).where(inArray(messages.id, ids)));
    expect(answered).toBe(false);
    expect((await rows(ids)).every((m) => m.status === "sending")).toBe(true);

    expect(await deliveries).toEqual(ids.map(() => "sent"));
    expect(fake.received).toHaveLength(14);
  }, 40_000);
});
