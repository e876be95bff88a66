// Outbox reads. Scoped like events: the owner sees every message, other organizers only messages
// of events they may access (messages without an event are the owner's alone). No row = not found.
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { eventAccess, type Viewer } from "@/lib/db/queries/events";
import { events, type Message, messageAttachments, messages } from "@/lib/db/schema";
import { matchesSearch } from "@/lib/db/search-text";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What narrows the outbox (lib/validation/outbox.ts parses it from the URL). */
export type OutboxFilter = {
  event?: string;
  kind?: Message["kind"];
  status?: Message["status"];
  delivery?: NonNullable<Message["deliveryStatus"]>;
  to?: string;
  q?: string;
};

export const OUTBOX_PAGE_SIZE = 50;
/** Counting stops here: "1,000+" is as useful as an exact figure and stays fast at any size. */
export const OUTBOX_COUNT_CAP = 1_000;

// Keyset paging, newest first: a page is the rows before (older than) or after (newer than) a
// (created_at, id) cursor, each filter served by an index on (column, created_at, id), so a page
// costs the same at page 1 and page 2,000. The cursor carries created_at as PostgreSQL's own text
// (microseconds; a JS Date would round them away and skip or repeat rows).
type Cursor = { createdAt: string; id: string };
const PG_TIMESTAMPTZ = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.createdAt}|${c.id}`).toString("base64url");
}

export function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  const [createdAt, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (!createdAt || !id || !UUID.test(id) || !PG_TIMESTAMPTZ.test(createdAt)) return null;
  return { createdAt, id };
}

function outboxWhere(user: Viewer, f: OutboxFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eventAccess(user)];
  if (f.event) conditions.push(eq(messages.eventId, f.event));
  if (f.kind) conditions.push(eq(messages.kind, f.kind));
  if (f.status) conditions.push(eq(messages.status, f.status));
  if (f.delivery) conditions.push(eq(messages.deliveryStatus, f.delivery));
  // The recipient: exactly this address (the trigram index narrows, the equality decides).
  if (f.to) conditions.push(matchesSearch(messages.searchText, f.to), sql`lower(${messages.toAddress}) = ${f.to}`);
  // Every typed word in the recipient or subject, accents and case ignored (lib/search).
  if (f.q) conditions.push(matchesSearch(messages.searchText, f.q));
  return and(...conditions);
}

export async function listMessagesForUser(
  db: DbOrTx,
  user: Viewer,
  opts: { filter?: OutboxFilter; before?: string; after?: string; pageSize?: number } = {},
) {
  const pageSize = opts.pageSize ?? OUTBOX_PAGE_SIZE;
  const where = outboxWhere(user, opts.filter ?? {});
  // The owner sees everything: the count needs no join then.
  const access = eventAccess(user);
  const before = decodeCursor(opts.before);
  const after = before ? null : decodeCursor(opts.after);
  const key = sql`(${messages.createdAt}, ${messages.id})`;
  const page = before
    ? and(where, sql`${key} < (${before.createdAt}::timestamptz, ${before.id}::uuid)`)
    : after
      ? and(where, sql`${key} > (${after.createdAt}::timestamptz, ${after.id}::uuid)`)
      : where;
  const [counted, fetched] = await Promise.all([
    db.execute<{ n: number }>(
      sql`select count(*)::int as n from (select 1 from ${messages} ${access ? sql`left join ${events} on ${events.id} = ${messages.eventId}` : sql``} ${where ? sql`where ${where}` : sql``} limit ${OUTBOX_COUNT_CAP + 1}) capped`,
    ),
    db
      .select({
        id: messages.id,
        kind: messages.kind,
        toAddress: messages.toAddress,
        subject: messages.subject,
        status: messages.status,
        deliveryStatus: messages.deliveryStatus,
        createdAt: messages.createdAt,
        cursorAt: sql<string>`${messages.createdAt}::text`,
        sentAt: messages.sentAt,
        eventId: events.id,
        eventTitle: events.title,
        eventTimeZone: events.timeZone,
      })
      .from(messages)
      .leftJoin(events, eq(events.id, messages.eventId))
      .where(page)
      .orderBy(...(after ? [asc(messages.createdAt), asc(messages.id)] : [desc(messages.createdAt), desc(messages.id)]))
      .limit(pageSize + 1),
  ]);
  const more = fetched.length > pageSize;
  const rows = fetched.slice(0, pageSize);
  if (after) rows.reverse();
  const total = counted[0]?.n ?? 0;
  const edge = (r: (typeof rows)[number] | undefined) => (r ? encodeCursor({ createdAt: r.cursorAt, id: r.id }) : undefined);
  // Older rows exist past the last one when fetched going back with more, or whenever we came forward.
  const hasOlder = after ? rows.length > 0 : more;
  const hasNewer = before ? rows.length > 0 : after ? more : false;
  return {
    rows,
    total: Math.min(total, OUTBOX_COUNT_CAP),
    totalCapped: total > OUTBOX_COUNT_CAP,
    older: hasOlder ? edge(rows.at(-1)) : undefined,
    newer: hasNewer ? edge(rows[0]) : undefined,
  };
}

/** The events the viewer may filter the outbox by. */
export async function listOutboxEvents(db: DbOrTx, user: Viewer) {
  return db.select({ id: events.id, title: events.title }).from(events).where(eventAccess(user)).orderBy(desc(events.startsAt)).limit(500);
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
