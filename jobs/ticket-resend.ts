// ticket.resend: the organizer's "Send ticket again". One email per request (`ticket_resend:<requestId>`,
// the id made when the page was rendered), so a double-click or a retried job sends it once. The
// attachment is the stored ticket, rendered first only if the participant never had one.
import { z } from "zod";
import { defineJob } from "@/lib/queue/define-job";
import { deliveryQueueOptions } from "@/lib/queue/jobs";
import { sendTicketEmail } from "@/lib/tickets/send-ticket-email";

export default defineJob({
  name: "ticket.resend",
  // requestId: made when the organizer's page was rendered, so a double-click is one request.
  payload: z.object({ participantId: z.uuid(), requestId: z.uuid() }),
  queue: deliveryQueueOptions,
  handle: async ({ db }, payload) => {
    await sendTicketEmail(db, {
      participantId: payload.participantId,
      kind: "ticket_resend",
      key: `ticket_resend:${payload.requestId}`,
    });
  },
});
