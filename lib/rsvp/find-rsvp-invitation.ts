// What an RSVP link opens: the participant it was signed for and their event, when the link is
// genuine and current. Anything else (malformed, cut short, characters added, signed for another
// event, or replaced by a newer link through rsvp_token_version) is null, so the page can say the
// same "not valid" whatever the reason, revealing nothing about anyone.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { events, participants, type ParticipantStatus } from "@/lib/db/schema";
import { type Locale, resolveLocale } from "@/lib/i18n/locales";
import { ticketUrl } from "@/lib/tickets/ticket-url";
import { waitlistPosition } from "@/lib/waitlist/waitlist-position";
import { decodeRsvpToken, rsvpKey, rsvpTokenMatches } from "./rsvp-token";

export type RsvpAnswer = "attending" | "declined";

export type RsvpInvitation = {
  participantId: string;
  firstName: string;
  status: ParticipantStatus;
  answer: RsvpAnswer | null;
  answeredAt: Date | null;
  /** The page's and the emails' language: the participant's choice, else the event's. */
  locale: Locale;
  event: {
    id: string;
    title: string;
    venue: string;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    capacity: number | null;
    language: Locale;
  };
  /** The participant's own ticket link while approved with a ticket. */
  ticketUrl: string | null;
  /** Place on the waitlist (waitlisted or offered), and until when an offered seat is held. */
  waitlistPosition: number | null;
  offerExpiresAt: Date | null;
  /** Why the answer cannot be changed any more, if it cannot. */
  closed: "started" | "inactive" | null;
};

// Only an approved (or still pending) registration holds a seat that an answer can keep or free.
export const ANSWERING_STATUSES: readonly ParticipantStatus[] = ["pending", "approved"];

export async function findRsvpInvitation(db: DbOrTx, token: unknown, now = new Date()): Promise<RsvpInvitation | null> {
  const decoded = decodeRsvpToken(token);
  if (!decoded) return null;
  const [row] = await db
    .select({ participant: participants, event: events })
    .from(participants)
    .innerJoin(events, eq(events.id, participants.eventId))
    .where(eq(participants.id, decoded.participantId));
  if (!row || !rsvpTokenMatches(rsvpKey(), decoded, row.event.id)) return null;
  if (row.participant.rsvpTokenVersion !== decoded.version) return null;
  const { participant: p, event: e } = row;
  return {
    participantId: p.id,
    firstName: p.firstName,
    status: p.status,
    answer: p.rsvpAnswer,
    answeredAt: p.rsvpAnsweredAt,
    locale: resolveLocale(p.language, e.language),
    event: {
      id: e.id,
      title: e.title,
      venue: e.venue,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      timeZone: e.timeZone,
      capacity: e.capacity,
      language: resolveLocale(e.language),
    },
    closed: e.startsAt <= now ? "started" : ANSWERING_STATUSES.includes(p.status) ? null : "inactive",
    ticketUrl: p.status === "approved" && p.ticketCode ? ticketUrl(p.ticketCode) : null,
    waitlistPosition: await waitlistPosition(db, p.id),
    offerExpiresAt: p.status === "offered" ? p.offerExpiresAt : null,
  };
}
