// Cancelling a whole event: it is marked cancelled and closed to registration (its public page says
// so), the calendar entry's SEQUENCE goes up, and the approved participants are sent METHOD:CANCEL
// with their entry, all in one transaction. Cancelling twice changes nothing more.
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Actor } from "@/lib/participants/change-participant-status";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { events } from "@/lib/db/schema";
import { announceEventChange } from "@/lib/announcements/announce-event-change";

export type CancelEventResult = { ok: true; recipients: number; already: boolean } | { ok: false; reason: "not_found" };

export async function cancelEvent(db: Db, actor: Actor, eventId: string): Promise<CancelEventResult> {
  return db.transaction(async (tx) => {
    const event = await getEventForUser(tx, actor, eventId);
    if (!event) return { ok: false, reason: "not_found" } as const;
    const [cancelled] = await tx
      .update(events)
      .set({
        cancelledAt: new Date(),
        registrationOpen: false,
        calendarSequence: sql`${events.calendarSequence} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(events.id, event.id), isNull(events.cancelledAt)))
      .returning();
    if (!cancelled) return { ok: true, recipients: 0, already: true } as const;
    const told = await announceEventChange(tx, cancelled, "CANCEL", { id: actor.id, name: actor.name });
    return { ok: true, recipients: told.recipients, already: false } as const;
  });
}
