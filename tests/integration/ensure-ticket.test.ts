// ensureTicket against a real PostgreSQL: one code and one stored PDF per participant, however many
// runs race for it.
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { participants } from "@/lib/db/schema";
import { registerParticipant } from "@/lib/participants/register-participant";
import { ensureTicket } from "@/lib/tickets/ensure-ticket";
import { closeConnections, createEvent, registration, resetDb } from "../helpers/db";
import { decodeQr, pdfText, ticketsOf } from "../helpers/tickets";

beforeEach(resetDb);
afterAll(closeConnections);

async function participant(person = registration()) {
  const event = await createEvent({ title: "Ticket Day", venue: "Hall B" });
  const result = await registerParticipant(db(), event.id, person);
  if (!result.ok) throw new Error(result.reason);
  return { event, participantId: result.participantId };
}

describe("ensuring a participant's ticket", () => {
  it("assigns a code, renders the ticket once and stores it with its checksum", async () => {
    const { event, participantId } = await participant(registration({ firstName: "Ирина", lastName: "Шейк" }));
    const first = await ensureTicket(db(), participantId);
    expect(first).not.toBeNull();
    const [stored] = await ticketsOf(participantId);
    const [row] = await db().select().from(participants).where(eq(participants.id, participantId));
    expect(stored).toMatchObject({ eventId: event.id, code: row.ticketCode });
    expect(stored.sha256).toBe(createHash("sha256").update(stored.pdf).digest("hex"));
    expect(stored.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await pdfText(stored.pdf)).toContain("Ирина Шейк");
    expect(await decodeQr(stored.pdf)).toBe(row.ticketCode);

    const second = await ensureTicket(db(), participantId);
    expect(second!.ticket.pdf.equals(first!.ticket.pdf)).toBe(true);
    expect(await ticketsOf(participantId)).toHaveLength(1);
  });

  it("stores one ticket when five runs race, and all five return its bytes", async () => {
    const { participantId } = await participant();
    const results = await Promise.all(Array.from({ length: 5 }, () => ensureTicket(db(), participantId)));
    const stored = await ticketsOf(participantId);
    expect(stored).toHaveLength(1);
    for (const r of results) {
      expect(r!.ticket.code).toBe(stored[0].code);
      expect(r!.ticket.sha256).toBe(stored[0].sha256);
      expect(r!.ticket.pdf.equals(stored[0].pdf)).toBe(true);
    }
    const [row] = await db().select().from(participants).where(eq(participants.id, participantId));
    expect(row.ticketCode).toBe(stored[0].code);
  });

  it("keeps a code the participant already has", async () => {
    const { participantId } = await participant();
    await db().update(participants).set({ ticketCode: "0123456789ABCDEFGHJKMNPQRS" }).where(eq(participants.id, participantId));
    const ensured = await ensureTicket(db(), participantId);
    expect(ensured!.ticket.code).toBe("0123456789ABCDEFGHJKMNPQRS");
  });

  it("gives each participant a different code", async () => {
    const a = await participant();
    const b = await participant();
    const [ta, tb] = await Promise.all([ensureTicket(db(), a.participantId), ensureTicket(db(), b.participantId)]);
    expect(ta!.ticket.code).not.toBe(tb!.ticket.code);
  });

  it("returns null for a participant that does not exist", async () => {
    expect(await ensureTicket(db(), "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
