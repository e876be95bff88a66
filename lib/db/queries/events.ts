// Event queries. Organizer reads are scoped by what the user may see: no row means "not found",
// whether the event does not exist or belongs to someone else.
import { and, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { DbOrTx } from "@/lib/db/client";
import { events, participants } from "@/lib/db/schema";

export function eventAccess(user: Pick<SessionUser, "id" | "role">): SQL | undefined {
  if (user.role === "owner") return undefined;
  return eq(events.createdBy, user.id);
}

export async function listEventsForUser(db: DbOrTx, user: Pick<SessionUser, "id" | "role">) {
  const rows = await db
    .select({
      event: events,
      // Qualified by hand: in a one-table select drizzle renders columns unqualified, and a bare "id"
      // inside the subquery would mean participants.id (every count 0).
      participants: sql<number>`(select count(*)::int from ${participants} p where p.event_id = ${events}.id and p.status in ('pending','approved'))`,
    })
    .from(events)
    .where(eventAccess(user))
    .orderBy(desc(events.startsAt));
  return rows.map((r) => ({ ...r.event, participantCount: r.participants }));
}

export async function getEventForUser(db: DbOrTx, user: Pick<SessionUser, "id" | "role">, eventId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(eventId)) return null;
  const [row] = await db.select().from(events).where(and(eq(events.id, eventId), eventAccess(user)));
  return row ?? null;
}

export async function getEventBySlug(db: DbOrTx, slug: string) {
  const [row] = await db.select().from(events).where(eq(events.slug, slug.toLowerCase()));
  return row ?? null;
}

/** Participants holding a seat: pending or approved (rejected and cancelled free theirs). */
export async function countSeatsTaken(db: DbOrTx, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(participants)
    .where(and(eq(participants.eventId, eventId), inArray(participants.status, ["pending", "approved"])));
  return row.n;
}
