// ticket.resend: the organizer's "Send ticket again". One email per request (`ticket_resend:<requestId>`,
// the id made when the page was rendered), so a double-click or a retried job sends it once. The
// attachment is the stored ticket, rendered first only if the participant never had one.
import type { Db } from "@/lib/db/client";
import type { JobPayload } from "@/lib/queue/jobs";
import { sendTicketEmail } from "@/lib/tickets/send-ticket-email";

export const name = "ticket.resend" as const;

export async function handle(db: Db, payload: JobPayload<typeof name>): Promise<void> {
  await sendTicketEmail(db, {
    participantId: payload.participantId,
    kind: "ticket_resend",
    key: `ticket_resend:${payload.requestId}`,
  });
}
