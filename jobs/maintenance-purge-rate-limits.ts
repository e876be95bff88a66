// Deletes rate-limit counters whose window and block both ended more than a day ago: they no longer
// hold anyone back, and the table (unlogged, one row per key seen) would otherwise only grow.
import { purgeRateLimits } from "@/lib/rate-limit/hit-rate-limit";
import { defineMaintenanceTask } from "./maintenance-task";

export default defineMaintenanceTask({
  name: "maintenance.purge-rate-limits",
  handle: async ({ db }) => ({ counters: await purgeRateLimits(db) }),
});
