// What did not go out for an event: messages still queued or failed (the jobs behind them are in
// lib/queue-admin/troubled-jobs.ts). Callers check the event's access first (getEventForUser);
// these functions then scope every row to that event.
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { eventAccess, type Viewer } from "@/lib/db/queries/events";
import { events, messages, participants, SEND_ATTEMPT_WINDOW_MS, sendAttempts, type Message } from "@/lib/db/schema";

export const DELIVERIES_LIMIT = 200;

const UUID_RE = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

export type UndeliveredMessage = {
  id: string;
  kind: Message["kind"];
  toAddress: string;
  subject: string;
  status: "queued" | "sending" | "failed";
  error: string | null;
  attempts: number;
  createdAt: Date;
  participantName: string | null;
  /** In a recorded attempt that got no answer within Resend's 24 h: sent again only when confirmed. */
  outcomeUnknown: boolean;
};

/** Failed messages first, then queued ones, newest first; with the totals of each. */
export async function listUndeliveredMessages(db: DbOrTx, eventId: string, limit = DELIVERIES_LIMIT) {
  const where = and(eq(messages.eventId, eventId), inArray(messages.status, ["queued", "sending", "failed"]));
  const rows = await db
    .select({
      id: messages.id,
      kind: messages.kind,
      toAddress: messages.toAddress,
      subject: messages.subject,
      status: messages.status,
      error: messages.error,
      attempts: messages.attempts,
      createdAt: messages.createdAt,
      participantName: sql<string | null>`${participants.firstName} || ' ' || ${participants.lastName}`,
      outcomeUnknown: sql<boolean>`coalesce(${sendAttempts.state} = 'unknown' or (${sendAttempts.state} = 'pending'
        and ${sendAttempts.createdAt} <= now() - make_interval(secs => ${SEND_ATTEMPT_WINDOW_MS / 1000})), false)`,
    })
    .from(messages)
    .leftJoin(participants, eq(participants.id, messages.participantId))
    .leftJoin(sendAttempts, eq(sendAttempts.id, messages.attemptId))
    .where(where)
    .orderBy(
      sql`case ${messages.status} when 'failed' then 0 when 'sending' then 1 else 2 end`,
      desc(messages.createdAt),
      desc(messages.id),
    )
    .limit(limit);
  const totals = await db.select({ status: messages.status, n: count() }).from(messages).where(where).groupBy(messages.status);
  const total = (s: string) => totals.find((t) => t.status === s)?.n ?? 0;
  return { rows: rows as UndeliveredMessage[], failed: total("failed"), queued: total("queued") + total("sending") };
}
/** A message of this event as it is now, to report what became of a retry. */
export async function getEventMessageState(db: DbOrTx, eventId: string, messageId: string) {
  if (!new RegExp(UUID_RE).test(messageId)) return null;
  const [row] = await db
    .select({ toAddress: messages.toAddress, status: messages.status, error: messages.error })
    .from(messages)
    .where(and(eq(messages.id, messageId), eq(messages.eventId, eventId)));
  return row ?? null;
}

/** Failed messages the user may see, for the Outbox's badge. */
export async function countFailedMessagesForUser(db: DbOrTx, user: Viewer): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(messages)
    .leftJoin(events, eq(events.id, messages.eventId))
    .where(and(eq(messages.status, "failed"), eventAccess(user)));
  return row.n;
}

export type ReportedMessage = {
  id: string;
  kind: Message["kind"];
  toAddress: string;
  subject: string;
  deliveryStatus: "bounced" | "complained";
  deliveryDetail: string | null;
  deliveryReportedAt: Date | null;
  participantId: string | null;
  participantName: string | null;
};

/**
 * Sent messages the provider reported back as bounced or marked as spam, newest first, with the
 * total: nothing to retry (the provider accepted them), but the address needs the organizer's eyes.
 */
export async function listReportedMessages(db: DbOrTx, eventId: string, limit = 50) {
  const where = and(eq(messages.eventId, eventId), inArray(messages.deliveryStatus, ["bounced", "complained"]));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: messages.id,
        kind: messages.kind,
        toAddress: messages.toAddress,
        subject: messages.subject,
        deliveryStatus: messages.deliveryStatus,
        deliveryDetail: messages.deliveryDetail,
        deliveryReportedAt: messages.deliveryReportedAt,
        participantId: messages.participantId,
        participantName: sql<string | null>`${participants.firstName} || ' ' || ${participants.lastName}`,
      })
      .from(messages)
      .leftJoin(participants, eq(participants.id, messages.participantId))
      .where(where)
      .orderBy(desc(messages.createdAt), desc(messages.id))
      .limit(limit),
    db.select({ n: count() }).from(messages).where(where),
  ]);
  return { rows: rows as ReportedMessage[], total: total.n };
}
