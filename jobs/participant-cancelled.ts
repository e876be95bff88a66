// participant.cancelled: the "cancelled" email to one participant, once (lib/waitlist/send-waitlist-email.ts: its key
// is stable, and nothing is sent when the email is no longer due).
import { z } from "zod";
import { defineJob } from "@/lib/queue/define-job";
import { deliveryQueueOptions } from "@/lib/queue/jobs";
import { sendWaitlistEmail } from "@/lib/waitlist/send-waitlist-email";

export default defineJob({
  name: "participant.cancelled",
  payload: z.object({ participantId: z.uuid(), changeId: z.uuid() }),
  queue: deliveryQueueOptions,
  handle: async ({ db }, payload) => sendWaitlistEmail(db, { kind: "cancelled", ...payload }),
});
