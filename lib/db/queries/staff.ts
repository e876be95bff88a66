// Staff accounts and invitations, for the owner's staff page and the invitation link.
import { asc, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { eventStaff, events, invitations, user } from "@/lib/db/schema";

/** Every account but the owner, with the events each was given. */
export async function listStaffMembers(db: DbOrTx) {
  const members = await db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role, createdAt: user.createdAt })
    .from(user)
    .where(ne(user.role, "owner"))
    .orderBy(asc(user.name), asc(user.email));
  const ids = members.map((m) => m.id);
  const given = ids.length
    ? await db.select({ userId: eventStaff.userId, eventId: eventStaff.eventId }).from(eventStaff).where(inArray(eventStaff.userId, ids))
    : [];
  return members.map((m) => ({ ...m, eventIds: given.filter((g) => g.userId === m.id).map((g) => g.eventId) }));
}

/** Invitations not yet accepted, expired ones included (shown as expired, so the owner can resend). */
export async function listPendingInvitations(db: DbOrTx) {
  return db.select().from(invitations).where(isNull(invitations.acceptedAt)).orderBy(desc(invitations.createdAt));
}

/** Events for the staff page's checkboxes (the owner sees all), soonest first. */
export async function listEventChoices(db: DbOrTx) {
  return db.select({ id: events.id, title: events.title, startsAt: events.startsAt }).from(events).orderBy(desc(events.startsAt));
}

export type InvitationState = "valid" | "expired" | "used";

export async function findInvitationByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
  if (!row) return null;
  const state: InvitationState = row.acceptedAt ? "used" : row.expiresAt.getTime() <= Date.now() ? "expired" : "valid";
  return { ...row, state };
}

export async function accountExists(db: DbOrTx, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: user.id })
    .from(user)
    .where(eq(sql`lower(${user.email})`, email.toLowerCase()));
  return Boolean(row);
}

/** Of these ids, the events that exist (a checkbox may name one deleted meanwhile). */
export async function existingEventIds(db: DbOrTx, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  return (await db.select({ id: events.id }).from(events).where(inArray(events.id, ids))).map((r) => r.id);
}
