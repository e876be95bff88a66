// waitlist.expire-offer: scheduled (startAfter) for the moment one offer lapses. An offer claimed or
// withdrawn meanwhile is left alone; one not due yet (a clock a little ahead) is looked at again then.
import { z } from "zod";
import { sendJobAt } from "@/lib/queue/boss";
import { defineJob } from "@/lib/queue/define-job";
import { expireWaitlistOffer } from "@/lib/waitlist/expire-waitlist-offer";
import { waitlistQueueOptions } from "@/lib/waitlist/waitlist-queue";

export default defineJob({
  name: "waitlist.expire-offer",
  payload: z.object({ participantId: z.uuid(), offer: z.number().int().min(1) }),
  queue: waitlistQueueOptions,
  handle: async ({ db }, payload) => {
    const result = await expireWaitlistOffer(db, payload.participantId, payload.offer);
    // Not due: put off to the expiry itself (a duplicate job is harmless: the offer expires once).
    if (result.outcome === "not_due" && result.dueAt) await sendJobAt("waitlist.expire-offer", payload, result.dueAt);
    return result;
  },
});
