// participant.approved: render and store the participant's ticket (once), then send the approval
// email with the ticket attached, keyed by the approval (`approved:<changeId>`): a retried or
// duplicated job sends nothing twice, and approving again after a rejection sends a new email with
// the same ticket. Does nothing when the participant is no longer approved.
import { z } from "zod";
import { defineJob } from "@/lib/queue/define-job";
import { deliveryQueueOptions } from "@/lib/queue/jobs";
import { sendTicketEmail } from "@/lib/tickets/send-ticket-email";

export default defineJob({
  name: "participant.approved",
  // changeId: the participant_status_history row of this approval. It keys the email, so approving
  // again after a rejection sends a new email while a retried job sends none.
  payload: z.object({ participantId: z.uuid(), changeId: z.uuid() }),
  queue: deliveryQueueOptions,
  handle: async ({ db }, payload) => {
    await sendTicketEmail(db, {
      participantId: payload.participantId,
      kind: "approved",
      key: `approved:${payload.changeId}`,
      changeId: payload.changeId,
    });
  },
});
