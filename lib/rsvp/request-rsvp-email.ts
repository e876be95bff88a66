// "Send RSVP email" for one participant: one transaction checks the event is the organizer's, that
// the participant is approved (share-locked, so a rejection cannot slip in before commit) and that
// the event has not started, and enqueues rsvp.single. The requestId was made when the organizer's
// page rendered; the worker keys the email on it (rsvp:single:<requestId>), so a double-click sends
// one email. Not part of any operation: it is a transactional email.
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { isUuid } from "@/lib/db/queries/participants";
import { withApprovedParticipant } from "@/lib/participants/with-approved-participant";
import { sendJob } from "@/lib/queue/boss";

export type RsvpEmailRequestResult = { ok: true; jobId: string } | { ok: false; reason: "not_found" | "not_approved" | "started" };

export async function requestRsvpEmail(
  db: Db,
  user: Pick<SessionUser, "id" | "role">,
  eventId: string,
  participantId: string,
  requestId: string,
): Promise<RsvpEmailRequestResult> {
  if (!isUuid(requestId)) throw new TypeError("requestId must be a uuid");
  return withApprovedParticipant(db, user, eventId, participantId, async (tx, event, participant) => {
    if (event.startsAt <= new Date()) return { ok: false, reason: "started" } as const;
    const jobId = await sendJob(tx, "rsvp.single", { participantId: participant.id, requestId });
    return { ok: true, jobId } as const;
  });
}
