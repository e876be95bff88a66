// A participant cancels their own registration from the manage page (the signed link is the
// credential). Through the one status transition: history row (the participant as the actor), the
// seat freed and the waitlist refilled, and the cancellation email, in one transaction. The ticket's
// code stays on the row, so the door can say "Cancelled" instead of "not a ticket".
import type { Db } from "@/lib/db/client";
import { lockParticipantByToken } from "@/lib/rsvp/lock-participant-by-token";
import { CHANGES } from "./change-participant-status";
import { transitionParticipantStatus } from "./transition-participant-status";

export const CANCELLED_BY_PARTICIPANT = "the participant (manage page)";

export type CancelOwnResult = { ok: true; alreadyCancelled: boolean } | { ok: false; reason: "invalid" | "inactive" | "started" };

export async function cancelOwnRegistration(db: Db, token: unknown): Promise<CancelOwnResult> {
  return db.transaction(async (tx) => {
    const found = await lockParticipantByToken(tx, token);
    if (!found) return { ok: false, reason: "invalid" } as const;
    const { participant, event } = found;
    if (participant.status === "cancelled") return { ok: true, alreadyCancelled: true } as const;
    if (!(CHANGES.cancel.from as readonly string[]).includes(participant.status)) return { ok: false, reason: "inactive" } as const;
    if (event.startsAt <= new Date()) return { ok: false, reason: "started" } as const;
    await transitionParticipantStatus(
      tx,
      { eventId: event.id, selection: { ids: [participant.id] } },
      { ...CHANGES.cancel, reason: null, actor: { kind: "system", reason: CANCELLED_BY_PARTICIPANT } },
    );
    return { ok: true, alreadyCancelled: false } as const;
  });
}
