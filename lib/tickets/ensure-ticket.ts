// Gives a participant their ticket: a code (assigned once) and a rendered PDF (stored once). Safe to
// run many times and at the same time: the code is set only where none is set yet and re-read, and
// the PDF is inserted only where no row exists and then read back, so every caller ends up with the
// one stored document. The approval email's attachment and every download are those stored bytes.
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { events, participants, tickets, type Event, type Participant, type Ticket } from "@/lib/db/schema";
import { renderTicketPdf } from "./render-ticket";
import { generateTicketCode } from "./ticket-code";

export type EnsuredTicket = { ticket: Ticket; participant: Participant; event: Event };

/** The participant's stored ticket, rendered first if needed; null when the participant is gone. */
export async function ensureTicket(db: Db, participantId: string): Promise<EnsuredTicket | null> {
  const loaded = await load(db, participantId);
  if (!loaded) return null;
  let { participant } = loaded;
  const { event } = loaded;

  if (!participant.ticketCode) {
    await db
      .update(participants)
      .set({ ticketCode: generateTicketCode() })
      .where(and(eq(participants.id, participantId), isNull(participants.ticketCode)));
    // Whoever won the race, this is now the participant's code.
    const again = await load(db, participantId);
    if (!again?.participant.ticketCode) return null;
    participant = again.participant;
  }
  const code = participant.ticketCode!;

  const existing = await storedTicket(db, participantId);
  if (existing) return { ticket: existing, participant, event };

  // Rendered outside any transaction: no lock is held while React-PDF works.
  const pdf = await renderTicketPdf(event, participant, code);
  await db
    .insert(tickets)
    .values({ participantId, eventId: event.id, code, pdf, sha256: createHash("sha256").update(pdf).digest("hex") })
    .onConflictDoNothing({ target: tickets.participantId });
  const stored = await storedTicket(db, participantId);
  if (!stored) return null; // the participant was deleted meanwhile
  return { ticket: stored, participant, event };
}

async function load(db: Db, participantId: string) {
  const [row] = await db
    .select({ participant: participants, event: events })
    .from(participants)
    .innerJoin(events, eq(events.id, participants.eventId))
    .where(eq(participants.id, participantId));
  return row ?? null;
}

async function storedTicket(db: Db, participantId: string): Promise<Ticket | null> {
  const [row] = await db.select().from(tickets).where(eq(tickets.participantId, participantId));
  return row ?? null;
}
