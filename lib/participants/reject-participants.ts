// Reject participants: one, a selection, or all that a filter matches. Pending and approved
// participants become rejected, with an optional reason that the rejection email can show as
// {{reason}}; each change gets a history row and a participant.rejected job in the same transaction.
import type { Db } from "@/lib/db/client";
import { REJECTION_REASON_MAX } from "@/lib/validation/participant-limits";
import {
  CHANGES,
  changeParticipantStatus,
  type Actor,
  type ParticipantSelection,
  type StatusChangeResult,
} from "./change-participant-status";

export async function rejectParticipants(
  db: Db,
  actor: Actor,
  eventId: string,
  selection: ParticipantSelection,
  reason?: string | null,
): Promise<StatusChangeResult> {
  const trimmed = reason?.trim() || null;
  if (trimmed && trimmed.length > REJECTION_REASON_MAX)
    throw new RangeError(`A rejection reason is at most ${REJECTION_REASON_MAX} characters`);
  return changeParticipantStatus(db, actor, eventId, selection, { ...CHANGES.reject, reason: trimmed });
}
