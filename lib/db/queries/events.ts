// Event queries. Organizer reads are scoped by what the user may see: no row means "not found",
// whether the event does not exist or belongs to someone else.
import { and, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { events, participants, type user } from "@/lib/db/schema";
import { matchesSearch } from "@/lib/db/search-text";
import { isUuid } from "./participants";

/** Who is asking: the fields of a signed-in user that access rules read. */
export type Viewer = Pick<typeof user.$inferSelect, "id" | "role">;

/**
 * Which events a user may see: the owner every event; anyone else the events they created and the
 * events the owner gave them (event_staff). Door staff reach only the check-in of those events: the
 * organizer pages refuse them by role before this filter is consulted.
 */
export function eventAccess(user: Viewer): SQL | undefined {
  if (user.role === "owner") return undefined;
  // ${events}.id, not ${events.id}: in a one-table select drizzle renders columns unqualified.
  return or(
    eq(events.createdBy, user.id),
    sql`exists (select 1 from event_staff es where es.event_id = ${events}.id and es.user_id = ${user.id})`,
  );
}

export async function listEventsForUser(db: DbOrTx, user: Viewer, search?: string) {
  // Accents and case ignored, as everywhere (lib/db/search-text.ts). No index: one organisation's
  // events are few enough to scan.
  const matches = search
    ? matchesSearch(sql`search_normalize(${events.title} || ' ' || ${events.venue} || ' ' || ${events.slug})`, search)
    : undefined;
  const rows = await db
    .select({
      event: events,
      // Qualified by hand: in a one-table select drizzle renders columns unqualified, and a bare "id"
      // inside the subquery would mean participants.id (every count 0).
      participants: sql<number>`(select count(*)::int from ${participants} p where p.event_id = ${events}.id and p.status in ('pending','approved') and p.rsvp_answer is distinct from 'declined')`,
    })
    .from(events)
    .where(and(eventAccess(user), matches))
    .orderBy(desc(events.startsAt));
  return rows.map((r) => ({ ...r.event, participantCount: r.participants }));
}

export async function getEventForUser(db: DbOrTx, user: Viewer, eventId: string) {
  if (!isUuid(eventId)) return null;
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), eventAccess(user)));
  return row ?? null;
}

export async function getEventBySlug(db: DbOrTx, slug: string) {
  const [row] = await db.select().from(events).where(eq(events.slug, slug.toLowerCase()));
  return row ?? null;
}

/**
 * Whether a participant holds a seat: pending or approved, and not answered "I can't attend" to the
 * RSVP (rejected, cancelled and declined free theirs).
 */
export const holdsSeat = and(
  inArray(participants.status, ["pending", "approved"]),
  sql`${participants.rsvpAnswer} is distinct from 'declined'`,
)!;

export async function countSeatsTaken(db: DbOrTx, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(participants)
    .where(and(eq(participants.eventId, eventId), holdsSeat));
  return row.n;
}
