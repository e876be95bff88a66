// The Resend transport through the real SDK against a local fake of Resend's HTTP API: how each
// provider answer is sorted into sent / retryable / permanent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createResendTransport } from "@/lib/email/resend-transport";
import { PermanentEmailError, RetryableEmailError, type OutgoingEmail } from "@/lib/email/transport";
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

describe("the Resend transport", () => {
  const transport = () => createResendTransport({ apiKey: "re_test", baseUrl: fake.url });

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
    expect(got.attachments).toEqual([{ filename: "ticket.pdf", content: Buffer.from("%PDF-1.7").toString("base64"), content_type: "application/pdf" }]);
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

  it("reports a wrong API key as permanent", async () => {
    const err = await caught(createResendTransport({ apiKey: "re_wrong", baseUrl: fake.url }).send(email()));
    expect(err).toBeInstanceOf(PermanentEmailError);
    expect(err.message).toContain("invalid_api_key");
  });

  it("gives up on a provider that does not answer after its timeout, as retryable", async () => {
    fake.failNext(1, "hang");
    const started = Date.now();
    const err = await caught(createResendTransport({ apiKey: "re_test", baseUrl: fake.url, timeoutMs: 300 }).send(email()));
    const elapsed = Date.now() - started;
    expect(err).toBeInstanceOf(RetryableEmailError);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(5_000);
    expect(fake.requests[0].status).toBe("hung");
  });

  it("reports an unreachable provider as retryable", async () => {
    const gone = await startFakeResend();
    const url = gone.url;
    await gone.close();
    const err = await caught(createResendTransport({ apiKey: "re_test", baseUrl: url }).send(email()));
    expect(err).toBeInstanceOf(RetryableEmailError);
  });
});
