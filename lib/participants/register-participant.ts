// Public registration (and adding by hand): one transaction writes the participant, enqueues
// registration.process and, as its last statement, takes the seat through adjustSeats: one
// conditional UPDATE of the event's counter, so the event row is held for the commit only and
// concurrent registrations never wait on one another for a whole transaction. An event without a
// capacity keeps no counter and takes no lock. A full event rolls the whole registration back; the
// unique index on (event, lower(email)) refuses a second registration, before any seat is counted,
// so someone already registered hears "already registered" even when the event has filled up since.
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { events, participants } from "@/lib/db/schema";
import { sendJob } from "@/lib/queue/boss";
import type { ParticipantInput } from "@/lib/validation/participants";
import { adjustSeats } from "./seat-accounting";

export type RegisterResult =
  | { ok: true; participantId: string }
  | { ok: false; reason: "not_found" | "closed" | "full" | "duplicate" };

class EventFull extends Error {}

export async function registerParticipant(
  db: Db,
  // The public form knows the slug: looking the event up here saves the action its own query.
  eventRef: string | { slug: string },
  // The public form's consent is recorded; a participant added by an organizer has none to give.
  input: ParticipantInput & { consent?: true },
  source: "form" | "dashboard" = "form",
): Promise<RegisterResult> {
  try {
    return await db.transaction(async (tx) => {
      const [event] = await tx
        .select({ id: events.id, registrationOpen: events.registrationOpen, endsAt: events.endsAt, capacity: events.capacity, seatsTaken: events.seatsTaken })
        .from(events)
        .where(typeof eventRef === "string" ? eq(events.id, eventRef) : eq(events.slug, eventRef.slug.toLowerCase()));
      if (!event) return { ok: false, reason: "not_found" } as const;
      const eventId = event.id;
      if (source === "form" && !registrationIsOpen(event)) return { ok: false, reason: "closed" } as const;
      // Already full when we looked: answer without writing anything (a rush past the last seat).
      if (event.capacity !== null && event.seatsTaken !== null && event.seatsTaken >= event.capacity) {
        return (await isRegistered(tx, eventId, input.email)) ? ({ ok: false, reason: "duplicate" } as const) : ({ ok: false, reason: "full" } as const);
      }
      const [row] = await tx
        .insert(participants)
        .values({
          eventId,
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
      const seat = await adjustSeats(tx, eventId, 1, { enforce: true });
      if (!seat.ok) throw new EventFull();
      return { ok: true, participantId: row.id } as const;
    });
  } catch (err) {
    if (err instanceof EventFull) return { ok: false, reason: "full" };
    if (isUniqueViolation(err, "participants_event_email_unique")) return { ok: false, reason: "duplicate" };
    throw err;
  }
}

async function isRegistered(tx: Tx, eventId: string, email: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.eventId, eventId), sql`lower(${participants.email}) = lower(${email})`));
  return Boolean(row);
}

export function registrationIsOpen(event: { registrationOpen: boolean; endsAt: Date }, now = new Date()): boolean {
  return event.registrationOpen && event.endsAt > now;
}
