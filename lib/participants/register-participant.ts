// Public registration (and adding by hand): one transaction writes the participant, enqueues
// registration.process and, as its last statement, takes the seat (take_event_seats: one conditional
// UPDATE of the event's counter) sent together with the COMMIT, so concurrent registrations of an
// event wait on one another only inside the server, and a crash never leaves a seat counted for no one.
// An event without a capacity keeps no counter and takes no lock. The unique index on
// (event, lower(email)) refuses a second registration. A full event with its waitlist on takes the
// public form's registration onto the waitlist instead (status waitlisted, no seat).
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
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
  // The public form passes the id of the event it found in the page's cache: the event row is read
  // again inside the registration's transaction (it may have closed since).
  eventId: string,
  // The public form's consent is recorded; a participant added by an organizer has none to give.
  // `answers`: the event's registration questions, already checked against its current list.
  input: ParticipantInput & { consent?: true; answers?: Answers; language?: Locale },
  source: "form" | "dashboard" = "form",
): Promise<RegisterResult> {
  const outcome = await registerInTwoFlights(eventId, input, source);
  if (outcome.ok) return { ok: true, participantId: outcome.participantId };
  if (!("event" in outcome)) return { ok: false, reason: outcome.reason };
  const { event } = outcome;
  // The public form's newcomers queue behind those already waiting: a seat freed a moment ago is
  // theirs to be offered (lib/waitlist/offer-freed-seats.ts), not the next registration's.
  const waitlist = source === "form" && event.capacity !== null && event.waitlistEnabled;
  if (outcome.reason === "waitlist" || (outcome.reason === "full" && waitlist)) return joinWaitlist(db, event.id, input);
  if (outcome.reason === "full") return { ok: false, reason: "full" };
  // Someone already registered hears "already registered", even when the event has filled up since.
  const full = await isFull(db, event.id);
  return { ok: false, reason: "duplicate", eventId: event.id, full, ...(full && waitlist ? { waitlist: true as const } : {}) };
}

// open: registration open and the event not over (registrationIsOpen, by the database's clock;
// drizzle has the shared client answer timestamps as text, so they are compared in SQL).
type EventRow = {
  id: string;
  open: boolean;
  capacity: number | null;
  waitlistEnabled: boolean;
  hasWaitlist: boolean;
};
type Flights =
  | { ok: true; participantId: string }
  | { ok: false; reason: "not_found" | "closed" }
  | { ok: false; reason: "full" | "duplicate" | "waitlist"; event: EventRow };

/**
 * The registration's transaction on one connection, in two flights. First BEGIN, the event row (is
 * it open? does a waitlist come first?), the participant and its registration.process job, sent
 * together; once all four have answered, the seat (take_event_seats, migration 0019) and the
 * COMMIT follow as ONE simple-protocol message. The event row is then held from the seat UPDATE to
 * the commit inside the server alone, never across a client round trip, so concurrent registrations
 * of one event queue on it for microseconds. A closed event, or one whose waitlist comes first, is
 * rolled back after the first flight (its insert was sent for nothing: the rare case pays, not the
 * usual one). A full event makes take_event_seats raise, which skips the COMMIT in the same
 * message: nothing of the registration remains. Once that message is sent the server finishes it
 * whole or not at all, even if this process dies meanwhile.
 */
async function registerInTwoFlights(
  eventId: string,
  input: ParticipantInput & { consent?: true; answers?: Answers; language?: Locale },
  source: "form" | "dashboard",
): Promise<Flights> {
  // Not a uuid: no such event (and nothing unparsable reaches the database).
  if (!UUID.test(eventId)) return { ok: false, reason: "not_found" };
  const participantId = randomUUID();
  const conn = await sqlClient().reserve();
  let failure: unknown = null;
  let event: EventRow | undefined;
  try {
    const begin = conn`begin`.execute();
    // The waitlist's "anyone waiting?" only where a waitlist can apply (a form post, a capacity, the waitlist on).
    const found = conn<EventRow[]>`
      select id, registration_open and ends_at > now() as open, capacity, waitlist_enabled as "waitlistEnabled",
             ${source === "form"} and capacity is not null and waitlist_enabled and exists (
               select 1 from participants p where p.event_id = events.id and p.status in ('waitlisted', 'offered')) as "hasWaitlist"
      from events where id = ${eventId}`.execute();
    // No such event inserts nothing (the lookup above says not_found).
    const insert = conn`
      insert into participants (id, event_id, first_name, last_name, email, organisation, phone, source, consent_at, language, answers)
      select ${participantId}, events.id, ${input.firstName}, ${input.lastName}, ${input.email}, ${input.organisation ?? null},
             ${input.phone ?? null}, ${source}, ${input.consent ? new Date().toISOString() : null}::timestamptz,
             ${input.language ?? null}, ${JSON.stringify(input.answers ?? {})}::jsonb
      from events where id = ${eventId}`.execute();
    const job = sendJobOn(conn, "registration.process", { participantId });
    const settled = await Promise.allSettled([begin, found, insert, job]);
    // The first failure is the cause; those after it only say that the transaction was aborted.
    failure = settled.find((r) => r.status === "rejected")?.reason ?? null;
    if (settled[1].status === "rejected") throw failure;
    event = settled[1].value[0];
    const refusal = !event ? "not_found" : source === "form" && !event.open ? "closed" : null;
    if (refusal || event.hasWaitlist) {
      await conn`rollback`;
      return refusal ? { ok: false, reason: refusal } : { ok: false, reason: "waitlist", event };
    }
    if (!failure) await conn.unsafe(`select take_event_seats('${event.id}', 1); commit`).catch((err) => (failure = err));
    if (failure) await conn`rollback`;
  } catch (err) {
    await conn`rollback`.catch(() => {});
    throw err;
  } finally {
    conn.release();
  }
  if (!failure) return { ok: true, participantId };
  if (event && isUniqueViolation(failure, "participants_event_email_unique")) return { ok: false, reason: "duplicate", event };
  if (event && isEventFull(failure)) return { ok: false, reason: "full", event };
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
