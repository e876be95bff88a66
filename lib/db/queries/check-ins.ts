// Check-in reads: the participant behind a ticket code, the door's counters, the manual search.
// Callers have already checked the event with getEventForUser; these take its id.
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { checkIns, participants, participantSearchText, type ParticipantStatus } from "@/lib/db/schema";

export type CheckInTarget = { id: string; eventId: string; firstName: string; lastName: string; status: ParticipantStatus };

const targetColumns = {
  id: participants.id,
  eventId: participants.eventId,
  firstName: participants.firstName,
  lastName: participants.lastName,
  status: participants.status,
};

/** The participant holding this (already normalised) code, in whichever event: served by the unique index. */
export async function findParticipantByTicketCode(db: DbOrTx, code: string): Promise<CheckInTarget | null> {
  const [row] = await db.select(targetColumns).from(participants).where(eq(participants.ticketCode, code));
  return row ?? null;
}

export async function findParticipantInEvent(db: DbOrTx, eventId: string, participantId: string): Promise<CheckInTarget | null> {
  const [row] = await db
    .select(targetColumns)
    .from(participants)
    .where(and(eq(participants.id, participantId), eq(participants.eventId, eventId)));
  return row ?? null;
}

/** The participant's current (not undone) check-in, if any. */
export async function findActiveCheckIn(db: DbOrTx, participantId: string) {
  const [row] = await db
    .select({ id: checkIns.id, checkedInAt: checkIns.checkedInAt, staffName: checkIns.staffName })
    .from(checkIns)
    .where(and(eq(checkIns.participantId, participantId), isNull(checkIns.undoneAt)));
  return row ?? null;
}

/** Every check-in row of a participant, undone ones included, oldest first: the history an undo keeps. */
export async function listCheckInHistory(db: DbOrTx, participantId: string) {
  return db.select().from(checkIns).where(eq(checkIns.participantId, participantId)).orderBy(asc(checkIns.checkedInAt));
}

/** Checked in (active check-ins) / approved: two index-only counts, cheap enough to poll. */
export async function countCheckIns(db: DbOrTx, eventId: string): Promise<{ checkedIn: number; approved: number }> {
  const [[checked], [approved]] = await Promise.all([
    db.select({ n: count() }).from(checkIns).where(and(eq(checkIns.eventId, eventId), isNull(checkIns.undoneAt))),
    db.select({ n: count() }).from(participants).where(and(eq(participants.eventId, eventId), eq(participants.status, "approved"))),
  ]);
  return { checkedIn: checked.n, approved: approved.n };
}

export const CHECK_IN_SEARCH_LIMIT = 20;

export type CheckInSearchRow = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  organisation: string | null;
  status: ParticipantStatus;
  checkedInAt: Date | null;
  checkedInBy: string | null;
};

/**
 * The manual fallback's search: a ticket code (already normalised by the caller) matches exactly;
 * otherwise every word must appear in the name, email or organisation (the trigram index serves it).
 */
export async function searchCheckInParticipants(
  db: DbOrTx,
  eventId: string,
  query: { code: string | null; text: string },
): Promise<CheckInSearchRow[]> {
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
  const textMatch = words.length
    ? and(...words.map((w) => sql`${participantSearchText} like ${`%${escapeLike(w)}%`}`))
    : sql`false`;
  const match = query.code ? sql`(${participants.ticketCode} = ${query.code} or ${textMatch})` : textMatch;
  return db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      email: participants.email,
      organisation: participants.organisation,
      status: participants.status,
      checkedInAt: checkIns.checkedInAt,
      checkedInBy: checkIns.staffName,
    })
    .from(participants)
    .leftJoin(checkIns, and(eq(checkIns.participantId, participants.id), isNull(checkIns.undoneAt)))
    .where(and(eq(participants.eventId, eventId), match))
    .orderBy(asc(participants.lastName), asc(participants.firstName), asc(participants.id))
    .limit(CHECK_IN_SEARCH_LIMIT);
}

/** LIKE treats % and _ as wildcards and \ as the escape: a typed "50%" means the characters. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
