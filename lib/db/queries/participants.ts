// Participant reads for the dashboard. Callers check the event with getEventForUser first; these
// take an event id that has already passed that check, and every query is scoped to it.
import { and, asc, count, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { matchesSearch } from "@/lib/db/search-text";
import { waitlistPositionSql } from "@/lib/db/waitlist-position-sql";
import { messages, participants, participantStatuses, participantStatusHistory, tickets, type ParticipantStatus } from "@/lib/db/schema";

export const PARTICIPANTS_PAGE_SIZE = 50;

type Row = typeof participants.$inferSelect;
/** What narrows the list (lib/validation/participant-list.ts parses it from the URL and forms). */
export type ParticipantFilter = {
  q?: string;
  status?: ParticipantStatus;
  source?: Row["source"];
  rsvp?: NonNullable<Row["rsvpAnswer"]> | "none";
  /** "<question id>:<option id | yes | no>" */
  answer?: string;
  email?: "undeliverable";
};
export type ParticipantListParams = ParticipantFilter & {
  sort: "name" | "email" | "organisation" | "status" | "registered";
  dir: "asc" | "desc";
  page: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

export async function countParticipantsByStatus(db: DbOrTx, eventId: string): Promise<Record<ParticipantStatus, number>> {
  return countByStatus(db, eq(participants.eventId, eventId));
}

async function countByStatus(db: DbOrTx, where: SQL | undefined): Promise<Record<ParticipantStatus, number>> {
  const rows = await db.select({ status: participants.status, n: count() }).from(participants).where(where).groupBy(participants.status);
  const counts = Object.fromEntries(participantStatuses.map((s) => [s, 0])) as Record<ParticipantStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export async function listLatestParticipants(db: DbOrTx, eventId: string, limit = 50) {
  return db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      email: participants.email,
      organisation: participants.organisation,
      status: participants.status,
      createdAt: participants.createdAt,
    })
    .from(participants)
    .where(eq(participants.eventId, eventId))
    .orderBy(desc(participants.createdAt), desc(participants.id))
    .limit(limit);
}

/**
 * The participants of one event that a filter matches. The search finds every typed word in the name,
 * email or organisation, accents and case ignored (lib/db/search-text.ts), served by the trigram index.
 */
export function participantFilterWhere(eventId: string, filter: ParticipantFilter): SQL {
  const conditions: SQL[] = [eq(participants.eventId, eventId)];
  const search = filter.q ? matchesSearch(participants.searchText, filter.q) : undefined;
  if (search) conditions.push(search);
  if (filter.status) conditions.push(eq(participants.status, filter.status));
  if (filter.source) conditions.push(eq(participants.source, filter.source));
  if (filter.rsvp) conditions.push(filter.rsvp === "none" ? isNull(participants.rsvpAnswer) : eq(participants.rsvpAnswer, filter.rsvp));
  if (filter.answer) conditions.push(answerCondition(filter.answer));
  if (filter.email === "undeliverable") conditions.push(isNotNull(participants.emailUndeliverableAt));
  return and(...conditions)!;
}

/** Participants whose answer to a question is (or, for multiple choice, includes) this option; served by the GIN index. */
function answerCondition(filter: string): SQL {
  const [questionId, value] = filter.split(":");
  const candidates: unknown[] = [value, [value]];
  if (value === "yes" || value === "no") candidates.push(value === "yes");
  return sql`(${sql.join(
    candidates.map((v) => sql`${participants.answers} @> ${JSON.stringify({ [questionId]: v })}::jsonb`),
    sql` or `,
  )})`;
}

// Pending first, as the organizer's work list; then the decided ones.
const statusRank = sql`case ${participants.status} when 'pending' then 0 when 'approved' then 1 when 'rejected' then 2 else 3 end`;

/** The table's order for a sort column and direction, ending on the id so it is total (the CSV export follows it too). */
export function participantOrder(sort: ParticipantListParams["sort"], dir: "asc" | "desc"): SQL[] {
  const d = dir === "asc" ? asc : desc;
  // Ties end on the id so that paging never shows a row twice or skips one.
  switch (sort) {
    case "name":
      return [d(participants.lastName), d(participants.firstName), d(participants.id)];
    case "email":
      return [d(sql`lower(${participants.email})`), d(participants.id)];
    case "organisation":
      // Without an organisation last, whichever the direction.
      return [sql`${participants.organisation} ${sql.raw(dir)} nulls last`, d(participants.id)];
    case "status":
      return [d(statusRank), desc(participants.createdAt), d(participants.id)];
    case "registered":
      return [d(participants.createdAt), d(participants.id)];
  }
}

/** One page of the participants table, the number matching the filter, and how many of each status. */
export async function listParticipants(db: DbOrTx, eventId: string, params: ParticipantListParams) {
  const pageSize = PARTICIPANTS_PAGE_SIZE;
  const where = participantFilterWhere(eventId, params);
  const [statusCounts, rows] = await Promise.all([
    countByStatus(db, where),
    db
      .select({
        id: participants.id,
        firstName: participants.firstName,
        lastName: participants.lastName,
        email: participants.email,
        organisation: participants.organisation,
        status: participants.status,
        source: participants.source,
        rsvpAnswer: participants.rsvpAnswer,
        rsvpAnsweredAt: participants.rsvpAnsweredAt,
        emailUndeliverable: sql<boolean>`${participants.emailUndeliverableAt} is not null`,
        // Place in the waitlist's queue (waitlisted or offered), over the whole event, not this page.
        waitlistPosition: sql<number | null>`${waitlistPositionSql("participants")}`,
        createdAt: participants.createdAt,
      })
      .from(participants)
      .where(where)
      .orderBy(...participantOrder(params.sort, params.dir))
      .limit(pageSize)
      .offset((params.page - 1) * pageSize),
  ]);
  const total = participantStatuses.reduce((n, s) => n + statusCounts[s], 0);
  return { rows, total, statusCounts, page: params.page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** How many participants of the event have an address marked undeliverable. */
export async function countUndeliverableParticipants(db: DbOrTx, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(participants)
    .where(and(eq(participants.eventId, eventId), isNotNull(participants.emailUndeliverableAt)));
  return row?.n ?? 0;
}

export async function eventHasParticipants(db: DbOrTx, eventId: string): Promise<boolean> {
  const [row] = await db.select({ id: participants.id }).from(participants).where(eq(participants.eventId, eventId)).limit(1);
  return Boolean(row);
}

export async function getParticipant(db: DbOrTx, eventId: string, participantId: string) {
  if (!isUuid(participantId)) return null;
  const [row] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.id, participantId), eq(participants.eventId, eventId)));
  return row ?? null;
}

/** Status changes, newest first. */
export async function listStatusHistory(db: DbOrTx, participantId: string) {
  return db
    .select()
    .from(participantStatusHistory)
    .where(eq(participantStatusHistory.participantId, participantId))
    .orderBy(desc(participantStatusHistory.createdAt), desc(participantStatusHistory.id));
}

/** Every email recorded for a participant, newest first (without bodies). */
export async function listParticipantMessages(db: DbOrTx, eventId: string, participantId: string) {
  return db
    .select({
      id: messages.id,
      kind: messages.kind,
      subject: messages.subject,
      status: messages.status,
      error: messages.error,
      createdAt: messages.createdAt,
      sentAt: messages.sentAt,
    })
    .from(messages)
    .where(and(eq(messages.participantId, participantId), eq(messages.eventId, eventId)))
    .orderBy(desc(messages.createdAt), desc(messages.id));
}

/** Whether a rendered ticket is stored (its PDF is not read). */
export async function hasTicket(db: DbOrTx, participantId: string): Promise<boolean> {
  const [row] = await db.select({ id: tickets.participantId }).from(tickets).where(eq(tickets.participantId, participantId));
  return Boolean(row);
}
