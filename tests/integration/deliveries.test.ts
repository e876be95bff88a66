// What the organizer's deliveries page reads and does: the event's undelivered messages, its
// retrying or dead-lettered jobs, and "Retry" on a message (back to queued + one email.send job).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { countFailedMessagesForUser, listUndeliveredMessages } from "@/lib/db/queries/deliveries";
import { listTroubledJobs } from "@/lib/queue-admin/troubled-jobs";
import { messages, participants, user } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { retryMessage } from "@/lib/email/retry-message";
import { producer } from "@/lib/queue/boss";
import { DEAD_LETTER_QUEUE } from "@/lib/queue/jobs";
import { closeConnections, createEvent, resetDb, uniqueSuffix } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

async function participantOf(eventId: string, firstName = "Ada") {
  const [p] = await db()
    .insert(participants)
    .values({
      eventId,
      firstName,
      lastName: "Lovelace",
      email: `${firstName.toLowerCase()}-${uniqueSuffix()}@example.com`,
      status: "approved",
    })
    .returning();
  return p;
}

async function message(
  eventId: string | null,
  participantId: string | null,
  status: "queued" | "sent" | "failed",
  error: string | null = null,
) {
  const { id } = await createMessage(db(), {
    key: `approved:${uniqueSuffix()}`,
    kind: "approved",
    eventId,
    participantId,
    to: "ada@example.com",
    subject: "You're confirmed",
    html: "<p>Hi</p>",
    text: "Hi",
  });
  await db()
    .update(messages)
    .set({ status, error, attempts: error ? 1 : 0 })
    .where(eq(messages.id, id));
  return id;
}

async function emailJobs(messageId: string) {
  const rows = await db().execute<{ state: string }>(
    sql`select state from pgboss.job where name = 'email.send' and data->>'messageId' = ${messageId}`,
  );
  return [...rows];
}

describe("an event's deliveries", () => {
  it("lists its failed messages first, then the queued ones, with error and attempts, and nothing of other events", async () => {
    const event = await createEvent();
    const other = await createEvent();
    const ada = await participantOf(event.id);
    const failed = await message(event.id, ada.id, "failed", "validation_error: Invalid `to` field.");
    const queued = await message(event.id, ada.id, "queued");
    await message(event.id, ada.id, "sent");
    await message(other.id, null, "failed", "elsewhere");

    const result = await listUndeliveredMessages(db(), event.id);
    expect(result).toMatchObject({ failed: 1, queued: 1 });
    expect(result.rows.map((r) => r.id)).toEqual([failed, queued]);
    expect(result.rows[0]).toMatchObject({
      status: "failed",
      error: "validation_error: Invalid `to` field.",
      attempts: 1,
      participantName: "Ada Lovelace",
    });
  });

  it("lists a dead-lettered job and a retrying job that concern its participants, with their errors", async () => {
    const event = await createEvent();
    const other = await createEvent();
    const ada = await participantOf(event.id);
    const stranger = await participantOf(other.id, "Grace");
    const queued = await message(event.id, ada.id, "queued", "internal_server_error: boom");
    // As pg-boss leaves them: a job given up (a copy in the dead-letter queue, with the source's
    // output) and a job waiting for its next try.
    await db().execute(sql`
      insert into pgboss.job (name, data, state, source_name, source_retry_count, source_output)
      values (${DEAD_LETTER_QUEUE}, ${JSON.stringify({ participantId: ada.id, changeId: ada.id })}::jsonb, 'created', 'participant.approved', 8,
              ${JSON.stringify({ message: "ticket render failed" })}::jsonb),
             (${DEAD_LETTER_QUEUE}, ${JSON.stringify({ participantId: stranger.id, changeId: stranger.id })}::jsonb, 'created', 'participant.approved', 8,
              ${JSON.stringify({ message: "not this event" })}::jsonb)`);
    await db().execute(sql`
      insert into pgboss.job (name, data, state, retry_count, output)
      values ('email.send', ${JSON.stringify({ messageId: queued })}::jsonb, 'retry', 3, ${JSON.stringify({ message: "rate limited: slow down" })}::jsonb)`);

    const jobs = await listTroubledJobs(db(), event.id);
    expect(jobs).toHaveLength(2);
    expect(jobs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          state: "dead",
          jobName: "participant.approved",
          error: "ticket render failed",
          attempts: 9,
          participantName: "Ada Lovelace",
        }),
        expect.objectContaining({
          state: "retrying",
          jobName: "email.send",
          error: "rate limited: slow down",
          attempts: 4,
          messageId: queued,
        }),
      ]),
    );
    expect(await listTroubledJobs(db(), other.id)).toEqual([expect.objectContaining({ error: "not this event" })]);
  });

  it("counts failed messages for the outbox badge, scoped to the organizer's events", async () => {
    const [owner, organizer] = await Promise.all(
      (["owner", "organizer"] as const).map(async (role) => {
        const id = `u-${uniqueSuffix()}`;
        await db()
          .insert(user)
          .values({ id, name: role, email: `${id}@example.com`, role });
        return { id, role };
      }),
    );
    const mine = await createEvent({ createdBy: organizer.id });
    const theirs = await createEvent({ createdBy: owner.id });
    await message(mine.id, null, "failed", "x");
    await message(theirs.id, null, "failed", "y");
    await message(mine.id, null, "sent");
    expect(await countFailedMessagesForUser(db(), organizer)).toBe(1);
    expect(await countFailedMessagesForUser(db(), owner)).toBe(2);
  });
});

