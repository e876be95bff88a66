// deliverMessages: many recorded messages through Resend's batch endpoint (the fake), ≤ 100 per
// call, attachments one by one, each message sent at most once, also across crashes and workers.
import { describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { deliverMessages } from "@/lib/email/deliver-batch";
import { outboxTransport } from "@/lib/email/outbox-transport";
import { RateLimiter } from "@/lib/email/rate-limiter";
import { createResendTransport, type ResendTransportOptions } from "@/lib/email/resend-transport";
import { RetryableEmailError } from "@/lib/email/transport";
import { uniqueSuffix } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";

const fake = await fakeResendForFile({ apiKey: "re_test" });

const resend = (opts: Partial<ResendTransportOptions> = {}) =>
  createResendTransport({
    apiKey: "re_test",
    baseUrl: fake.url,
    timeoutMs: 2_000,
    limiter: new RateLimiter({ requestsPerSecond: 10 }),
    ...opts,
  });

async function newMessages(n: number, opts: { attachment?: boolean; to?: (i: number) => string } = {}): Promise<string[]> {
  const run = uniqueSuffix();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await createMessage(db(), {
      key: `rsvp:${run}:${String(i).padStart(4, "0")}${opts.attachment ? ":a" : ""}`,
      kind: opts.attachment ? "approved" : "rsvp_request",
      eventId: null,
      participantId: null,
      to: opts.to?.(i) ?? `p${i}-${run}@example.com`,
      subject: `Will you attend? (${i})`,
      html: "<p>Will you attend?</p>",
      text: "Will you attend?",
      attachments: opts.attachment
        ? [{ filename: "ticket.pdf", contentType: "application/pdf", content: Buffer.from("%PDF-1.7") }]
        : undefined,
    });
    ids.push(id);
  }
  return ids;
}

async function rows(ids: string[]) {
  return db().select().from(messages).where(inArray(messages.id, ids));
}

