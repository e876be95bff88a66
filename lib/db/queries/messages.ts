// Outbox reads. Scoped like events: the owner sees every message, other organizers only messages
// of events they may access (messages without an event are the owner's alone). No row = not found.
import { and, count, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { eventAccess, type Viewer } from "@/lib/db/queries/events";
import { events, messageAttachments, messages } from "@/lib/db/schema";
import { matchesSearch } from "@/lib/search/search-text";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const OUTBOX_PAGE_SIZE = 50;

/** One page of the outbox; `q` finds every typed word in the recipient or subject, accents and case ignored. */
export async function listMessagesForUser(db: DbOrTx, user: Viewer, opts: { page: number; pageSize?: number; q?: string }) {
  const pageSize = opts.pageSize ?? OUTBOX_PAGE_SIZE;
  const page = Math.max(1, Math.floor(opts.page));
  const where = and(eventAccess(user), opts.q ? matchesSearch(messages.searchText, opts.q) : undefined);
  const [{ total }] = await db.select({ total: count() }).from(messages).leftJoin(events, eq(events.id, messages.eventId)).where(where);
  const rows = await db
    .select({
      id: messages.id,
      kind: messages.kind,
      toAddress: messages.toAddress,
      subject: messages.subject,
      status: messages.status,
      createdAt: messages.createdAt,
      sentAt: messages.sentAt,
      eventId: events.id,
      eventTitle: events.title,
      eventTimeZone: events.timeZone,
    })
    .from(messages)
    .leftJoin(events, eq(events.id, messages.eventId))
    .where(where)
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export async function getMessageForUser(db: DbOrTx, user: Viewer, messageId: string) {
  if (!UUID.test(messageId)) return null;
  const [row] = await db
    .select({ message: messages, eventTitle: events.title, eventTimeZone: events.timeZone })
    .from(messages)
    .leftJoin(events, eq(events.id, messages.eventId))
    .where(and(eq(messages.id, messageId), eventAccess(user)));
  return row ? { ...row.message, eventTitle: row.eventTitle, eventTimeZone: row.eventTimeZone } : null;
}

/** Attachment names and sizes, without their content. */
export async function listAttachments(db: DbOrTx, messageId: string) {
  return db
    .select({
      id: messageAttachments.id,
      filename: messageAttachments.filename,
      contentType: messageAttachments.contentType,
      size: sql<number>`octet_length(${messageAttachments.content})::int`,
    })
    .from(messageAttachments)
    .where(eq(messageAttachments.messageId, messageId))
    .orderBy(messageAttachments.filename);
}

export async function getAttachmentForUser(db: DbOrTx, user: Viewer, messageId: string, attachmentId: string) {
  if (!UUID.test(messageId) || !UUID.test(attachmentId)) return null;
  const [row] = await db
    .select({ attachment: messageAttachments })
    .from(messageAttachments)
    .innerJoin(messages, eq(messages.id, messageAttachments.messageId))
    .leftJoin(events, eq(events.id, messages.eventId))
    .where(and(eq(messageAttachments.id, attachmentId), eq(messages.id, messageId), eventAccess(user)));
  return row?.attachment ?? null;
}
