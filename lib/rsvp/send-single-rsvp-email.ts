// The worker's side of "Send RSVP email" for one participant: record the email under the request's
// key and deliver it, at most once. Nothing is sent to someone no longer approved, or once the event
// has started (the link could no longer be answered).
import type { Db } from "@/lib/db/client";
import { participantIfStatus } from "@/lib/db/queries/status-changes";
import { createMessageForDelivery } from "@/lib/email/create-message";
import { deliverMessage, type DeliveryOutcome } from "@/lib/email/deliver-message";
import { composeRsvpEmail, rsvpSingleMessageKey } from "./compose-rsvp-email";

export async function sendSingleRsvpEmail(db: Db, request: { participantId: string; requestId: string }): Promise<DeliveryOutcome> {
  const message = await db.transaction(async (tx) => {
    // Share-locked: a rejection waits until this email is recorded (its own job then follows it).
    const current = await participantIfStatus(tx, { participantId: request.participantId, status: "approved", lock: true });
    if (!current || current.event.startsAt <= new Date()) return null;
    const { participant, event } = current;
    const content = await composeRsvpEmail(tx, event, participant);
    return createMessageForDelivery(tx, {
      key: rsvpSingleMessageKey(request.requestId),
      kind: "rsvp_request",
      eventId: event.id,
      participantId: participant.id,
      to: participant.email,
      ...content,
    });
  });
  return message ? deliverMessage(db, message) : "skipped";
}
