// Deletes Resend webhook receipts older than a week: they exist only to answer a retried or replayed
// call once (see lib/email/record-delivery-event.ts), and there is one per delivery event received.
import { purgeWebhookReceipts } from "@/lib/email/record-delivery-event";
import { defineMaintenanceTask } from "./maintenance-task";

export default defineMaintenanceTask({
  name: "maintenance.purge-webhook-receipts",
  handle: async ({ db }) => ({ receipts: await purgeWebhookReceipts(db) }),
});