describe("retrying a message", () => {
  it("puts a failed message back in the queue with one email.send job", async () => {
    const event = await createEvent();
    const id = await message(event.id, null, "failed", "validation_error: bad address");
    expect(await retryMessage(db(), { eventId: event.id, messageId: id })).toEqual({ ok: true, requeued: true });
    const [row] = await db().select().from(messages).where(eq(messages.id, id));
    expect(row.status).toBe("queued");
    expect(await emailJobs(id)).toEqual([{ state: "created" }]);
  });

  it("makes one job of two clicks, at once or one after the other", async () => {
    const event = await createEvent();
    const id = await message(event.id, null, "failed", "boom");
    const results = await Promise.all([1, 2].map(() => retryMessage(db(), { eventId: event.id, messageId: id })));
    expect(results.filter((r) => r.ok && r.requeued)).toHaveLength(1);
    expect(await retryMessage(db(), { eventId: event.id, messageId: id })).toEqual({ ok: true, requeued: false });
    expect(await emailJobs(id)).toHaveLength(1);
  });

  it("gives a queued message whose job was dead-lettered a new job and clears the dead letter", async () => {
    const event = await createEvent();
    const id = await message(event.id, null, "queued", "internal_server_error: boom");
    await db().execute(sql`
      insert into pgboss.job (name, data, state, source_name, source_retry_count, source_output)
      values (${DEAD_LETTER_QUEUE}, ${JSON.stringify({ messageId: id })}::jsonb, 'created', 'email.send', 8, ${JSON.stringify({ message: "boom" })}::jsonb)`);
    expect(await listTroubledJobs(db(), event.id)).toHaveLength(1);

    expect(await retryMessage(db(), { eventId: event.id, messageId: id })).toEqual({ ok: true, requeued: true });
    expect(await emailJobs(id)).toEqual([{ state: "created" }]);
    expect(await listTroubledJobs(db(), event.id)).toEqual([]);
    const boss = await producer();
    expect((await boss.findJobs(DEAD_LETTER_QUEUE, { data: { messageId: id } }))[0].state).toBe("cancelled");
  });

  it("refuses a sent message, and a message of another event", async () => {
    const event = await createEvent();
    const other = await createEvent();
    const sent = await message(event.id, null, "sent");
    const failed = await message(event.id, null, "failed", "x");
    expect(await retryMessage(db(), { eventId: event.id, messageId: sent })).toEqual({ ok: false, reason: "already_sent" });
    expect(await retryMessage(db(), { eventId: other.id, messageId: failed })).toEqual({ ok: false, reason: "not_found" });
    expect(await emailJobs(failed)).toEqual([]);
    const [row] = await db().select().from(messages).where(eq(messages.id, failed));
    expect(row.status).toBe("failed");
  });
});
