// A participant answers "I will attend" / "I can't attend" through their RSVP link. The answer is
// written by one conditional UPDATE that re-checks, at the moment of writing, everything the page
// checked (the link's version, a registration that still holds or held a seat, an event not yet
// started), so a link replaced or an event started a moment ago cannot slip through. The participant
// row is locked first: answers for one link are applied one after the other and the last one wins.
//
// Declining frees the seat; taking it back ("I will attend" after declining) needs a free one. Both
// go through adjustSeats as the last statement (the counter's conditional UPDATE decides, so a
// re-accept and a registration cannot both take the last seat).
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { participants } from "@/lib/db/schema";
import { adjustSeats } from "@/lib/participants/seat-accounting";
import { sendJob } from "@/lib/queue/boss";
import { ANSWERING_STATUSES, type RsvpAnswer } from "./find-rsvp-invitation";
import { decodeRsvpToken, rsvpKey, rsvpTokenMatches } from "./rsvp-token";

export type AnswerRsvpResult =
  | { ok: true; answer: RsvpAnswer; answeredAt: Date }
  | { ok: false; reason: "invalid" | "started" | "inactive" | "full" };

export async function answerRsvp(db: Db, token: unknown, answer: RsvpAnswer): Promise<AnswerRsvpResult> {
  const decoded = decodeRsvpToken(token);
  if (!decoded || (answer !== "attending" && answer !== "declined")) return { ok: false, reason: "invalid" };
  try {
    return await answerInTransaction(db, decoded, answer);
  } catch (err) {
    if (err instanceof EventFull) return { ok: false, reason: "full" };
    throw err;
  }
}

class EventFull extends Error {}

async function answerInTransaction(
  db: Db,
  decoded: NonNullable<ReturnType<typeof decodeRsvpToken>>,
  answer: RsvpAnswer,
): Promise<AnswerRsvpResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        eventId: participants.eventId,
        version: participants.rsvpTokenVersion,
        status: participants.status,
        answer: participants.rsvpAnswer,
      })
      .from(participants)
      .where(eq(participants.id, decoded.participantId))
      .for("update");
    if (!row || !rsvpTokenMatches(rsvpKey(), decoded, row.eventId) || row.version !== decoded.version)
      return { ok: false, reason: "invalid" } as const;
    if (!ANSWERING_STATUSES.includes(row.status)) return { ok: false, reason: "inactive" } as const;

    const [updated] = await tx
      .update(participants)
      .set({ rsvpAnswer: answer, rsvpAnsweredAt: sql`now()`, updatedAt: sql`now()` })
      .where(
        and(
          eq(participants.id, decoded.participantId),
          eq(participants.rsvpTokenVersion, decoded.version),
          sql`${participants.status} in ('pending', 'approved')`,
          sql`exists (select 1 from events e where e.id = ${participants.eventId} and e.starts_at > now())`,
        ),
      )
      .returning({ answer: participants.rsvpAnswer, answeredAt: participants.rsvpAnsweredAt });
    if (!updated) return { ok: false, reason: "started" } as const;
    // The status is pending or approved here (checked above, under the row lock), so the seat moves
    // exactly when the answer crosses "declined".
    const seatDelta = (answer === "declined" ? 1 : 0) - (row.answer === "declined" ? 1 : 0);
    // A seat freed by "I can't attend" goes to the waitlist, through its refill job.
    if (seatDelta > 0) await sendJob(tx, "waitlist.refill", { eventId: row.eventId });
    if (seatDelta !== 0 && !(await adjustSeats(tx, row.eventId, -seatDelta, { enforce: true })).ok) throw new EventFull();
    return { ok: true, answer: updated.answer!, answeredAt: updated.answeredAt! } as const;
  });
}
