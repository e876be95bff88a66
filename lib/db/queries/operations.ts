// Bulk operations of one event (RSVP sends, imports…) and an RSVP send's recipients. Callers check
// the event with getEventForUser first; every query here is scoped to that event.
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { operationItems, operations, participants, type Operation } from "@/lib/db/schema";
import { isUuid } from "./participants";

export async function listEventOperations(db: DbOrTx, eventId: string, limit = 100): Promise<Operation[]> {
  return db
    .select()
    .from(operations)
    .where(eq(operations.eventId, eventId))
    .orderBy(desc(operations.createdAt), desc(operations.id))
    .limit(limit);
}

export async function getRsvpOperation(db: DbOrTx, eventId: string, operationId: string): Promise<Operation | null> {
  if (!isUuid(operationId)) return null;
  const [row] = await db
    .select()
    .from(operations)
    .where(and(eq(operations.id, operationId), eq(operations.eventId, eventId), eq(operations.kind, "rsvp_email")));
  return row ?? null;
}

/** An operation of this event and kind (a bulk cancellation's page), or null. */
export async function getOperationOfKind(
  db: DbOrTx,
  eventId: string,
  operationId: string,
  kind: Operation["kind"],
): Promise<Operation | null> {
  if (!isUuid(operationId)) return null;
  const [row] = await db
    .select()
    .from(operations)
    .where(and(eq(operations.id, operationId), eq(operations.eventId, eventId), eq(operations.kind, kind)));
  return row ?? null;
}

/** Recipients whose email failed (or were skipped), with the reason, by name; at most `limit`. */
export async function listUnsentItems(db: DbOrTx, operationId: string, limit = 200) {
  const unsent = sql`${operationItems.status} in ('failed', 'skipped')`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        participantId: operationItems.participantId,
        status: operationItems.status,
        error: operationItems.error,
        attempts: operationItems.attempts,
        updatedAt: operationItems.updatedAt,
        firstName: participants.firstName,
        lastName: participants.lastName,
        email: participants.email,
      })
      .from(operationItems)
      .leftJoin(participants, eq(participants.id, operationItems.participantId))
      .where(and(eq(operationItems.operationId, operationId), unsent))
      .orderBy(
        desc(sql`${operationItems.status} = 'failed'`),
        asc(participants.lastName),
        asc(participants.firstName),
        asc(operationItems.participantId),
      )
      .limit(limit),
    db
      .select({ n: count() })
      .from(operationItems)
      .where(and(eq(operationItems.operationId, operationId), unsent)),
  ]);
  return { rows, total: total.n };
}

/** Approved participants who have not answered the RSVP yet: whom "Ask … who have not answered" emails. */
export async function countAwaitingRsvp(db: DbOrTx, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(participants)
    .where(and(eq(participants.eventId, eventId), eq(participants.status, "approved"), sql`${participants.rsvpAnswer} is null`));
  return row.n;
}

/** RSVP sends running now or finished within the last hour, newest first: what the overview shows. */
export async function listRecentRsvpOperations(db: DbOrTx, eventId: string, limit = 3): Promise<Operation[]> {
  return db
    .select()
    .from(operations)
    .where(
      and(
        eq(operations.eventId, eventId),
        eq(operations.kind, "rsvp_email"),
        sql`(${operations.state} = 'running' or ${operations.finishedAt} > now() - interval '1 hour')`,
      ),
    )
    .orderBy(desc(operations.createdAt))
    .limit(limit);
}

/** The event's operations running now, oldest first (the activity view shows each one's live progress). */
export async function listRunningOperations(db: DbOrTx, eventId: string, limit = 20): Promise<Operation[]> {
  return db
    .select()
    .from(operations)
    .where(and(eq(operations.eventId, eventId), eq(operations.state, "running")))
    .orderBy(asc(operations.createdAt), asc(operations.id))
    .limit(limit);
}

/** One page of the event's finished operations, newest first, with how many there are. */
export async function listFinishedOperationsPage(db: DbOrTx, eventId: string, page: number, pageSize = 20) {
  const where = and(eq(operations.eventId, eventId), sql`${operations.state} <> 'running'`);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(operations)
      .where(where)
      .orderBy(desc(operations.createdAt), desc(operations.id))
      .limit(pageSize)
      .offset((Math.max(1, page) - 1) * pageSize),
    db.select({ n: count() }).from(operations).where(where),
  ]);
  return { rows, total: total.n, pageCount: Math.max(1, Math.ceil(total.n / pageSize)) };
}
