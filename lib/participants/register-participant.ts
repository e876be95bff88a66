// Public registration (and adding by hand): the seat is taken through adjustSeats (one conditional
// UPDATE of the event's counter that commits on its own, so concurrent registrations wait on one
// another for one short statement at most), then one transaction writes the participant and
// enqueues registration.process. An event without a capacity keeps no counter and takes no lock.
// The unique index on (event, lower(email)) refuses a second registration.
import { and, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { events, participants } from "@/lib/db/schema";
import { sendJob } from "@/lib/queue/boss";
import type { ParticipantInput } from "@/lib/validation/participants";
import { adjustSeats } from "./seat-accounting";

export type RegisterResult =
  /** waitlisted: the event was full (or people were already waiting) and its waitlist took them. */
  | { ok: true; participantId: string; waitlisted?: true }
  | { ok: false; reason: "not_found" | "closed" | "full" }
  // Already registered; `full` says whether the event had no seat left for a newcomer either.
  | { ok: false; reason: "duplicate"; eventId: string; full: boolean; waitlist?: true };

export async function registerParticipant(
  db: Db,
  // The public form knows the slug: looking the event up here saves the action its own query.
  eventRef: string | { slug: string },
  // The public form's consent is recorded; a participant added by an organizer has none to give.
  input: ParticipantInput & { consent?: true },
  source: "form" | "dashboard" = "form",
): Promise<RegisterResult> {
  const [event] = await db
    .select({
      id: events.id,
      registrationOpen: events.registrationOpen,
      endsAt: events.endsAt,
      capacity: events.capacity,
      waitlistEnabled: events.waitlistEnabled,
    })
    .from(events)
    .where(typeof eventRef === "string" ? eq(events.id, eventRef) : eq(events.slug, eventRef.slug.toLowerCase()));
  if (!event) return { ok: false, reason: "not_found" };
  if (source === "form" && !registrationIsOpen(event)) return { ok: false, reason: "closed" };

  // With a capacity, the seat is reserved first, by one statement that commits on its own: the
  // event row is locked only while PostgreSQL runs it, never across a round trip to this process
  // (under load that round trip held every other registration of the event for ~100 ms). A
  // registration that then fails gives the seat back. A process killed between the two leaves one
  // seat counted too many: the event may look full one seat early, it is never overfilled.
  let reserved = false;
  // The public form's newcomers queue behind those already waiting: a seat freed a moment ago is
  // theirs to be offered (lib/waitlist/offer-freed-seats.ts), not the next registration's.
  const waitlist = source === "form" && event.capacity !== null && event.waitlistEnabled;
  if (waitlist && (await hasWaitlist(db, event.id))) return joinWaitlist(db, event.id, input);
  if (event.capacity !== null) {
    const seat = await adjustSeats(db, event.id, 1, { enforce: true });
    // Someone already registered hears "already registered", even when the event has filled up since.
    if (!seat.ok) {
      if (await isRegistered(db, event.id, input.email)) return { ok: false, reason: "duplicate", eventId: event.id, full: true };
      return waitlist ? joinWaitlist(db, event.id, input) : { ok: false, reason: "full" };
    }
    reserved = seat.seatsTaken !== null;
  }
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(participants)
        .values({
          eventId: event.id,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          organisation: input.organisation ?? null,
          phone: input.phone ?? null,
          source,
          consentAt: input.consent ? new Date() : null,
        })
        .returning({ id: participants.id });
      await sendJob(tx, "registration.process", { participantId: row.id });
      // The event had no capacity when we looked; if it gained one since, count this seat too (a
      // statement that matches nothing, and locks nothing, while there is none).
      if (!reserved) await adjustSeats(tx, event.id, 1, { enforce: false });
      return { ok: true, participantId: row.id } as const;
    });
  } catch (err) {
    if (reserved) await adjustSeats(db, event.id, -1, { enforce: false });
    if (isUniqueViolation(err, "participants_event_email_unique"))
      return { ok: false, reason: "duplicate", eventId: event.id, full: false };
    throw err;
  }
}

// A full event's waitlist: the participant waits, holding no seat, and hears their place by email.
async function joinWaitlist(db: Db, eventId: string, input: ParticipantInput & { consent?: true }): Promise<RegisterResult> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(participants)
        .values({
          eventId,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          organisation: input.organisation ?? null,
          phone: input.phone ?? null,
          source: "form",
          status: "waitlisted",
          waitlistedAt: sql`now()`,
          consentAt: input.consent ? new Date() : null,
        })
        .returning({ id: participants.id });
      await sendJob(tx, "waitlist.joined", { participantId: row.id });
      return { ok: true, participantId: row.id, waitlisted: true } as const;
    });
  } catch (err) {
    if (isUniqueViolation(err, "participants_event_email_unique"))
      return { ok: false, reason: "duplicate", eventId, full: true, waitlist: true };
    throw err;
  }
}

async function hasWaitlist(db: DbOrTx, eventId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.eventId, eventId), sql`${participants.status} in ('waitlisted', 'offered')`))
    .limit(1);
  return Boolean(row);
}

async function isRegistered(db: DbOrTx, eventId: string, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.eventId, eventId), sql`lower(${participants.email}) = lower(${email})`));
  return Boolean(row);
}

export function registrationIsOpen(event: { registrationOpen: boolean; endsAt: Date }, now = new Date()): boolean {
  return event.registrationOpen && event.endsAt > now;
}
