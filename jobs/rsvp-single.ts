// rsvp.single: the organizer's "Send RSVP email" for one participant. One email per request
// (`rsvp:single:<requestId>`, the id made when the page was rendered), so a double-click or a
// retried job sends it once.
import type { Db } from "@/lib/db/client";
import type { JobPayload } from "@/lib/queue/jobs";
import { sendSingleRsvpEmail } from "@/lib/rsvp/send-single-rsvp-email";

export const name = "rsvp.single" as const;

export async function handle(db: Db, payload: JobPayload<typeof name>): Promise<void> {
  await sendSingleRsvpEmail(db, payload);
}
