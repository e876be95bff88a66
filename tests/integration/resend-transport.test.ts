// The Resend transport through the real SDK against a local fake of Resend's HTTP API: how each
// provider answer is sorted into sent / retryable / permanent (with in-process retries turned off,
// so one answer is one outcome), and the batch endpoint. Retries: resend-retries.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RateLimiter } from "@/lib/email/rate-limiter";
import { batchIdempotencyKey, createResendTransport, type ResendTransportOptions } from "@/lib/email/resend-transport";
import {
  ConfigurationEmailError,
  PermanentEmailError,
  QuotaEmailError,
  RetryableEmailError,
  type OutgoingEmail,
} from "@/lib/email/transport";
import { startFakeResend, type FakeResend } from "../helpers/fake-resend";

let fake: FakeResend;
beforeAll(async () => {
  fake = await startFakeResend({ apiKey: "re_test" });
});
beforeEach(() => fake.reset());
afterAll(() => fake.close());

function email(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    from: "Events <events@example.org>",
    to: "ada@example.com",
    subject: "You're confirmed",
    html: "<p>Dear Ada</p>",
    text: "Dear Ada",
    idempotencyKey: "approved:0001",
    ...overrides,
  };
}

async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected a rejection");
}

// One request per send: each answer below is seen as it is classified, not retried away.
const NO_RETRY = { attempts: 1, rateLimitAttempts: 1 };

function transport(opts: Partial<ResendTransportOptions> = {}) {
  return createResendTransport({
    apiKey: "re_test",
    baseUrl: fake.url,
    limiter: new RateLimiter({ requestsPerSecond: 100 }),
    retry: NO_RETRY,
    ...opts,
  });
}

