// The queue settings at work: an email.send job whose provider keeps failing is retried by pg-boss,
// then moved to the dead-letter queue with its error, where the event's deliveries page finds it.
// The real email.send queue (with its dead-letter setting) runs here with a tiny retry limit and
// delay, so the test takes seconds instead of the production ~30 minutes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { PgBoss } from "pg-boss";
import { db } from "@/lib/db/client";
import { listTroubledJobs } from "@/lib/queue-admin/troubled-jobs";
import { messages, participants } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { deliverMessage } from "@/lib/email/deliver-message";
import { RateLimiter } from "@/lib/email/rate-limiter";
import { createResendTransport } from "@/lib/email/resend-transport";
import { env } from "@/lib/env";
import { createQueues } from "@/jobs/create-queues";
import emailSendJob from "@/jobs/email-send";
import { sendJob } from "@/lib/queue/boss";
import { DEAD_LETTER_QUEUE } from "@/lib/queue/jobs";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { startFakeResend, type FakeResend } from "../helpers/fake-resend";

let fake: FakeResend;
let boss: PgBoss;
beforeAll(async () => {
  fake = await startFakeResend({ apiKey: "re_test" });
  boss = new PgBoss({ connectionString: env().DATABASE_URL, max: 3 });
  boss.on("error", () => {});
  await boss.start();
  await createQueues(boss);
  await boss.updateQueue("email.send", { retryLimit: 2, retryDelay: 1, retryBackoff: false });
});
beforeEach(async () => {
  fake.reset();
  await resetDb();
});
afterAll(async () => {
  // Back to the production settings for the test files that follow.
  await createQueues(boss);
  await boss.stop({ graceful: false, close: true });
  await fake.close();
  await closeConnections();
});

describe("a delivery job that keeps failing", () => {
  it("is retried, then lands in the dead-letter queue with its error, listed for its event", { timeout: 30_000 }, async () => {
    expect(emailSendJob.queue.deadLetter).toBe(DEAD_LETTER_QUEUE);
    const event = await createEvent();
    const [ada] = await db()
      .insert(participants)
      .values({ eventId: event.id, firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", status: "approved" })
      .returning();
    const messageId = await db().transaction(async (tx) => {
      const { id } = await createMessage(tx, {
        key: `approved:${ada.id}`,
        kind: "approved",
        eventId: event.id,
        participantId: ada.id,
        to: ada.email,
        subject: "You're confirmed",
        html: "<p>Hi</p>",
        text: "Hi",
      });
      await sendJob(tx, "email.send", { messageId: id });
      return id;
    });

    // Resend is down for good; one request per delivery attempt keeps the test short.
    fake.failNext(1_000, "500");
    const transport = createResendTransport({
      apiKey: "re_test",
      baseUrl: fake.url,
      limiter: new RateLimiter({ requestsPerSecond: 100 }),
      retry: { attempts: 1 },
    });
    await boss.work("email.send", { pollingIntervalSeconds: 0.5 }, async ([job]) => {
      await deliverMessage(db(), emailSendJob.payload.parse(job.data).messageId, transport);
    });

    let dead: Awaited<ReturnType<typeof boss.findJobs>> = [];
    const deadline = Date.now() + 20_000;
    while (dead.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      dead = await boss.findJobs(DEAD_LETTER_QUEUE, { data: { messageId } });
    }
    await boss.offWork("email.send");

    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ sourceName: "email.send", sourceRetryCount: 2, state: "created" });
    expect((dead[0].sourceOutput as { message: string }).message).toContain("internal_server_error");
    // 1 run + 2 retries, each one request (the same recorded attempt, with its key), each recorded on
    // the message, which stays in that attempt: a 5xx may have been processed.
    expect(fake.requests).toHaveLength(3);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(1);
    const [row] = await db().select().from(messages).where(eq(messages.id, messageId));
    expect(row).toMatchObject({ status: "sending", attempts: 3 });
    expect(row.error).toContain("internal_server_error");

    expect(await listTroubledJobs(db(), event.id)).toEqual([
      expect.objectContaining({
        state: "dead",
        jobName: "email.send",
        attempts: 3,
        messageId,
        participantName: "Ada Lovelace",
        error: expect.stringContaining("internal_server_error"),
      }),
    ]);
  });
});
