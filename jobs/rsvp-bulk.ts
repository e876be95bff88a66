// rsvp.bulk: send an RSVP operation's pending recipients (lib/rsvp/run-rsvp-send). Safe to run twice,
// also at once. A failure is retried by pg-boss with backoff (the run resumes with what is still
// pending); when the last attempt fails the recipients still pending are marked failed with the
// reason, so the operation completes and the organizer can retry them.
import { z } from "zod";
import { deferWhilePaused } from "@/lib/email/defer-while-paused";
import { failPendingItems } from "@/lib/operations/fail-pending-items";
import { defineJob } from "@/lib/queue/define-job";
import { bulkSendRetries } from "@/lib/queue/jobs";
import { runRsvpSend } from "@/lib/rsvp/run-rsvp-send";
import { itemReason } from "@/lib/operations/item-reason";

export default defineJob({
  name: "rsvp.bulk",
  // operationId: the operations row (kind rsvp_email) whose pending items are sent, 100 per provider call.
  payload: z.object({ operationId: z.uuid() }),
  queue: bulkSendRetries,
  // A bulk send already uses the whole provider rate on its own; a second one at once would only make
  // both slower while holding more connections.
  worker: { batchSize: 1, concurrency: 1 },
  handle: async ({ db }, payload) => {
    // Sending paused (quota, configuration): the job comes back when it can be over.
    await deferWhilePaused("rsvp.bulk", payload, () => runRsvpSend(db, payload.operationId));
  },
  onGiveUp: async ({ db }, payload, error) => {
    await failPendingItems(db, payload.operationId, itemReason({ code: "gaveUp", step: "send", detail: error }));
  },
});
