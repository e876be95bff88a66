// The announcement.send job's work: release a scheduled announcement whose time has come, then send
// every pending recipient of its operation, up to 100 emails per provider call (deliverMessages,
// priority "bulk"), each chunk's outcome and the counters committed together (settleItems).
//
// Each recipient's email is keyed announcement:<announcementId>:<participantId>: recorded once
// (unique key), delivered once (the key is the provider's idempotency key). Safe to run again and at
// once: the work is whatever is still pending, under one advisory lock per operation.
import { and, asc, count, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import {
  announcements,
  events,
  messageAttachments,
  messages,
  operationItems,
  participants,
  type Announcement,
  type Event,
} from "@/lib/db/schema";
import { participantLocale } from "@/lib/email/compose-email";
import { recordMessages } from "@/lib/email/create-message";
import { deliverMessages } from "@/lib/email/deliver-batch";
import type { EmailTransport } from "@/lib/email/transport";
import { MAX_BATCH_SIZE } from "@/lib/email/transport";
import { env } from "@/lib/env";
import { completeIfNothingPending } from "@/lib/operations/fail-pending-items";
import { withOperationLock } from "@/lib/operations/operation-lock";
import { settleEmailedItems, settleItems, type ItemOutcome, resumeRecordedEmail } from "@/lib/operations/settle-items";
import { calendarAttachment } from "@/lib/calendar/event-calendar";
import { renderAnnouncement } from "./announcement-template";
import { releaseAnnouncement } from "./release-announcement";
import { itemReason } from "@/lib/operations/item-reason";

export function announcementMessageKey(announcementId: string, participantId: string): string {
  return `announcement:${announcementId}:${participantId}`;
}

export type RunAnnouncementOptions = {
  transport?: EmailTransport;
  chunkSize?: number;
  /** Called after each chunk was delivered: tests stop a run here to simulate a crash. */
  afterChunk?: (chunks: number) => void | Promise<void>;
};

export async function runAnnouncementSend(db: Db, announcementId: string, opts: RunAnnouncementOptions = {}): Promise<void> {
  const [first] = await db.select().from(announcements).where(eq(announcements.id, announcementId));
  if (!first || first.state === "cancelled" || first.state === "sent") return;
  const [event] = await db.select().from(events).where(eq(events.id, first.eventId));
  if (!event) return;
  if (first.state === "scheduled") {
    // A cancelled event gets no announcement that was only scheduled.
    if (event.cancelledAt) {
      await db
        .update(announcements)
        .set({ state: "cancelled" })
        .where(and(eq(announcements.id, first.id), eq(announcements.state, "scheduled")));
      return;
    }
    await db.transaction((tx) => releaseAnnouncement(tx, first, { id: first.createdBy, name: first.createdByName ?? "Scheduled" }));
  }
  const [announcement] = await db.select().from(announcements).where(eq(announcements.id, announcementId));
  const operationId = announcement.operationId;
  if (!operationId) return;

  await withOperationLock(`announcement_email:${operationId}`, async () => {
    await db.execute(sql`update operations set started_at = coalesce(started_at, now()) where id = ${operationId}`);
    let after: string | null = null;
    let chunks = 0;
    for (;;) {
      const chunk = await prepareChunk(db, operationId, event, announcement, after, opts.chunkSize ?? MAX_BATCH_SIZE);
      if (!chunk) break;
      after = chunk.last;
      if (chunk.messageIds.length) {
        await deliverMessages(db, chunk.messageIds, {
          priority: "bulk",
          transport: opts.transport,
          onSettled: settleEmailedItems(operationId, (id) => chunk.recipients.get(id)!),
        });
      }
      await opts.afterChunk?.(++chunks);
    }
    const [left] = await db
      .select({ n: count() })
      .from(operationItems)
      .where(and(eq(operationItems.operationId, operationId), eq(operationItems.status, "pending")));
    // Emails another delivery held (or just sent) stay pending: the job runs again for them.
    if (left.n > 0) throw new Error(`${left.n} recipient(s) are still pending; the job will try again`);
    await completeIfNothingPending(db, operationId);
    await db.update(announcements).set({ state: "sent" }).where(eq(announcements.id, announcementId));
  });
}

type Chunk = { messageIds: string[]; recipients: Map<string, string>; last: string };

/** The next pending recipients after `after`, each recorded as its one message, in one transaction. */
async function prepareChunk(
  db: Db,
  operationId: string,
  event: Event,
  announcement: Announcement,
  after: string | null,
  size: number,
): Promise<Chunk | null> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        participantId: operationItems.participantId,
        participant: participants,
        messageId: messages.id,
        messageStatus: messages.status,
      })
      .from(operationItems)
      .leftJoin(participants, and(eq(participants.id, operationItems.participantId), eq(participants.eventId, event.id)))
      .leftJoin(
        messages,
        eq(messages.key, sql`'announcement:' || ${announcement.id}::text || ':' || ${operationItems.participantId}::text`),
      )
      .where(
        and(
          eq(operationItems.operationId, operationId),
          eq(operationItems.status, "pending"),
          after ? gt(operationItems.participantId, after) : undefined,
        ),
      )
      .orderBy(asc(operationItems.participantId))
      .limit(size);
    if (rows.length === 0) return null;

    const recipients = new Map<string, string>();
    const settled: ItemOutcome[] = [];
    const requeue: string[] = [];
    const values = [];
    const config = env();
    for (const row of rows) {
      if (row.messageId) resumeRecordedEmail({ settled, requeue, recipients }, row.participantId, row.messageId, row.messageStatus);
      else if (!row.participant) {
        settled.push({ participantId: row.participantId, status: "skipped", error: itemReason({ code: "deleted" }) });
      } else {
        const p = row.participant;
        const content = await renderAnnouncement(event, announcement, p);
        values.push({
          key: announcementMessageKey(announcement.id, p.id),
          kind: "announcement" as const,
          eventId: event.id,
          participantId: p.id,
          operationId,
          fromAddress: config.EMAIL_FROM,
          toAddress: p.email,
          transport: config.EMAIL_TRANSPORT,
          ...content,
        });
      }
    }
    if (values.length) {
      const { inserted, all } = await recordMessages(tx, values);
      // An update or a cancellation of the event carries each participant's calendar entry.
      const method = announcement.calendarMethod;
      if (method && inserted.length) {
        const byId = new Map(rows.map((r) => [r.participantId, r.participant]));
        await tx.insert(messageAttachments).values(
          inserted.map((m) => {
            const person = byId.get(m.participantId!)!;
            return { messageId: m.id, ...calendarAttachment(event, person, method, participantLocale(event, person)) };
          }),
        );
      }
      for (const m of all) recipients.set(m.id, m.participantId!);
    }
    if (requeue.length)
      await tx
        .update(messages)
        .set({ status: "queued" })
        .where(and(inArray(messages.id, requeue), eq(messages.status, "failed")));
    await settleItems(tx, operationId, settled);
    return { messageIds: [...recipients.keys()], recipients, last: rows[rows.length - 1].participantId };
  });
}
