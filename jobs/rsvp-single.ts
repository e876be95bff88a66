// rsvp.single: the organizer's "Send RSVP email" for one participant. One email per request
// (`rsvp:single:<requestId>`, the id made when the page was rendered), so a double-click or a
// retried job sends it once.
import { z } from "zod";
import { defineJob } from "@/lib/queue/define-job";
import { deliveryQueueOptions } from "@/lib/queue/jobs";
import { sendSingleRsvpEmail } from "@/lib/rsvp/send-single-rsvp-email";

export default defineJob({
  name: "rsvp.single",
  payload: z.object({ participantId: z.uuid(), requestId: z.uuid() }),
  queue: deliveryQueueOptions,
  handle: async ({ db }, payload) => {
    await sendSingleRsvpEmail(db, payload);
  },
});
