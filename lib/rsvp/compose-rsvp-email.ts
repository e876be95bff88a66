// The RSVP request email for one participant: the event's own "RSVP request" wording (or the default)
// with the participant's signed link as {{rsvp_url}}, and the stable keys that make it one email.
import type { DbOrTx } from "@/lib/db/client";
import type { Event, Participant } from "@/lib/db/schema";
import { composeEmail, type ComposedEmail } from "@/lib/email/compose-email";
import { rsvpUrl } from "./rsvp-token";

/** One email per recipient of a bulk send; also the provider's idempotency key. */
export function rsvpBulkMessageKey(operationId: string, participantId: string): string {
  return `rsvp:${operationId}:${participantId}`;
}

/** One email per "Send RSVP email" request (the id rendered into the organizer's page). */
export function rsvpSingleMessageKey(requestId: string): string {
  return `rsvp:single:${requestId}`;
}

export function composeRsvpEmail(db: DbOrTx, event: Event, participant: Participant): Promise<ComposedEmail> {
  const link = rsvpUrl({ participantId: participant.id, eventId: event.id, version: participant.rsvpTokenVersion });
  return composeEmail(db, event, participant, "rsvp_request", { rsvp_url: link });
}
