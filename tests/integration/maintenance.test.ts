// The daily maintenance: stored email bodies and attachments go after MESSAGE_RETENTION_DAYS (the
// message row stays), and finished jobs are pruned by pg-boss after JOB_RETENTION_DAYS.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { PgBoss } from "pg-boss";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { applyJobRetention } from "@/jobs/maintenance-job-retention";
import purgeMessageBodies from "@/jobs/maintenance-purge-message-bodies";
import { db } from "@/lib/db/client";
import { messageAttachments, messages } from "@/lib/db/schema";
import { parseEnv } from "@/lib/env";
import { closeConnections, resetDb } from "../helpers/db";
import { jobContext } from "../helpers/run-job";

beforeEach(resetDb);
afterAll(closeConnections);

const DAY = 24 * 3600 * 1000;

async function message(ageDays: number, status: "queued" | "sent" | "failed") {
  const [m] = await db()
    .insert(messages)
    .values({
      key: `test:${randomUUID()}`,
      kind: "approved",
      fromAddress: "events@example.org",
      toAddress: "a@example.com",
      subject: "Hello",
      html: "<p>Hello</p>",
      text: "Hello",
      status,
      createdAt: new Date(Date.now() - ageDays * DAY),
    })
    .returning();
  await db()
    .insert(messageAttachments)
    .values({ messageId: m.id, filename: "ticket.pdf", contentType: "application/pdf", content: Buffer.from("%PDF") });
  return m.id;
}

async function stored(id: string) {
  const [m] = await db().select().from(messages).where(eq(messages.id, id));
  const attachments = await db().select().from(messageAttachments).where(eq(messageAttachments.messageId, id));
  return { status: m.status, subject: m.subject, html: m.html, text: m.text, attachments: attachments.length };
}

describe("purging stored email bodies", () => {
  it("empties bodies and attachments past the retention, keeps the rows, and spares queued and recent emails", async () => {
    const config = parseEnv({ DATABASE_URL: "postgres://localhost/x", MESSAGE_RETENTION_DAYS: "30" });
    const oldSent = await message(31, "sent");
    const oldFailed = await message(45, "failed");
    const oldQueued = await message(31, "queued");
    const recent = await message(29, "sent");

    expect(await purgeMessageBodies.handle(jobContext(db(), { config }), null)).toEqual({ messages: 2, attachments: 2 });

    expect(await stored(oldSent)).toEqual({ status: "sent", subject: "Hello", html: null, text: null, attachments: 0 });
    expect(await stored(oldFailed)).toEqual({ status: "failed", subject: "Hello", html: null, text: null, attachments: 0 });
    expect(await stored(oldQueued)).toEqual({ status: "queued", subject: "Hello", html: "<p>Hello</p>", text: "Hello", attachments: 1 });
    expect(await stored(recent)).toEqual({ status: "sent", subject: "Hello", html: "<p>Hello</p>", text: "Hello", attachments: 1 });
    // Nothing left to do on a second run.
    expect(await purgeMessageBodies.handle(jobContext(db(), { config }), null)).toEqual({ messages: 0, attachments: 0 });
  });
});

describe("pruning finished jobs", () => {
  it("sets every queue's retention and lets pg-boss delete jobs finished longer ago", async () => {
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, supervise: false, schedule: false, migrate: false, max: 2 });
    boss.on("error", () => {});
    await boss.start();
    try {
      const queue = `test.retention-${randomUUID().slice(0, 8)}`;
      await boss.createQueue(queue);
      await applyJobRetention(boss, 3);
      expect((await boss.getQueue(queue))?.deleteAfterSeconds).toBe(3 * 24 * 3600);
      expect((await boss.getQueue("email.send"))?.deleteAfterSeconds).toBe(3 * 24 * 3600);

      const oldId = (await boss.send(queue, {}))!;
      const newId = (await boss.send(queue, {}))!;
      await boss.fetch(queue, { batchSize: 2 });
      await boss.complete(queue, [oldId, newId]);
      await db().execute(sql`update pgboss.job set completed_on = now() - interval '4 days' where id = ${oldId}`);

      await boss.supervise(queue);
      const left = await db().execute<{ id: string }>(sql`select id from pgboss.job where name = ${queue}`);
      expect([...left].map((r) => r.id)).toEqual([newId]);
      await boss.deleteQueue(queue);
    } finally {
      await boss.stop({ graceful: false, close: true });
    }
  });
});
