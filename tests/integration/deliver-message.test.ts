// deliverMessage with a transport we can watch: at most one provider call per message.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { deliverMessage } from "@/lib/email/deliver-message";
import { PermanentEmailError, RetryableEmailError, type EmailTransport, type OutgoingEmail } from "@/lib/email/transport";
import { closeConnections, resetDb, uniqueSuffix } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

function countingTransport(behaviour: (email: OutgoingEmail, call: number) => Promise<void> = async () => {}) {
  const calls: OutgoingEmail[] = [];
  const transport: EmailTransport = {
    name: "outbox",
    async send(email) {
      calls.push(email);
      await behaviour(email, calls.length);
      return { providerId: `counted:${calls.length}` };
    },
    async sendBatch() {
      throw new Error("deliverMessage sends one email at a time");
    },
  };
  return { transport, calls };
}

async function newMessage(key = `test:${uniqueSuffix()}`) {
  const { id } = await createMessage(db(), {
    key,
    kind: "registration_received",
    eventId: null,
    participantId: null,
    to: "ada@example.com",
    subject: "Hello",
    html: "<p>Hello</p>",
    text: "Hello",
  });
  return id;
}

async function load(id: string) {
  const [row] = await db().select().from(messages).where(eq(messages.id, id));
  return row;
}

describe("delivering a message", () => {
  it("sends it once with its key as the idempotency key and records the provider id", async () => {
    const id = await newMessage("registration_received:abc");
    const { transport, calls } = countingTransport();
    expect(await deliverMessage(db(), id, transport)).toBe("sent");
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ to: "ada@example.com", subject: "Hello", idempotencyKey: "registration_received:abc" });
    expect(await load(id)).toMatchObject({ status: "sent", providerId: "counted:1", attempts: 1, error: null });
  });

  it("does not send a message again once it was sent", async () => {
    const id = await newMessage();
    const { transport, calls } = countingTransport();
    await deliverMessage(db(), id, transport);
    expect(await deliverMessage(db(), id, transport)).toBe("skipped");
    expect(calls).toHaveLength(1);
  });

  it("sends a message once when several deliveries race for it", async () => {
    const id = await newMessage();
    // A slow provider keeps the first delivery inside its transaction while the others arrive.
    const { transport, calls } = countingTransport(() => new Promise((r) => setTimeout(r, 200)));
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => deliverMessage(db(), id, transport)));
    expect(calls).toHaveLength(1);
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "skipped")).toHaveLength(4);
    expect(await load(id)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("creating the same logical email twice returns the first message", async () => {
    const first = await createMessage(db(), {
      key: "k:1",
      kind: "approved",
      eventId: null,
      participantId: null,
      to: "a@example.com",
      subject: "s",
      html: "h",
      text: "t",
    });
    const second = await createMessage(db(), {
      key: "k:1",
      kind: "approved",
      eventId: null,
      participantId: null,
      to: "b@example.com",
      subject: "x",
      html: "y",
      text: "z",
    });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    expect(await db().select().from(messages)).toHaveLength(1);
  });

  it("marks a permanently refused message failed without throwing, so the job is not retried", async () => {
    const id = await newMessage();
    const { transport, calls } = countingTransport(async () => {
      throw new PermanentEmailError("validation_error: bad address");
    });
    expect(await deliverMessage(db(), id, transport)).toBe("failed");
    expect(await deliverMessage(db(), id, transport)).toBe("skipped");
    expect(calls).toHaveLength(1);
    expect(await load(id)).toMatchObject({ status: "failed", error: "validation_error: bad address", attempts: 1 });
  });

  it("keeps a message in its attempt and rethrows after a retryable failure, recording the attempt", async () => {
    const id = await newMessage();
    const { transport } = countingTransport(async (_email, call) => {
      if (call === 1) throw new RetryableEmailError("provider down");
    });
    await expect(deliverMessage(db(), id, transport)).rejects.toThrow("provider down");
    expect(await load(id)).toMatchObject({ status: "sending", error: "provider down", attempts: 1 });
    // The queue's retry then succeeds.
    expect(await deliverMessage(db(), id, transport)).toBe("sent");
    expect(await load(id)).toMatchObject({ status: "sent", error: null, attempts: 2 });
  });
});