describe("delivering many messages", () => {
  it("sends 250 messages in 3 batch calls of at most 100 and those with attachments one by one, every key once", async () => {
    const bulk = await newMessages(250);
    const withTickets = await newMessages(3, { attachment: true });
    const result = await deliverMessages(db(), [...bulk, ...withTickets], { transport: resend() });

    const batchCalls = fake.requests.filter((r) => r.path === "/emails/batch");
    const singles = fake.requests.filter((r) => r.path === "/emails");
    expect(batchCalls).toHaveLength(3);
    expect(singles).toHaveLength(3);
    expect(result).toMatchObject({ batchCalls: 3, failed: [], skipped: [] });
    expect(result.sent).toHaveLength(253);

    // Every recipient once; singles under their message's key, batches under one key per call.
    expect(fake.received).toHaveLength(253);
    expect(new Set(fake.received.map((e) => e.to[0])).size).toBe(253);
    const ticketKeys = (await rows(withTickets)).map((m) => m.key).sort();
    expect(singles.map((r) => r.idempotencyKey).sort()).toEqual(ticketKeys);
    expect(new Set(batchCalls.map((r) => r.idempotencyKey)).size).toBe(3);
    expect(
      fake.received
        .filter((e) => e.batch)
        .map((e) => e.to[0])
        .sort(),
    ).toEqual((await rows(bulk)).map((m) => m.toAddress).sort());
    expect(fake.received.filter((e) => !e.batch).every((e) => e.attachments?.length === 1)).toBe(true);
    // Per call ≤ 100 emails.
    const perBatch = new Map<string, number>();
    for (const e of fake.received.filter((x) => x.batch)) perBatch.set(e.idempotencyKey!, (perBatch.get(e.idempotencyKey!) ?? 0) + 1);
    expect([...perBatch.values()].sort((a, b) => a - b)).toEqual([50, 100, 100]);

    const byProviderId = new Map(fake.received.map((e) => [e.id, e.to[0]]));
    for (const m of await rows([...bulk, ...withTickets])) {
      expect(m).toMatchObject({ status: "sent", transport: "resend", attempts: 1, error: null });
      expect(byProviderId.get(m.providerId!)).toBe(m.toAddress);
    }
  });

  it("sends nothing when run again for messages already sent", async () => {
    const ids = await newMessages(120);
    await deliverMessages(db(), ids, { transport: resend() });
    const again = await deliverMessages(db(), ids, { transport: resend() });
    expect(again).toMatchObject({ sent: [], failed: [], batchCalls: 0 });
    expect(again.skipped).toHaveLength(120);
    expect(fake.requests).toHaveLength(2);
    expect(fake.received).toHaveLength(120);
  });

  it("after a batch's answer is lost and the job fails, its retry sends nobody twice", async () => {
    const ids = await newMessages(150);
    // The first call goes through; the second is taken by the provider but its answer never comes,
    // and this transport gives up at once (as if the worker died): the job fails.
    fake.failNext(1, "lost-response", { after: 1 });
    const crashing = resend({ timeoutMs: 300, retry: { attempts: 1 } });
    await expect(deliverMessages(db(), ids, { transport: crashing })).rejects.toBeInstanceOf(RetryableEmailError);
    // The unanswered call's messages stay in its recorded attempt ("sending"), for it alone.
    const [{ held }] = await db().select({ held: sql<number>`count(*)::int` }).from(messages).where(eq(messages.status, "sending"));
    expect(held).toBe(50);
    expect(fake.received).toHaveLength(150);

    // The job's retry re-sends the recorded request with its idempotency key.
    const retry = await deliverMessages(db(), ids, { transport: resend() });
    expect(retry.sent).toHaveLength(50);
    expect(fake.received).toHaveLength(150);
    expect(new Set(fake.received.map((e) => e.to[0])).size).toBe(150);
    expect((await rows(ids)).every((m) => m.status === "sent")).toBe(true);
  });

  it("marks the address the provider refuses as failed with its reason and sends the rest", async () => {
    const ids = await newMessages(5, { to: (i) => (i === 2 ? "not an address" : `p${i}@example.com`) });
    const result = await deliverMessages(db(), ids, { transport: resend() });
    expect(result.sent).toHaveLength(4);
    expect(result.failed).toEqual([{ messageId: ids[2], error: expect.stringMatching(/^validation_error: Invalid `to` field/) }]);
    const refused = (await rows([ids[2]]))[0];
    expect(refused).toMatchObject({ status: "failed", providerId: null, attempts: 1 });
    expect(refused.error).toMatch(/^validation_error/);
    expect(fake.received).toHaveLength(4);
    expect(fake.requests).toHaveLength(1);
  });

  it("keeps the messages of a call that still fails in its attempt with the error, and throws so the job retries", async () => {
    const ids = await newMessages(3);
    fake.failNext(2, "500");
    await expect(deliverMessages(db(), ids, { transport: resend({ retry: { attempts: 2, baseDelayMs: 10 } }) })).rejects.toThrow(
      "internal_server_error",
    );
    // A 5xx may have been processed: the attempt stays pending with its key (see send-attempts.ts).
    for (const m of await rows(ids))
      expect(m).toMatchObject({ status: "sending", attempts: 1, error: expect.stringContaining("internal_server_error") });
    expect(fake.received).toHaveLength(0);
  });

  it("sends each message once when two workers deliver the same messages at the same time", async () => {
    fake.setLatency(100);
    const ids = await newMessages(230);
    const [a, b] = await Promise.all([
      deliverMessages(db(), ids, { transport: resend() }),
      deliverMessages(db(), [...ids].reverse(), { transport: resend() }),
    ]);
    expect(a.sent.length + b.sent.length).toBe(230);
    expect(new Set([...a.sent, ...b.sent]).size).toBe(230);
    expect(fake.received).toHaveLength(230);
    expect(new Set(fake.received.map((e) => e.to[0])).size).toBe(230);
  });

  it("sends 1,000 messages in 10 calls paced to a provider limited to 2 requests/s, without a 429", { timeout: 60_000 }, async () => {
    fake.setRateLimit(2);
    const ids = await newMessages(1_000);
    const started = Date.now();
    const result = await deliverMessages(db(), ids, { transport: resend({ limiter: new RateLimiter({ requestsPerSecond: 2 }) }) });
    const elapsed = Date.now() - started;
    console.log(
      `[batch] 1,000 messages, 10 calls at 2 req/s: ${elapsed} ms, ${fake.requests.filter((r) => r.status === 429).length} answered 429`,
    );
    expect(result.sent).toHaveLength(1_000);
    expect(fake.requests.map((r) => r.status)).toEqual(Array(10).fill(200));
    // Two calls per second: the last pair starts after ~4 windows.
    expect(elapsed).toBeGreaterThanOrEqual(4_000);
    expect(elapsed).toBeLessThan(8_000);
  });

  it("reports each settled message to the caller inside the transaction that marks it", async () => {
    const ids = await newMessages(3);
    const [ticket] = await newMessages(1, { attachment: true });
    const seen: { messageId: string; outcome: string; statusInTx: string }[] = [];
    await deliverMessages(db(), [...ids, ticket], {
      transport: outboxTransport,
      onSettled: async (tx, settled) => {
        for (const s of settled) {
          const [row] = await tx.select({ status: messages.status }).from(messages).where(eq(messages.id, s.messageId));
          seen.push({ messageId: s.messageId, outcome: s.outcome, statusInTx: row.status });
        }
      },
    });
    expect(seen.map((s) => s.messageId).sort()).toEqual([...ids, ticket].sort());
    expect(seen.every((s) => s.outcome === "sent" && s.statusInTx === "sent")).toBe(true);
    const marked = await rows([...ids, ticket]);
    expect(marked.every((m) => m.status === "sent" && m.transport === "outbox" && m.providerId === `outbox:${m.key}`)).toBe(true);
  });
});
