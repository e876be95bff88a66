// Claiming a seat offered from the waitlist, from the participant's manage page. The offer already
// holds the seat (offer-freed-seats.ts), so claiming moves no counter: the participant becomes a
// pending registration and registration.process approves them with their ticket (automatic approval)
// or sends "registration received" (manual), as for anyone who registered. One conditional UPDATE
// re-checks the offer under the row lock: an offer that lapsed, was withdrawn or went to someone
// else cannot be claimed, and whoever claims keeps their place on the waitlist otherwise.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { lockParticipantByToken } from "@/lib/rsvp/lock-participant-by-token";
import { sendJob } from "@/lib/queue/boss";
import { waitlistPosition } from "./waitlist-position";

export const OFFER_CLAIMED = "claimed a waitlist offer";

export type ClaimResult =
  | { ok: true; alreadyClaimed: boolean }
  /** No offer to claim now (it lapsed or went to someone else): still on the waitlist, at `position`. */
  | { ok: false; reason: "seat_gone"; position: number | null }
  | { ok: false; reason: "invalid" | "inactive" };

export async function claimWaitlistOffer(db: Db, token: unknown): Promise<ClaimResult> {
  return db.transaction(async (tx) => {
    const found = await lockParticipantByToken(tx, token);
    if (!found) return { ok: false, reason: "invalid" } as const;
    const { participant } = found;
    if (participant.status === "pending" || participant.status === "approved") return { ok: true, alreadyClaimed: true } as const;
    if (participant.status !== "offered" && participant.status !== "waitlisted") return { ok: false, reason: "inactive" } as const;

    const claimed = await tx.execute<{ id: string }>(sql`
      update participants set status = 'pending', offer_expires_at = null, waitlisted_at = null,
        status_changed_at = now(), updated_at = now()
      where id = ${participant.id} and status = 'offered' and offer_expires_at > now()
      returning id`);
    if (claimed.length === 0) return { ok: false, reason: "seat_gone", position: await waitlistPosition(tx, participant.id) } as const;
    await tx.execute(sql`
      insert into participant_status_history (participant_id, from_status, to_status, reason, changed_by, changed_by_name)
      values (${participant.id}, 'offered', 'pending', null, null, ${OFFER_CLAIMED})`);
    await sendJob(tx, "registration.process", { participantId: participant.id });
    return { ok: true, alreadyClaimed: false } as const;
  });
}
