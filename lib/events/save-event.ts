// Create or edit an event. The slug's uniqueness is the database's to enforce; a clash comes back as
// a field error the form can show.
import { and, eq } from "drizzle-orm";
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
    const [row] = await db
      .update(events)
      .set({ ...columns(input), updatedAt: new Date() })
      .where(and(eq(events.id, eventId), eventAccess(user)))
      .returning({ id: events.id });
    if (!row) return { ok: false, fieldErrors: { _form: "This event does not exist or you cannot edit it." } };
    return { ok: true, eventId: row.id };
  } catch (err) {
    if (isUniqueViolation(err, "events_slug_unique")) {
      return { ok: false, fieldErrors: { slug: "Another event already uses this URL slug" } };
    }
    throw err;
  }
}
