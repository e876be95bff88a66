// Every hour: every event's seats_taken counter is checked against the seats really held and set
// right where it drifted (lib/participants/seat-accounting.ts reconcileSeatCounters). Every path keeps
// the counter right by itself; a repair means one did not, so it is logged as a warning, with the
// events and the drift, and counted on the worker's /metrics. Safe to run twice, and beside live
// registrations (each event is re-counted with its row locked).
import { logger } from "@/lib/logging/logger";
import { recordSeatRepairs } from "@/lib/metrics/seat-metrics";
import { reconcileSeatCounters } from "@/lib/participants/seat-accounting";
import { defineMaintenanceTask } from "./maintenance-task";

export default defineMaintenanceTask({
  name: "maintenance.reconcile-seats",
  cron: "23 * * * *",
  handle: async ({ db }) => {
    const repairs = await reconcileSeatCounters(db);
    if (repairs.length) {
      recordSeatRepairs(repairs);
      logger("maintenance.reconcile-seats").warn({ repairs }, "seat counters drifted from the seats held and were set right");
    }
    const drift = repairs.reduce((sum, r) => sum + Math.abs((r.before ?? 0) - r.after), 0);
    return { events: repairs.length, seats: drift };
  },
});
