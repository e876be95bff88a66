// participants.cancel: an organizer's bulk cancellation (lib/participants/run-bulk-cancel.ts), chunk
// by chunk with progress; its emails once each. A failure is retried with backoff and resumes with
// what is still pending; when the last attempt fails, what is still pending is marked failed with
// the reason, so the operation completes and shows who was not cancelled or not emailed.
import { z } from "zod";
import { deferWhilePaused } from "@/lib/email/defer-while-paused";
import { failPendingItems } from "@/lib/operations/fail-pending-items";
import { runBulkCancel } from "@/lib/participants/run-bulk-cancel";
import { defineJob } from "@/lib/queue/define-job";
import { bulkSendRetries } from "@/lib/queue/jobs";
import { itemReason } from "@/lib/operations/item-reason";

export default defineJob({
  name: "participants.cancel",
  // operationId: the operations row (kind participants_cancel) whose pending items are cancelled.
  payload: z.object({ operationId: z.uuid() }),
  queue: bulkSendRetries,
  worker: { batchSize: 1, concurrency: 1 },
  handle: async ({ db }, payload) => {
    await deferWhilePaused("participants.cancel", payload, () => runBulkCancel(db, payload.operationId));
  },
  onGiveUp: async ({ db }, payload, error) => {
    await failPendingItems(db, payload.operationId, itemReason({ code: "gaveUp", step: "cancel", detail: error }));
  },
});
