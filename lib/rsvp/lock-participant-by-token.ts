// The participant a manage link (the signed RSVP token) names, locked for the rest of the caller's
// transaction, when the link is genuine and current; null otherwise, whatever the reason.
import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { events, participants, type Event, type Participant } from "@/lib/db/schema";
import { decodeRsvpToken, rsvpKey, rsvpTokenMatches } from "./rsvp-token";

export async function lockParticipantByToken(tx: Tx, token: unknown): Promise<{ participant: Participant; event: Event } | null> {
  const decoded = decodeRsvpToken(token);
  if (!decoded) return null;
  const [row] = await tx
    .select({ participant: participants, event: events })
    .from(participants)
    .innerJoin(events, eq(events.id, participants.eventId))
    .where(eq(participants.id, decoded.participantId))
    .for("update", { of: participants });
  if (!row || !rsvpTokenMatches(rsvpKey(), decoded, row.event.id) || row.participant.rsvpTokenVersion !== decoded.version) return null;
  return row;
}
