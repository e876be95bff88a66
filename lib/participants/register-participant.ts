// Public registration (and adding by hand): one transaction writes the participant, enqueues
// registration.process and, as its last statement, takes the seat through adjustSeats (one
// conditional UPDATE of the event's counter), so concurrent registrations of an event wait on one
// another only for that statement and the commit, and a crash never leaves a seat counted for no one.
// An event without a capacity keeps no counter and takes no lock. The unique index on
// (event, lower(email)) refuses a second registration. A full event with its waitlist on takes the
// public form's registration onto the waitlist instead (status waitlisted, no seat).
import { and, eq, sql } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import type { Db, DbOrTx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { events, participants } from "@/lib/db/schema";
import { sendJob } from "@/lib/queue/boss";
import type { Answers } from "@/lib/questions/definitions";
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
  // `answers`: the event's registration questions, already checked against its current list.
  input: ParticipantInput & { consent?: true; answers?: Answers; language?: Locale },
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
  // The public form's newcomers queue behind those already waiting: a seat freed a moment ago is
  // theirs to be offered (lib/waitlist/offer-freed-seats.ts), not the next registration's.
  const waitlist = source === "form" && event.capacity !== null && event.waitlistEnabled;
  if (waitlist && (await hasWaitlist(db, event.id))) return joinWaitlist(db, event.id, input);

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
          // The language of the page they registered on, when it was not the event's own.
          language: input.language ?? null,
          answers: input.answers ?? {},
        })
        .returning({ id: participants.id });
      await sendJob(tx, "registration.process", { participantId: row.id });
      // Last statement before COMMIT: the event row is locked from here to the commit only (one
      // round trip), and a process killed at any point leaves neither the participant nor the seat.
      // An event without a capacity keeps no counter: the UPDATE matches nothing and locks nothing
      // (and if the event gained a capacity since we read it, the seat is counted and enforced).
      const seat = await adjustSeats(tx, event.id, 1, { enforce: true });
      if (!seat.ok) throw new EventFull();
      return { ok: true, participantId: row.id } as const;
    });
  } catch (err) {
    if (err instanceof EventFull) return waitlist ? joinWaitlist(db, event.id, input) : { ok: false, reason: "full" };
    if (isUniqueViolation(err, "participants_event_email_unique")) {
      // Someone already registered hears "already registered", even when the event has filled up since.
      const full = await isFull(db, event.id);
      return { ok: false, reason: "duplicate", eventId: event.id, full, ...(full && waitlist ? { waitlist: true as const } : {}) };
    }
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

/** Thrown inside the transaction to roll back the participant and its job when no seat is left. */
class EventFull extends Error {}

async function isFull(db: DbOrTx, eventId: string): Promise<boolean> {
  const [row] = await db
    .select({ full: sql<boolean>`coalesce(${events.seatsTaken} >= ${events.capacity}, false)` })
    .from(events)
    .where(eq(events.id, eventId));
  return row?.full ?? false;
}

export function registrationIsOpen(event: { registrationOpen: boolean; endsAt: Date }, now = new Date()): boolean {
  return event.registrationOpen && event.endsAt > now;
}
