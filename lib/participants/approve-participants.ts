// Approve participants: one, a selection, or all that a filter matches. Pending and rejected
// participants become approved (any rejection reason is cleared); each change gets a history row and
// a participant.approved job (ticket + approval email) in the same transaction. See
// change-participant-status.ts for how this stays one statement per step at any size.
import type { Db } from "@/lib/db/client";
import {
  CHANGES,
  changeParticipantStatus,
  type Actor,
  type ParticipantSelection,
  type StatusChangeResult,
} from "./change-participant-status";

export async function approveParticipants(
  db: Db,
  actor: Actor,
  eventId: string,
  selection: ParticipantSelection,
): Promise<StatusChangeResult> {
  return changeParticipantStatus(db, actor, eventId, selection, { ...CHANGES.approve, reason: null });
}
