// waitlist.refill: a seat was freed (cancellation, RSVP decline, rejection, deletion, an offer that
// lapsed, a larger capacity): offer the free seats to the waitlist in order. Safe to run twice or at
// once: each offer takes a seat through the counter's conditional UPDATE (lib/waitlist/offer-freed-seats.ts).
import { z } from "zod";
import { sendJob } from "@/lib/queue/boss";
import { defineJob } from "@/lib/queue/define-job";
import { offerFreedSeats } from "@/lib/waitlist/offer-freed-seats";
import { waitlistQueueOptions } from "@/lib/waitlist/waitlist-queue";

export default defineJob({
  name: "waitlist.refill",
  payload: z.object({ eventId: z.uuid() }),
  queue: waitlistQueueOptions,
  handle: async ({ db }, payload) => {
    const result = await offerFreedSeats(db, payload.eventId);
    if (result.more) await db.transaction((tx) => sendJob(tx, "waitlist.refill", payload));
    return result;
  },
});