describe("the Resend transport", () => {
  it("sends an email and returns Resend's id", async () => {
    const { providerId } = await transport().send(
      email({ attachments: [{ filename: "ticket.pdf", contentType: "application/pdf", content: Buffer.from("%PDF-1.7") }] }),
    );
    expect(fake.received).toHaveLength(1);
    const [got] = fake.received;
    expect(providerId).toBe(got.id);
    expect(got).toMatchObject({
      from: "Events <events@example.org>",
      to: ["ada@example.com"],
      subject: "You're confirmed",
      html: "<p>Dear Ada</p>",
      text: "Dear Ada",
      idempotencyKey: "approved:0001",
      batch: false,
    });
    expect(got.attachments).toEqual([
      { filename: "ticket.pdf", content: Buffer.from("%PDF-1.7").toString("base64"), content_type: "application/pdf" },
    ]);
  });

  it("sends an email once when it is sent twice with the same idempotency key", async () => {
    const first = await transport().send(email());
    const second = await transport().send(email());
    expect(second.providerId).toBe(first.providerId);
    expect(fake.received).toHaveLength(1);
    expect(fake.requests).toHaveLength(2);
  });

  it("sends two emails with different keys", async () => {
    await transport().send(email({ idempotencyKey: "approved:0001" }));
    await transport().send(email({ idempotencyKey: "approved:0002" }));
    expect(fake.received).toHaveLength(2);
  });

  it("reports a rate limit as retryable, with the retry-after delay", async () => {
    fake.failNext(1, "429", { retryAfterSeconds: 2 });
    const err = await caught(transport().send(email()));
    expect(err).toBeInstanceOf(RetryableEmailError);
    expect((err as RetryableEmailError).retryAfterMs).toBe(2000);
    expect(err.message).toContain("rate limited");
    expect(fake.received).toHaveLength(0);
  });

  it("reports a provider error as retryable", async () => {
    fake.failNext(1, "500");
    const err = await caught(transport().send(email()));
    expect(err).toBeInstanceOf(RetryableEmailError);
    expect((err as RetryableEmailError).retryAfterMs).toBeUndefined();
    expect(err.message).toContain("internal_server_error");
  });

  it("reports a refused email as permanent, with Resend's reason", async () => {
    fake.failNext(1, "validation");
    const err = await caught(transport().send(email()));
    expect(err).toBeInstanceOf(PermanentEmailError);
    expect(err.message).toMatch(/^validation_error: Invalid `to` field/);
  });

  it("reports an address the provider refuses as permanent", async () => {
    const err = await caught(transport().send(email({ to: "not an address" })));
    expect(err).toBeInstanceOf(PermanentEmailError);
    expect(fake.received).toHaveLength(0);
  });

  it("reports a wrong API key as a configuration error (the circuit breaker), with Resend's reason", async () => {
    const err = await caught(transport({ apiKey: "re_wrong" }).send(email()));
    expect(err).toBeInstanceOf(ConfigurationEmailError);
    expect(err.message).toContain("invalid_api_key");
  });

  it("reports a restricted key and an unverified domain as configuration errors", async () => {
    fake.failNext(1, "restricted-key");
    expect((await caught(transport().send(email()))).message).toContain("restricted_api_key");
    fake.setVerifiedDomains(["verified.example"]);
    const unverified = await caught(transport().send(email()));
    expect(unverified).toBeInstanceOf(ConfigurationEmailError);
    expect(unverified.message).toMatch(/validation_error: The example.org domain is not verified/);
    expect(fake.received).toHaveLength(0);
  });

  it("reports daily and monthly quotas as quota errors with the time they can have reset", async () => {
    fake.failNext(1, "quota");
    const daily = await caught(transport().send(email()));
    expect(daily).toBeInstanceOf(QuotaEmailError);
    expect((daily as QuotaEmailError).quota).toBe("daily_quota");
    expect((daily as QuotaEmailError).resumesAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    fake.failNext(1, "monthly-quota");
    const monthly = (await caught(transport().send(email()))) as QuotaEmailError;
    expect(monthly.quota).toBe("monthly_quota");
    expect(monthly.resumesAt.getUTCDate()).toBe(1);
  });

  it("records 409 invalid_idempotent_request as sent with no id: an earlier request with the key was processed", async () => {
    await transport().send(email());
    expect(await transport().send(email({ subject: "Changed since" }))).toEqual({ providerId: null });
    expect(fake.requests.map((r) => r.status)).toEqual([200, 409]);
    expect(fake.received).toHaveLength(1);
  });

  it("retries 409 concurrent_idempotent_requests after a short delay", async () => {
    fake.setLatency(300);
    const t = transport({ retry: { attempts: 3, concurrentDelayMs: 400 } });
    const [first, second] = await Promise.all([t.send(email()), new Promise((r) => setTimeout(r, 50)).then(() => t.send(email()))]);
    expect(second).toEqual(first);
    expect(fake.requests.map((r) => r.status)).toContain(409);
    expect(fake.received).toHaveLength(1);
  });

  it("reports a 5xx whose body is not JSON as retryable and uncertain", async () => {
    fake.failNext(1, "500-html");
    const err = await caught(transport().send(email()));
    expect(err).toBeInstanceOf(RetryableEmailError);
    expect((err as RetryableEmailError).uncertain).toBe(true);
    expect(err.message).toContain("application_error");
  });

  it("refuses an idempotency key longer than 256 characters (400 invalid_idempotency_key) as permanent", async () => {
    const err = await caught(transport().send(email({ idempotencyKey: "k".repeat(257) })));
    expect(err).toBeInstanceOf(PermanentEmailError);
    expect(err.message).toContain("invalid_idempotency_key");
  });

  it("gives up on a provider that does not answer after its timeout, as retryable", async () => {
    fake.failNext(1, "hang");
    const started = Date.now();
    const err = await caught(transport({ timeoutMs: 300 }).send(email()));
    const elapsed = Date.now() - started;
    expect(err).toBeInstanceOf(RetryableEmailError);
    expect(err.message).toBe("resend did not answer within 300 ms");
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(5_000);
    expect(fake.requests[0].status).toBe("hung");
  });

  it("reports an unreachable provider as retryable", async () => {
    const gone = await startFakeResend();
    const url = gone.url;
    await gone.close();
    const err = await caught(transport({ baseUrl: url }).send(email()));
    expect(err).toBeInstanceOf(RetryableEmailError);
  });
});

describe("the Resend transport's batch sends", () => {
  const emails = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) =>
      email({ to: `p${from + i}@example.com`, idempotencyKey: `rsvp:op:${String(from + i).padStart(4, "0")}` }),
    );

  it("sends up to 100 emails in one call under one key derived from theirs, ids in order", async () => {
    const batch = emails(100);
    const results = await transport().sendBatch(batch);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      path: "/emails/batch",
      idempotencyKey: batchIdempotencyKey(batch.map((e) => e.idempotencyKey)),
    });
    expect(fake.received).toHaveLength(100);
    expect(fake.received.every((e) => e.batch)).toBe(true);
    // Each result is the provider id of the email at the same position.
    const idOf = new Map(fake.received.map((e) => [e.to[0], e.id]));
    expect(results).toEqual(batch.map((e) => ({ ok: true, providerId: idOf.get(e.to) })));
  });

  it("derives the same key whatever the order of the emails, so a retried batch is sent once", async () => {
    const batch = emails(5);
    expect(batchIdempotencyKey(batch.map((e) => e.idempotencyKey))).toBe(
      batchIdempotencyKey([...batch].reverse().map((e) => e.idempotencyKey)),
    );
    const first = await transport().sendBatch(batch);
    const again = await transport().sendBatch([...batch].reverse());
    expect(again).toEqual([...first].reverse());
    expect(fake.requests.map((r) => r.status)).toEqual([200, 200]);
    expect(fake.received).toHaveLength(5);
  });

  it("sends the valid emails of a batch and reports the refused one with the provider's reason", async () => {
    const batch = emails(3);
    batch[1] = { ...batch[1], to: "not an address" };
    const results = await transport().sendBatch(batch);
    expect(results[0]).toMatchObject({ ok: true });
    expect(results[1]).toEqual({ ok: false, error: expect.stringMatching(/^validation_error: Invalid `to` field/) });
    expect(results[2]).toMatchObject({ ok: true });
    expect(fake.received.map((e) => e.to[0])).toEqual(["p0@example.com", "p2@example.com"]);
  });

  it("refuses more than 100 emails or attachments before calling the provider", async () => {
    await expect(transport().sendBatch(emails(101))).rejects.toThrow("a batch holds 1 to 100 emails, not 101");
    const withAttachment = email({ attachments: [{ filename: "t.pdf", contentType: "application/pdf", content: Buffer.from("%PDF") }] });
    await expect(transport().sendBatch([withAttachment])).rejects.toThrow("attachments cannot be sent in a batch");
    expect(fake.requests).toHaveLength(0);
  });

  it("reports a failed batch call like a single send: 500 retryable, refused key a configuration error", async () => {
    fake.failNext(1, "500");
    expect(await caught(transport().sendBatch(emails(2)))).toBeInstanceOf(RetryableEmailError);
    const refused = await caught(transport({ apiKey: "re_wrong" }).sendBatch(emails(2)));
    expect(refused).toBeInstanceOf(ConfigurationEmailError);
    expect(fake.received).toHaveLength(0);
  });
});
