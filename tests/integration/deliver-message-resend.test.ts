// Delivering recorded messages through the Resend transport (against the fake Resend API): what
// ends up in the message row for each kind of provider answer, what is retried in-process (with the
// same idempotency key) and when the job itself has to retry.
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { deliverMessage } from "@/lib/email/deliver-message";
import { RateLimiter } from "@/lib/email/rate-limiter";
import { createResendTransport, type ResendTransportOptions } from "@/lib/email/resend-transport";
import { RetryableEmailError } from "@/lib/email/transport";
import { uniqueSuffix } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";

const fake = await fakeResendForFile({ apiKey: "re_test" });

// The production retry policy, a short timeout, and a limiter of its own per test.
const resend = (opts: Partial<ResendTransportOptions> = {}) =>
  createResendTransport({
    apiKey: "re_test",
    baseUrl: fake.url,
    timeoutMs: 2_000,
    limiter: new RateLimiter({ requestsPerSecond: 2 }),
    ...opts,
  });

async function newMessage() {
  const key = `approved:${uniqueSuffix()}`;
  const { id } = await createMessage(db(), {
    key,
    kind: "approved",
    eventId: null,
    participantId: null,
    to: "ada@example.com",
    subject: "You're confirmed",
    html: "<p>Dear Ada</p>",
    text: "Dear Ada",
    attachments: [{ filename: "ticket.pdf", contentType: "application/pdf", content: Buffer.from("%PDF-1.7 ticket") }],
  });
  return { id, key };
}

async function load(id: string) {
  const [row] = await db().select().from(messages).where(eq(messages.id, id));
  return row;
}

describe("delivering a message through Resend", () => {
  it("sends it with its attachment and records Resend's id", async () => {
    const { id, key } = await newMessage();
    expect(await deliverMessage(db(), id, resend())).toBe("sent");
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]).toMatchObject({ idempotencyKey: key, to: ["ada@example.com"] });
    expect(fake.received[0].attachments?.[0]).toMatchObject({ filename: "ticket.pdf", content_type: "application/pdf" });
    expect(await load(id)).toMatchObject({ status: "sent", transport: "resend", providerId: fake.received[0].id, attempts: 1 });
  });

  it("marks a message Resend refuses as failed with Resend's reason after one request, and does not retry it", async () => {
    const { id } = await newMessage();
    fake.failNext(1, "validation");
    expect(await deliverMessage(db(), id, resend())).toBe("failed");
    const row = await load(id);
    expect(row.status).toBe("failed");
    expect(row.error).toMatch(/^validation_error: Invalid `to` field/);
    expect(row.attempts).toBe(1);
    // A redelivered job leaves it alone.
    expect(await deliverMessage(db(), id, resend())).toBe("skipped");
    expect(fake.requests).toHaveLength(1);
    expect(fake.received).toHaveLength(0);
  });

  it("waits out a 429's retry-after, then sends once", async () => {
    const { id } = await newMessage();
    fake.failNext(1, "429", { retryAfterSeconds: 1 });
    const started = Date.now();
    expect(await deliverMessage(db(), id, resend())).toBe("sent");
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(3_000);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(fake.received).toHaveLength(1);
    // One delivery attempt: the transport retried within it.
    expect(await load(id)).toMatchObject({ status: "sent", error: null, attempts: 1 });
  });

  it("retries a provider error (500) with backoff and sends once", async () => {
    const { id, key } = await newMessage();
    fake.failNext(1, "500");
    expect(await deliverMessage(db(), id, resend())).toBe("sent");
    expect(fake.requests.map((r) => [r.status, r.idempotencyKey])).toEqual([
      [500, key],
      [200, key],
    ]);
    expect(fake.received).toHaveLength(1);
    expect(await load(id)).toMatchObject({ status: "sent", error: null, attempts: 1 });
  });

  it("abandons a request to a hanging provider after the timeout and retries it", async () => {
    const { id } = await newMessage();
    fake.failNext(1, "hang");
    const started = Date.now();
    expect(await deliverMessage(db(), id, resend({ timeoutMs: 300 }))).toBe("sent");
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(fake.requests.map((r) => r.status)).toEqual(["hung", 200]);
    expect(fake.received).toHaveLength(1);
  });

  it("retries after a lost answer with the same idempotency key, so the provider sends once", async () => {
    const { id, key } = await newMessage();
    // Resend takes the email but the answer never arrives: our side times out and cannot know.
    fake.failNext(1, "lost-response");
    expect(await deliverMessage(db(), id, resend({ timeoutMs: 300 }))).toBe("sent");
    expect(fake.requests.map((r) => r.idempotencyKey)).toEqual([key, key]);
    expect(fake.received).toHaveLength(1);
    expect((await load(id)).providerId).toBe(fake.received[0].id);
  });

  it("after a few failed requests leaves the message in its attempt with the error and throws, so the job retries", async () => {
    const { id } = await newMessage();
    fake.failNext(4, "500");
    await expect(deliverMessage(db(), id, resend({ retry: { baseDelayMs: 20 } }))).rejects.toBeInstanceOf(RetryableEmailError);
    // The production policy: 4 requests per delivery attempt.
    expect(fake.requests.map((r) => r.status)).toEqual([500, 500, 500, 500]);
    const row = await load(id);
    // A 5xx may have been processed: the recorded attempt (and its key) stays for the retry.
    expect(row).toMatchObject({ status: "sending", attempts: 1, providerId: null });
    expect(row.error).toContain("internal_server_error");
    expect(fake.received).toHaveLength(0);

    // The job's retry sends it.
    expect(await deliverMessage(db(), id, resend())).toBe("sent");
    expect(fake.received).toHaveLength(1);
    expect(await load(id)).toMatchObject({ status: "sent", error: null, attempts: 2 });
  });

  it("pauses sending on an exhausted daily quota: one request, message still queued, its job deferred", async () => {
    const { id } = await newMessage();
    fake.failNext(1, "quota");
    expect(await deliverMessage(db(), id, resend())).toBe("skipped");
    expect(fake.requests).toHaveLength(1);
    expect(await load(id)).toMatchObject({ status: "queued", attempts: 1, error: expect.stringContaining("daily_quota_exceeded") });
    const [job] = await db().execute<{ start_after: Date }>(sql`select start_after from pgboss.job where name = 'email.send'`);
    expect(new Date(job.start_after).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
  });
});
