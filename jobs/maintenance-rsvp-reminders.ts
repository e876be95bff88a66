// The automatic "will you still attend?": for every event with an RSVP reminder set (N days before
// its start) that has come due and not started, start the ordinary bulk RSVP send to approved
// participants who have not answered. The request key is fixed per event, so the reminder is sent
// once however often this runs; an event with nobody to ask leaves nothing behind and is looked at
// again on the next run.
import { and, isNotNull, isNull, sql } from "drizzle-orm";
import { events } from "@/lib/db/schema";
import { logger } from "@/lib/logging/logger";
import { startRsvpSend, type RsvpSender } from "@/lib/rsvp/start-rsvp-send";
import { defineMaintenanceTask } from "./maintenance-task";

export const REMINDER_REQUEST_ID = "automatic-reminder";
// The system acts as itself, with its reason recorded; it never borrows an owner's rights.
const SYSTEM: RsvpSender = { kind: "system", reason: "Automatic reminder" };

export default defineMaintenanceTask({
  name: "maintenance.rsvp-reminders",
  handle: async ({ db }) => {
    const log = logger("maintenance");
    const due = await db
      .select({ id: events.id })
      .from(events)
      .where(
        and(
          isNotNull(events.rsvpReminderDays),
          isNull(events.anonymisedAt),
          sql`${events.startsAt} > now()`,
          sql`now() >= ${events.startsAt} - make_interval(days => ${events.rsvpReminderDays})`,
        ),
      );
    let started = 0;
    let recipients = 0;
    for (const { id } of due) {
      const result = await startRsvpSend(db, SYSTEM, id, { filter: { status: "approved", rsvp: "none" } }, REMINDER_REQUEST_ID);
      if (!result.ok || result.duplicate) continue;
      started += 1;
      recipients += result.total;
      log.info({ eventId: id, operationId: result.operationId, recipients: result.total }, "started the automatic RSVP reminder");
    }
    return { due: due.length, started, recipients };
  },
});
