// participant.approved: render and store the participant's ticket (once), then send the approval
// email with the ticket attached, keyed by the approval (`approved:<changeId>`): a retried or
// duplicated job sends nothing twice, and approving again after a rejection sends a new email with
// the same ticket. Does nothing when the participant is no longer approved.
import type { Db } from "@/lib/db/client";
import type { JobPayload } from "@/lib/queue/jobs";
import { sendTicketEmail } from "@/lib/tickets/send-ticket-email";

export const name = "participant.approved" as const;

export async function handle(db: Db, payload: JobPayload<typeof name>): Promise<void> {
  await sendTicketEmail(db, {
    participantId: payload.participantId,
    kind: "approved",
    key: `approved:${payload.changeId}`,
    changeId: payload.changeId,
  });
}
