// A participant answers "I will attend" / "I can't attend" through their RSVP link. The answer is
// written by one conditional UPDATE that re-checks, at the moment of writing, everything the page
// checked (the link's version, a registration that still holds or held a seat, an event not yet
// started), so a link replaced or an event started a moment ago cannot slip through. The participant
// row is locked first: answers for one link are applied one after the other and the last one wins.
//
// Declining frees the seat (countSeatsTaken). Taking it back ("I will attend" after declining) needs
// a free seat: the event row is locked as a registration locks it, so the two cannot both take the
// last seat.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { countSeatsTaken } from "@/lib/db/queries/events";
import { events, participants } from "@/lib/db/schema";
import { ANSWERING_STATUSES, type RsvpAnswer } from "./find-rsvp-invitation";
import { decodeRsvpToken, rsvpKey, rsvpTokenMatches } from "./rsvp-token";

export type AnswerRsvpResult =
  | { ok: true; answer: RsvpAnswer; answeredAt: Date }
  | { ok: false; reason: "invalid" | "started" | "inactive" | "full" };

export async function answerRsvp(db: Db, token: unknown, answer: RsvpAnswer): Promise<AnswerRsvpResult> {
  const decoded = decodeRsvpToken(token);
  if (!decoded || (answer !== "attending" && answer !== "declined")) return { ok: false, reason: "invalid" };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ eventId: participants.eventId, version: participants.rsvpTokenVersion, status: participants.status, answer: participants.rsvpAnswer })
      .from(participants)
      .where(eq(participants.id, decoded.participantId))
      .for("update");
    if (!row || !rsvpTokenMatches(rsvpKey(), decoded, row.eventId) || row.version !== decoded.version) return { ok: false, reason: "invalid" } as const;
    if (!ANSWERING_STATUSES.includes(row.status)) return { ok: false, reason: "inactive" } as const;

    if (answer === "attending" && row.answer === "declined") {
      const [event] = await tx.select({ capacity: events.capacity }).from(events).where(eq(events.id, row.eventId)).for("update");
      if (event?.capacity != null && (await countSeatsTaken(tx, row.eventId)) >= event.capacity) return { ok: false, reason: "full" } as const;
    }

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
    return { ok: true, answer: updated.answer!, answeredAt: updated.answeredAt! } as const;
  });
}
