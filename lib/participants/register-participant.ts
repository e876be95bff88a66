// Public registration (and adding by hand): one transaction writes the participant, enqueues
// registration.process and, as its last statement, takes the seat (take_event_seats: one conditional
// UPDATE of the event's counter) sent together with the COMMIT, so concurrent registrations of an
// event wait on one another only inside the server, and a crash never leaves a seat counted for no one.
// An event without a capacity keeps no counter and takes no lock. The unique index on
// (event, lower(email)) refuses a second registration. A full event with its waitlist on takes the
// public form's registration onto the waitlist instead (status waitlisted, no seat).
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import { type Db, type DbOrTx, sqlClient } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { events, participants } from "@/lib/db/schema";
import { sendJob, sendJobOn } from "@/lib/queue/boss";
import type { Answers } from "@/lib/questions/definitions";
import type { ParticipantInput } from "@/lib/validation/participants";
import { isEventFull } from "./seat-accounting";

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

  const outcome = await registerInTwoFlights(event.id, input, source);
  if (outcome.ok) return { ok: true, participantId: outcome.participantId };
  if (outcome.reason === "full") return waitlist ? joinWaitlist(db, event.id, input) : { ok: false, reason: "full" };
  // Someone already registered hears "already registered", even when the event has filled up since.
  const full = await isFull(db, event.id);
  return { ok: false, reason: "duplicate", eventId: event.id, full, ...(full && waitlist ? { waitlist: true as const } : {}) };
}

/**
 * The registration's transaction on one connection, in two flights: BEGIN, the participant and its
 * registration.process job are sent together; once all three have answered, the seat
 * (take_event_seats, migration 0019) and the COMMIT follow as ONE simple-protocol message. The event
 * row is then held from the seat UPDATE to the commit inside the server alone, never across a client
 * round trip, so concurrent registrations of one event queue on it for microseconds. A full event
 * makes take_event_seats raise, which skips the COMMIT in the same message: nothing of the
 * registration remains. Once that message is sent the server finishes it whole or not at all, even
 * if this process dies meanwhile.
 */
async function registerInTwoFlights(
  eventId: string,
  input: ParticipantInput & { consent?: true; answers?: Answers; language?: Locale },
  source: "form" | "dashboard",
): Promise<{ ok: true; participantId: string } | { ok: false; reason: "full" | "duplicate" }> {
  // Inlined into the simple-protocol message below (it takes no parameters): a uuid and nothing else.
  if (!UUID.test(eventId)) throw new Error("registerParticipant: event id is not a uuid");
  const participantId = randomUUID();
  const conn = await sqlClient().reserve();
  let failure: unknown = null;
  try {
    const begin = conn`begin`.execute();
    const insert = conn`
      insert into participants (id, event_id, first_name, last_name, email, organisation, phone, source, consent_at, language, answers)
      values (${participantId}, ${eventId}, ${input.firstName}, ${input.lastName}, ${input.email}, ${input.organisation ?? null},
              ${input.phone ?? null}, ${source}, ${input.consent ? new Date().toISOString() : null}::timestamptz,
              ${input.language ?? null}, ${JSON.stringify(input.answers ?? {})}::jsonb)`.execute();
    const job = sendJobOn(conn, "registration.process", { participantId });
    // The first failure is the cause; those after it only say that the transaction was aborted.
    failure = (await Promise.allSettled([begin, insert, job])).find((r) => r.status === "rejected")?.reason ?? null;
    if (!failure) await conn.unsafe(`select take_event_seats('${eventId}', 1); commit`).catch((err) => (failure = err));
    if (failure) await conn`rollback`;
  } finally {
    conn.release();
  }
  if (!failure) return { ok: true, participantId };
  if (isUniqueViolation(failure, "participants_event_email_unique")) return { ok: false, reason: "duplicate" };
  if (isEventFull(failure)) return { ok: false, reason: "full" };
  throw failure;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
