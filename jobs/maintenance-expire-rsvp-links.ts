// RSVP links stop working RSVP_LINK_EXPIRY_DAYS after their event ended: bumping each participant's
// token version invalidates every link sent so far (they are HMAC-signed with it), and the event is
// marked so that this happens once. Until then the page shows the answer read-only.
import { and, eq, isNull, sql } from "drizzle-orm";
import { events, participants } from "@/lib/db/schema";
import { defineMaintenanceTask } from "./maintenance-task";

export const RSVP_LINK_EXPIRY_DAYS = 30;

export default defineMaintenanceTask({
  name: "maintenance.expire-rsvp-links",
  handle: async ({ db }) => {
    const due = await db
      .select({ id: events.id })
      .from(events)
      .where(and(isNull(events.rsvpLinksExpiredAt), sql`${events.endsAt} < now() - make_interval(days => ${RSVP_LINK_EXPIRY_DAYS})`));
    let links = 0;
    for (const { id } of due) {
      links += await db.transaction(async (tx) => {
        const [marked] = await tx
          .update(events)
          .set({ rsvpLinksExpiredAt: new Date() })
          .where(and(eq(events.id, id), isNull(events.rsvpLinksExpiredAt)))
          .returning({ id: events.id });
        if (!marked) return 0; // another run got here first
        const bumped = await tx
          .update(participants)
          .set({ rsvpTokenVersion: sql`${participants.rsvpTokenVersion} + 1` })
          .where(eq(participants.eventId, id))
          .returning({ id: participants.id });
        return bumped.length;
      });
    }
    return { events: due.length, links };
  },
});
