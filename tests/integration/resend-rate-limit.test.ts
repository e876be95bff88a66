// Pacing against the fake Resend API limited like Resend (2 requests per rolling second): bursts
// are spread out instead of being refused, the ratelimit-* headers slow the sender down, and
// transactional email goes before bulk email when both wait.
import { describe, expect, it } from "vitest";
import { inArray } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { deliverMessage } from "@/lib/email/deliver-message";
import { RateLimiter } from "@/lib/email/rate-limiter";
import { createResendTransport } from "@/lib/email/resend-transport";
import type { OutgoingEmail } from "@/lib/email/transport";
import { uniqueSuffix } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";

const fake = await fakeResendForFile({ apiKey: "re_test" });

const resend = (limiter: RateLimiter) => createResendTransport({ apiKey: "re_test", baseUrl: fake.url, timeoutMs: 5_000, limiter });

function email(i: number): OutgoingEmail {
  return {
    from: "events@example.org",
    to: `p${i}@example.com`,
    subject: `Hello ${i}`,
    html: "<p>Hi</p>",
    text: "Hi",
    idempotencyKey: `test:${i}`,
  };
}

async function newMessages(n: number): Promise<string[]> {
  const run = uniqueSuffix();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await createMessage(db(), {
      key: `registration_received:${run}:${i}`,
      kind: "registration_received",
      eventId: null,
      participantId: null,
      to: `p${i}@example.com`,
      subject: `Welcome ${i}`,
      html: "<p>Welcome</p>",
      text: "Welcome",
    });
    ids.push(id);
  }
  return ids;
}

describe("pacing requests to Resend", () => {
  it("holds the next request about a second after an answer with ratelimit-remaining 0 and reset 1", async () => {
    // The limiter thinks it has room for 10; the provider says another client used the quota up.
    const transport = resend(new RateLimiter({ requestsPerSecond: 10 }));
    fake.overrideRateHeaders({ "ratelimit-limit": "10", "ratelimit-remaining": "0", "ratelimit-reset": "1" });
    await transport.send(email(1));
    fake.overrideRateHeaders(null);
    const started = Date.now();
    await transport.send(email(2));
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(1_500);
    expect(fake.requests.map((r) => r.status)).toEqual([200, 200]);
  });

  it("delivers a burst of 20 messages to a provider limited to 2 requests/s, each once, with few 429s", { timeout: 60_000 }, async () => {
    fake.setRateLimit(2);
    const ids = await newMessages(20);
    // A limiter that starts at the provider's limit (production starts at RESEND_RATE_LIMIT, 5).
    const transport = resend(new RateLimiter({ requestsPerSecond: 2 }));
    const started = Date.now();
    const outcomes = await Promise.all(ids.map((id) => deliverMessage(db(), id, transport)));
    const elapsed = Date.now() - started;
    const limited = fake.requests.filter((r) => r.status === 429).length;
    console.log(`[rate limit] 20 sends at 2 req/s: ${elapsed} ms, ${limited} answered 429, ${fake.requests.length} requests`);

    expect(outcomes.every((o) => o === "sent")).toBe(true);
    expect(new Set(fake.received.map((e) => e.idempotencyKey)).size).toBe(20);
    expect(fake.received).toHaveLength(20);
    const rows = await db().select().from(messages).where(inArray(messages.id, ids));
    expect(rows.every((m) => m.status === "sent" && m.providerId)).toBe(true);
    expect(limited).toBeLessThanOrEqual(2);
    // 20 requests at 2 per second cannot take less than ~9.5 s; pacing should cost little more.
    expect(elapsed).toBeGreaterThanOrEqual(9_000);
    expect(elapsed).toBeLessThan(15_000);
  });

  it("learns a lower limit from the provider when configured too high, and still sends everyone once", { timeout: 60_000 }, async () => {
    fake.setRateLimit(2);
    const transport = resend(new RateLimiter({ requestsPerSecond: 10 }));
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => transport.send(email(i))));
    const limited = fake.requests.filter((r) => r.status === 429).length;
    console.log(`[rate limit] 12 sends configured at 10 req/s against 2 req/s: ${limited} answered 429`);
    expect(new Set(results.map((r) => r.providerId)).size).toBe(12);
    expect(fake.received).toHaveLength(12);
    // Only the first window's overshoot is refused; after that the headers set the pace.
    expect(limited).toBeLessThanOrEqual(10);
    expect(fake.requests.slice(12).filter((r) => r.status === 429)).toHaveLength(0);
  });

  it("sends a transactional email before bulk emails that were waiting first", { timeout: 30_000 }, async () => {
    fake.setRateLimit(2);
    const transport = resend(new RateLimiter({ requestsPerSecond: 2 }));
    const bulk = Array.from({ length: 6 }, (_, i) => transport.send(email(i), { priority: "bulk" }));
    await new Promise((r) => setTimeout(r, 100));
    await transport.send({ ...email(99), idempotencyKey: "approved:urgent" }, { priority: "transactional" });
    // The first window went to bulk sends already started; the transactional one takes the next slot.
    expect(fake.received.findIndex((e) => e.idempotencyKey === "approved:urgent")).toBe(2);
    await Promise.all(bulk);
    expect(fake.received).toHaveLength(7);
  });
});
