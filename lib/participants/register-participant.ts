// Public registration: one transaction writes the participant and enqueues registration.process.
// The event row is locked (FOR UPDATE) while seats are counted, so concurrent registrations cannot
// overfill it; the unique index on (event, lower(email)) refuses a second registration.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { countSeatsTaken } from "@/lib/db/queries/events";
import { events, participants } from "@/lib/db/schema";
import { sendJob } from "@/lib/queue/boss";
import type { ParticipantInput } from "@/lib/validation/participants";

export type RegisterResult =
  | { ok: true; participantId: string }
  | { ok: false; reason: "not_found" | "closed" | "full" | "duplicate" };

export async function registerParticipant(
  db: Db,
  eventId: string,
  // The public form's consent is recorded; a participant added by an organizer has none to give.
  input: ParticipantInput & { consent?: true },
  source: "form" | "dashboard" = "form",
): Promise<RegisterResult> {
  try {
    return await db.transaction(async (tx) => {
      const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
      if (!event) return { ok: false, reason: "not_found" } as const;
      if (source === "form" && !registrationIsOpen(event)) return { ok: false, reason: "closed" } as const;
      // Someone already registered hears "already registered", even when the event has filled up since.
      const [existing] = await tx
        .select({ id: participants.id })
        .from(participants)
        .where(and(eq(participants.eventId, eventId), sql`lower(${participants.email}) = lower(${input.email})`));
      if (existing) return { ok: false, reason: "duplicate" } as const;
      if (event.capacity !== null && (await countSeatsTaken(tx, eventId)) >= event.capacity) {
        return { ok: false, reason: "full" } as const;
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
      return { ok: true, participantId: row.id } as const;
    });
  } catch (err) {
    if (isUniqueViolation(err, "participants_event_email_unique")) return { ok: false, reason: "duplicate" };
    throw err;
  }
}

export function registrationIsOpen(event: { registrationOpen: boolean; endsAt: Date }, now = new Date()): boolean {
  return event.registrationOpen && event.endsAt > now;
}
