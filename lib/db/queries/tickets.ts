// Ticket reads for the two downloads: the organizer's (through an event already checked with
// getEventForUser) and the participant's (through the unguessable code alone).
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { events, participants, tickets } from "@/lib/db/schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const download = {
  pdf: tickets.pdf,
  sha256: tickets.sha256,
  eventSlug: events.slug,
  firstName: participants.firstName,
  lastName: participants.lastName,
};

export type TicketDownload = { pdf: Buffer; sha256: string; eventSlug: string; firstName: string; lastName: string };

/** A participant's stored ticket, only within the given (already authorised) event. */
export async function getTicketForEvent(db: DbOrTx, eventId: string, participantId: string): Promise<TicketDownload | null> {
  if (!UUID.test(eventId) || !UUID.test(participantId)) return null;
  const [row] = await db
    .select(download)
    .from(tickets)
    .innerJoin(participants, eq(participants.id, tickets.participantId))
    .innerJoin(events, eq(events.id, tickets.eventId))
    .where(and(eq(tickets.participantId, participantId), eq(tickets.eventId, eventId)));
  return row ?? null;
}

/**
 * The ticket a participant's link points at. Only while they are approved: a rejected or cancelled
 * participant's link stops working like any unknown code.
 */
export async function getTicketByCode(db: DbOrTx, code: string): Promise<TicketDownload | null> {
  const [row] = await db
    .select(download)
    .from(participants)
    .innerJoin(tickets, eq(tickets.participantId, participants.id))
    .innerJoin(events, eq(events.id, tickets.eventId))
    // participants.ticket_code is unique, hence indexed; tickets.code is not.
    .where(and(eq(participants.ticketCode, code), eq(tickets.code, code), eq(participants.status, "approved")));
  return row ?? null;
}
