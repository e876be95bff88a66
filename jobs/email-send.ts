// email.send: deliver one recorded message. Re-running it after success does nothing.
import { z } from "zod";
import { deliverMessage } from "@/lib/email/deliver-message";
import { defineJob } from "@/lib/queue/define-job";
import { deliveryQueueOptions } from "@/lib/queue/jobs";

export default defineJob({
  name: "email.send",
  payload: z.object({ messageId: z.uuid() }),
  queue: deliveryQueueOptions,
  handle: async ({ db }, payload) => {
    await deliverMessage(db, payload.messageId);
  },
});
