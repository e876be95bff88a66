// Create or edit an event. The slug's uniqueness is the database's to enforce; a clash comes back as
// a field error the form can show.
import { and, eq, sql } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { eventAccess } from "@/lib/db/queries/events";
import { isUniqueViolation } from "@/lib/db/errors";
import { events } from "@/lib/db/schema";
import type { EventInput } from "@/lib/validation/events";
import { announceEventChange } from "@/lib/announcements/announce-event-change";
import { sendJob } from "@/lib/queue/boss";
import { zonedLocalToInstant } from "./time";

export type SaveEventResult = { ok: true; eventId: string; notified?: number } | { ok: false; fieldErrors: Record<string, string> };

export type SaveEventOptions = {
  /** "Notify participants": a new time or venue is sent to them with their updated calendar entry. */
  notifyParticipants?: boolean;
  actorName?: string;
};

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
    ...(input.language ? { language: input.language } : {}),
    ...(input.ticketDelivery ? { ticketsAsLinks: input.ticketDelivery === "link" } : {}),
    ...(input.waitlist !== undefined ? { waitlistEnabled: input.waitlist } : {}),
    ...(input.waitlistOfferHours !== undefined ? { waitlistOfferHours: input.waitlistOfferHours } : {}),
    ...(input.organizerName !== undefined ? { organizerName: input.organizerName } : {}),
    ...(input.organizerEmail !== undefined ? { organizerEmail: input.organizerEmail.toLowerCase() } : {}),
    ...(input.organizerPhone !== undefined ? { organizerPhone: input.organizerPhone } : {}),
    ...(input.organizerUrl !== undefined ? { organizerUrl: input.organizerUrl } : {}),
  };
}

export async function saveEvent(
  db: Db,
  user: Pick<SessionUser, "id" | "role">,
  input: EventInput,
  eventId?: string,
  options: SaveEventOptions = {},
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
      const [current] = await tx
        .select({ capacity: events.capacity, startsAt: events.startsAt, endsAt: events.endsAt, venue: events.venue })
        .from(events)
        .where(and(eq(events.id, eventId), eventAccess(user)));
      if (input.capacity !== null && current && current.capacity === null) await tx.execute(sql`lock table participants in share mode`);
      const next = columns(input);
      // Participants hold the time and the place in their calendars: only those changes are notified.
      const moved =
        current !== undefined &&
        (current.startsAt.getTime() !== next.startsAt.getTime() ||
          current.endsAt.getTime() !== next.endsAt.getTime() ||
          current.venue !== next.venue);
      const notify = Boolean(options.notifyParticipants && moved);
      const [updated] = await tx
        .update(events)
        // A cancelled event stays closed to registration whatever the form says.
        .set({
          ...next,
          registrationOpen: sql`${events.cancelledAt} is null and ${next.registrationOpen}`,
          updatedAt: new Date(),
          ...(notify ? { calendarSequence: sql`${events.calendarSequence} + 1` } : {}),
        })
        .where(and(eq(events.id, eventId), eventAccess(user)))
        .returning();
      if (!updated) return null;
      // A larger capacity (or the waitlist switched back on) may have freed seats for those waiting.
      if (input.capacity !== null) await sendJob(tx, "waitlist.refill", { eventId: updated.id });
      const notified = notify
        ? (await announceEventChange(tx, updated, "REQUEST", { id: user.id, name: options.actorName ?? "Organizer" })).recipients
        : undefined;
      return { id: updated.id, notified };
    });
    if (!row) return { ok: false, fieldErrors: { _form: "This event does not exist or you cannot edit it." } };
    return { ok: true, eventId: row.id, notified: row.notified };
  } catch (err) {
    if (isUniqueViolation(err, "events_slug_unique")) {
      return { ok: false, fieldErrors: { slug: "Another event already uses this URL slug" } };
    }
    throw err;
  }
}
