// An offer not claimed in time lapses: the participant goes back to the end of the waitlist, the seat
// is freed and the refill offers it to the next person, all in one transaction. Only the very offer
// the job was made for, and only once it is due: a claimed, cancelled or newer offer is left alone.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { adjustSeats } from "@/lib/participants/seat-accounting";
import { sendJob } from "@/lib/queue/boss";

export const OFFER_EXPIRED = "waitlist offer expired";

export type ExpireResult = { outcome: "expired" | "not_due" | "gone"; dueAt?: Date };

export async function expireWaitlistOffer(db: Db, participantId: string, offer: number): Promise<ExpireResult> {
  return db.transaction(async (tx) => {
    const [current] = await tx.execute<{ event_id: string; due: boolean; offer_expires_at: string }>(sql`
      select event_id, offer_expires_at <= now() as due, offer_expires_at from participants
      where id = ${participantId} and status = 'offered' and offer_count = ${offer}
      for update`);
    if (!current) return { outcome: "gone" } as const;
    if (!current.due) return { outcome: "not_due", dueAt: new Date(current.offer_expires_at) } as const;
    await tx.execute(sql`
      update participants set status = 'waitlisted', offer_expires_at = null, waitlisted_at = now(),
        status_changed_at = now(), updated_at = now()
      where id = ${participantId}`);
    await tx.execute(sql`
      insert into participant_status_history (participant_id, from_status, to_status, reason, changed_by, changed_by_name)
      values (${participantId}, 'offered', 'waitlisted', null, null, ${OFFER_EXPIRED})`);
    await sendJob(tx, "waitlist.refill", { eventId: current.event_id });
    await adjustSeats(tx, current.event_id, -1, { enforce: false });
    return { outcome: "expired" } as const;
  });
}
