// Create or edit an event. The slug's uniqueness is the database's to enforce; a clash comes back as
// a field error the form can show.
import { and, eq, sql } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { eventAccess } from "@/lib/db/queries/events";
import { isUniqueViolation } from "@/lib/db/errors";
import { events } from "@/lib/db/schema";
import type { EventInput } from "@/lib/validation/events";
import { zonedLocalToInstant } from "./time";

export type SaveEventResult = { ok: true; eventId: string } | { ok: false; fieldErrors: Record<string, string> };

function columns(input: EventInput) {
  return {
    title: input.title,
    slug: input.slug,
    description: input.description,
    venue: input.venue,
    startsAt: zonedLocalToInstant(input.startsAt, input.timeZone),
    endsAt: zonedLocalToInstant(input.endsAt, input.timeZone),
    timeZone: input.timeZone,
    capacity: input.capacity,
    rsvpReminderDays: input.rsvpReminderDays,
    registrationOpen: input.registrationOpen,
    approvalMode: input.approvalMode,
    ...(input.registrationChallenge ? { registrationChallenge: input.registrationChallenge } : {}),
    ...(input.ticketDelivery ? { ticketsAsLinks: input.ticketDelivery === "link" } : {}),
  };
}

export async function saveEvent(
  db: Db,
  user: Pick<SessionUser, "id" | "role">,
  input: EventInput,
  eventId?: string,
): Promise<SaveEventResult> {
  try {
    if (!eventId) {
      const [row] = await db
        .insert(events)
        .values({ ...columns(input), createdBy: user.id })
        .returning({ id: events.id });
      return { ok: true, eventId: row.id };
    }
    const row = await db.transaction(async (tx) => {
      // An event that gains a capacity starts counting its seats (trigger events_seats_follow_capacity).
      // Registrations in flight must be in that count: SHARE waits for every open write to
      // participants and holds new ones back for this short transaction.
      if (input.capacity !== null) {
        const [current] = await tx.select({ capacity: events.capacity }).from(events).where(eq(events.id, eventId));
        if (current && current.capacity === null) await tx.execute(sql`lock table participants in share mode`);
      }
      const [updated] = await tx
        .update(events)
        .set({ ...columns(input), updatedAt: new Date() })
        .where(and(eq(events.id, eventId), eventAccess(user)))
        .returning({ id: events.id });
      return updated;
    });
    if (!row) return { ok: false, fieldErrors: { _form: "This event does not exist or you cannot edit it." } };
    return { ok: true, eventId: row.id };
  } catch (err) {
    if (isUniqueViolation(err, "events_slug_unique")) {
      return { ok: false, fieldErrors: { slug: "Another event already uses this URL slug" } };
    }
    throw err;
  }
}
