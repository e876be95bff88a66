// Delivering recorded messages through the Resend transport (against the fake Resend API): what
// ends up in the message row for each kind of provider answer, and whether the job should retry.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { deliverMessage } from "@/lib/email/deliver-message";
import { createResendTransport } from "@/lib/email/resend-transport";
import { RetryableEmailError } from "@/lib/email/transport";
import { closeConnections, resetDb, uniqueSuffix } from "../helpers/db";
import { startFakeResend, type FakeResend } from "../helpers/fake-resend";

let fake: FakeResend;
beforeAll(async () => {
  fake = await startFakeResend({ apiKey: "re_test" });
});
beforeEach(async () => {
  fake.reset();
  await resetDb();
});
afterAll(async () => {
  await fake.close();
  await closeConnections();
});

const resend = () => createResendTransport({ apiKey: "re_test", baseUrl: fake.url, timeoutMs: 2_000 });

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

  it("marks a message Resend refuses as failed with Resend's reason, and does not retry it", async () => {
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

  it("waits out a rate limit with a short retry-after, then sends once", async () => {
    const { id } = await newMessage();
    fake.failNext(1, "429", { retryAfterSeconds: 1 });
    const started = Date.now();
    expect(await deliverMessage(db(), id, resend())).toBe("sent");
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(fake.received).toHaveLength(1);
    expect(await load(id)).toMatchObject({ status: "sent", error: null, attempts: 2 });
  });

  it("leaves the message queued with the error recorded and throws on a provider error, so the job retries", async () => {
    const { id } = await newMessage();
    fake.failNext(1, "500");
    await expect(deliverMessage(db(), id, resend())).rejects.toBeInstanceOf(RetryableEmailError);
    const row = await load(id);
    expect(row).toMatchObject({ status: "queued", attempts: 1, providerId: null });
    expect(row.error).toContain("internal_server_error");
    expect(fake.received).toHaveLength(0);

    // The job's retry sends it.
    expect(await deliverMessage(db(), id, resend())).toBe("sent");
    expect(fake.received).toHaveLength(1);
  });

  it("retries after a lost answer with the same idempotency key, so the provider sends once", async () => {
    const { id, key } = await newMessage();
    // Resend takes the email but the answer never arrives: our side times out and cannot know.
    fake.failNext(1, "lost-response");
    await expect(deliverMessage(db(), id, createResendTransport({ apiKey: "re_test", baseUrl: fake.url, timeoutMs: 300 }))).rejects.toBeInstanceOf(
      RetryableEmailError,
    );
    expect(await load(id)).toMatchObject({ status: "queued", attempts: 1 });
    expect(await deliverMessage(db(), id, resend())).toBe("sent");
    expect(fake.requests.map((r) => r.idempotencyKey)).toEqual([key, key]);
    expect(fake.received).toHaveLength(1);
    expect((await load(id)).providerId).toBe(fake.received[0].id);
  });
});
