// "Send ticket again": the organizer asks for an approved participant's ticket to be emailed once
// more. One transaction checks the event is the organizer's, that the participant is approved (the
// row is share-locked so a rejection cannot slip in before commit) and enqueues ticket.resend. The
// requestId was made when the organizer's page rendered; the worker keys the email on it
// (ticket_resend:<requestId>), so a double-click sends one email.
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { isUuid } from "@/lib/db/queries/participants";
import { withApprovedParticipant } from "@/lib/participants/with-approved-participant";
import { sendJob } from "@/lib/queue/boss";

export type TicketResendResult = { ok: true; jobId: string } | { ok: false; reason: "not_found" | "not_approved" };

export async function requestTicketResend(
  db: Db,
  user: Pick<SessionUser, "id" | "role">,
  eventId: string,
  participantId: string,
  requestId: string,
): Promise<TicketResendResult> {
  if (!isUuid(requestId)) throw new TypeError("requestId must be a uuid");
  return withApprovedParticipant(db, user, eventId, participantId, async (tx, _event, participant) => {
    const jobId = await sendJob(tx, "ticket.resend", { participantId: participant.id, requestId });
    return { ok: true, jobId } as const;
  });
}
