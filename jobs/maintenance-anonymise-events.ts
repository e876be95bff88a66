// Anonymises the personal data of every event whose "anonymise N days after it ends" has come due
// (lib/events/anonymise-event-data.ts). One transaction per event; an event done is never redone.
import { anonymiseEventData, eventsDueForAnonymisation } from "@/lib/events/anonymise-event-data";
import { logger } from "@/lib/logging/logger";
import { defineMaintenanceTask } from "./maintenance-task";

export default defineMaintenanceTask({
  name: "maintenance.anonymise-events",
  handle: async ({ db }) => {
    const log = logger("maintenance");
    let events = 0;
    let participants = 0;
    for (const eventId of await eventsDueForAnonymisation(db)) {
      const result = await anonymiseEventData(db, eventId);
      if (!result.anonymised) continue;
      events += 1;
      participants += result.participants;
      log.info({ eventId, participants: result.participants, erased: result.erased }, "anonymised an event's personal data");
    }
    return { events, participants };
  },
});
