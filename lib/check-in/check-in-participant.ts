// The manual fallback: staff found someone by name, email or code and tapped "Check in". Same rules
// as a scan (one admission, one answer per client-made id); a participant of another event is
// simply not found.
import type { Db } from "@/lib/db/client";
import { findParticipantInEvent } from "@/lib/db/queries/check-ins";
import type { CheckInActor, CheckInResult } from "./check-in-result";
import { recordCheckIn } from "./record-check-in";

export type CheckInParticipantInput = {
  eventId: string;
  participantId: string;
  actor: CheckInActor;
  clientScanId: string;
};

export async function checkInParticipant(db: Db, input: CheckInParticipantInput): Promise<CheckInResult | null> {
  const participant = await findParticipantInEvent(db, input.eventId, input.participantId);
  if (!participant) return null;
  return recordCheckIn(db, { eventId: input.eventId, participant, actor: input.actor, clientScanId: input.clientScanId, method: "manual" });
}
