// The fake Resend API (tests/helpers/fake-resend.ts) answers like Resend where our code relies on
// it, as seen through the real SDK: later bulk-sending tests depend on these behaviours.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Resend } from "resend";
import { startFakeResend, type FakeResend } from "../helpers/fake-resend";

let fake: FakeResend;
beforeAll(async () => {
  fake = await startFakeResend({ apiKey: "re_test" });
});
beforeEach(() => fake.reset());
afterAll(() => fake.close());

describe("the fake Resend API", () => {
  const client = () => new Resend("re_test", { baseUrl: fake.url });
  const one = (i: number) => ({ from: "events@example.org", to: [`p${i}@example.com`], subject: `Hello ${i}`, text: "Hi" });

  it("answers with Resend's rate limit headers", async () => {
    const result = await client().emails.send(one(1));
    expect(result.error).toBeNull();
    expect(result.headers).toMatchObject({ "ratelimit-limit": "100", "ratelimit-remaining": "99", "ratelimit-reset": "1" });
  });

  it("accepts a batch of up to 100 emails and returns their ids in order", async () => {
    const result = await client().batch.send(Array.from({ length: 100 }, (_, i) => one(i)));
    expect(result.error).toBeNull();
    expect(result.data!.data).toHaveLength(100);
    expect(result.data!.data.map((d) => d.id)).toEqual(fake.received.map((e) => e.id));
    expect(fake.received.every((e) => e.batch)).toBe(true);
  });

  it("refuses a batch of 101 emails as a validation error", async () => {
    const result = await client().batch.send(Array.from({ length: 101 }, (_, i) => one(i)));
    expect(result.error).toMatchObject({ statusCode: 422, name: "validation_error" });
    expect(fake.received).toHaveLength(0);
  });

  it("refuses attachments in a batch", async () => {
    // The SDK's types already forbid this; the API refuses it as well.
    const withAttachment = { ...one(1), attachments: [{ filename: "a.pdf", content: "JVBERi0=" }] };
    const result = await client().batch.send([withAttachment as never]);
    expect(result.error).toMatchObject({ statusCode: 422, name: "validation_error" });
    expect(fake.received).toHaveLength(0);
  });

  it("replays a batch sent again with the same idempotency key", async () => {
    const batch = [one(1), one(2)];
    const first = await client().batch.send(batch, { idempotencyKey: "batch:op-1:0" });
    const again = await client().batch.send(batch, { idempotencyKey: "batch:op-1:0" });
    expect(again.data).toEqual(first.data);
    expect(fake.received).toHaveLength(2);
  });

  it("refuses an idempotency key reused with a different payload", async () => {
    await client().emails.send(one(1), { idempotencyKey: "k" });
    const result = await client().emails.send(one(2), { idempotencyKey: "k" });
    expect(result.error).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
    expect(fake.received).toHaveLength(1);
  });

  it("answers 429 with retry-after once requests exceed the per-second limit", async () => {
    fake.setRateLimit(2);
    const results = await Promise.all([1, 2, 3].map((i) => client().emails.send(one(i))));
    const limited = results.filter((r) => r.error);
    expect(limited).toHaveLength(1);
    expect(limited[0].error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(limited[0].headers).toMatchObject({ "retry-after": "1", "ratelimit-limit": "2", "ratelimit-remaining": "0" });
    expect(fake.received).toHaveLength(2);
  });

  it("answers after the configured latency", async () => {
    fake.setLatency(150);
    const started = Date.now();
    await client().emails.send(one(1));
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("in permissive batch mode sends the valid emails and lists the invalid ones", async () => {
    const result = await client().batch.send([one(1), { ...one(2), to: ["not an address"] }, one(3)], { batchValidation: "permissive" });
    expect(result.error).toBeNull();
    expect(result.data!.data).toHaveLength(2);
    expect((result.data as unknown as { errors: { index: number }[] }).errors).toEqual([
      { index: 1, message: expect.stringContaining("`to`") },
    ]);
    expect(fake.received.map((e) => e.subject)).toEqual(["Hello 1", "Hello 3"]);
  });

  it("applies injected failures to batch requests too", async () => {
    fake.failNext(1, "429", { retryAfterSeconds: 3 });
    const limited = await client().batch.send([one(1)]);
    expect(limited.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(limited.headers?.["retry-after"]).toBe("3");
    expect((await client().batch.send([one(1)])).error).toBeNull();
    expect(fake.received).toHaveLength(1);
  });

  it("lets requests through before an injected failure when asked to", async () => {
    fake.failNext(1, "500", { after: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await client().emails.send(one(i))).error?.statusCode ?? 200);
    expect(statuses).toEqual([200, 200, 500, 200]);
  });

  it("answers an exhausted daily quota as a 429 without retry-after", async () => {
    fake.failNext(1, "quota");
    const result = await client().emails.send(one(1));
    expect(result.error).toMatchObject({ statusCode: 429, name: "daily_quota_exceeded" });
    expect(result.headers?.["retry-after"]).toBeUndefined();
  });

  it("reports overridden rate limit headers, as when other clients use the quota", async () => {
    fake.overrideRateHeaders({ "ratelimit-remaining": "0", "ratelimit-reset": "3" });
    const result = await client().emails.send(one(1));
    expect(result.error).toBeNull();
    expect(result.headers).toMatchObject({ "ratelimit-limit": "100", "ratelimit-remaining": "0", "ratelimit-reset": "3" });
    fake.overrideRateHeaders(null);
    expect((await client().emails.send(one(2))).headers).toMatchObject({ "ratelimit-remaining": "98" });
  });

  it("returns an accepted email by id", async () => {
    const sent = await client().emails.send(one(7));
    const got = await client().emails.get(sent.data!.id);
    expect(got.data).toMatchObject({ id: sent.data!.id, subject: "Hello 7", to: ["p7@example.com"] });
  });

  it("refuses a request without an API key", async () => {
    const res = await fetch(`${fake.url}/emails`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(one(1)),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ name: "missing_api_key" });
  });

  it("answers 409 concurrent_idempotent_requests while the first request with a key is in progress", async () => {
    fake.setLatency(200);
    const [first, second] = await Promise.all([
      client().emails.send(one(1), { idempotencyKey: "k-busy" }),
      new Promise((r) => setTimeout(r, 50)).then(() => client().emails.send(one(1), { idempotencyKey: "k-busy" })),
    ]);
    expect(first.error).toBeNull();
    expect(second.error).toMatchObject({ statusCode: 409, name: "concurrent_idempotent_requests" });
    // Once answered, the same request is replayed.
    expect((await client().emails.send(one(1), { idempotencyKey: "k-busy" })).data).toEqual(first.data);
    expect(fake.received).toHaveLength(1);
  });

  it("refuses an idempotency key outside 1 to 256 characters with 400 invalid_idempotency_key", async () => {
    const result = await client().emails.send(one(1), { idempotencyKey: "k".repeat(257) });
    expect(result.error).toMatchObject({ statusCode: 400, name: "invalid_idempotency_key" });
    expect(fake.received).toHaveLength(0);
  });

  it("answers a monthly quota, a restricted key and a non-JSON 5xx as Resend would", async () => {
    fake.failNext(1, "monthly-quota");
    expect((await client().emails.send(one(1))).error).toMatchObject({ statusCode: 429, name: "monthly_quota_exceeded" });
    fake.failNext(1, "restricted-key");
    expect((await client().emails.send(one(1))).error).toMatchObject({ statusCode: 401, name: "restricted_api_key" });
    fake.failNext(1, "500-html");
    // The SDK turns a body that is not JSON into application_error with the HTTP status.
    expect((await client().emails.send(one(1))).error).toMatchObject({ statusCode: 502, name: "application_error" });
  });

  it("refuses a sender whose domain is not verified with 403 validation_error", async () => {
    fake.setVerifiedDomains(["verified.example"]);
    const result = await client().emails.send(one(1));
    expect(result.error).toMatchObject({ statusCode: 403, name: "validation_error" });
    expect(result.error?.message).toContain("example.org domain is not verified");
    expect((await client().emails.send({ ...one(2), from: "Events <events@verified.example>" })).error).toBeNull();
  });

  it("checks each attachment as Resend takes it: filename, base64 content, MIME type, and a calendar that is one", async () => {
    const b64 = (t: string) => Buffer.from(t).toString("base64");
    const ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const good = { filename: "event.ics", content: b64(ics), contentType: "text/calendar; charset=utf-8; method=REQUEST" };
    expect((await client().emails.send({ ...one(1), attachments: [good] })).error).toBeNull();
    expect(fake.received.at(-1)?.attachments?.[0]).toMatchObject({ filename: "event.ics", content_type: good.contentType });
    for (const bad of [
      { ...good, filename: "" },
      { ...good, content: "not base64!" },
      { ...good, contentType: "calendar" },
      { ...good, content: b64("hello") },
      { ...good, contentType: "text/calendar; method=CANCEL" },
    ]) {
      const { error } = await client().emails.send({ ...one(2), attachments: [bad] });
      expect(error).toMatchObject({ statusCode: 422, name: "validation_error" });
    }
    expect(fake.received).toHaveLength(1);
  });

  it("refuses attachments over 40 MB with 422 and names missing fields and bad senders as Resend does", async () => {
    const big = { filename: "big.pdf", content: Buffer.alloc(31 * 1024 * 1024).toString("base64") };
    expect((await client().emails.send({ ...one(1), attachments: [big] })).error).toMatchObject({
      statusCode: 422,
      name: "invalid_attachment",
    });
    expect((await client().emails.send({ ...one(1), subject: "" })).error).toMatchObject({
      statusCode: 422,
      name: "missing_required_field",
    });
    expect((await client().emails.send({ ...one(1), from: "not a sender" })).error).toMatchObject({
      statusCode: 422,
      name: "invalid_from_address",
    });
  });

  it("accepts a rotated key only once it is the one configured", async () => {
    fake.setApiKey("re_new");
    expect((await client().emails.send(one(1))).error).toMatchObject({ statusCode: 403, name: "invalid_api_key" });
    expect((await new Resend("re_new", { baseUrl: fake.url }).emails.send(one(1))).error).toBeNull();
  });
});
