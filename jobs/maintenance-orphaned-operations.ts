// Every minute: bulk operations still "running" whose jobs are all gone (a worker killed on the last
// attempt, a job cancelled or deleted) are settled, so that no progress display waits forever: an
// import is marked failed, an RSVP send's or a certificate run's pending items failed for "Retry
// failed" (lib/operations/settle-orphaned-operations.ts). Pages and routes only read. Safe to run twice.
import { logger } from "@/lib/logging/logger";
import { settleOrphanedOperations } from "@/lib/operations/settle-orphaned-operations";
import { defineMaintenanceTask } from "./maintenance-task";

export default defineMaintenanceTask({
  name: "maintenance.orphaned-operations",
  // Often: an organizer may be watching the progress of the operation it settles.
  cron: "* * * * *",
  handle: async ({ db }) => {
    const settled = await settleOrphanedOperations(db);
    if (Object.keys(settled).length) logger("maintenance").warn({ settled }, "settled operations whose jobs were gone");
    return settled;
  },
});
