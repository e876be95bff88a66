// The participant's ticket link (app/t/[code]/route.ts), called as Next.js calls it: the stored PDF
// for the right code while the participant is approved, one identical 404 for anything else.
import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { participants } from "@/lib/db/schema";
import { ensureTicket } from "@/lib/tickets/ensure-ticket";
import { formatTicketCode } from "@/lib/tickets/ticket-code";
import { GET } from "@/app/t/[code]/route";
import { closeConnections, resetDb } from "../helpers/db";
import { changeStatus, registeredParticipant } from "../helpers/tickets";

beforeEach(resetDb);
afterAll(closeConnections);

const open = (code: string) => GET(new Request(`http://localhost/t/${code}`), { params: Promise.resolve({ code }) });

async function ticketHolder() {
  const { event, participantId } = await registeredParticipant({ slug: "ticket-link-day" });
  await changeStatus(participantId, "approved");
  const ensured = await ensureTicket(db(), participantId);
  return { event, participantId, ticket: ensured!.ticket };
}

describe("the participant's ticket link", () => {
  it("serves the stored PDF as a download nobody caches or indexes, also for a code typed with dashes in lower case", async () => {
    const { ticket } = await ticketHolder();
    for (const code of [ticket.code, formatTicketCode(ticket.code).toLowerCase()]) {
      const res = await open(code);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toBe(
        "attachment; filename=\"ticket-ticket-link-day.pdf\"; filename*=UTF-8''ticket-ticket-link-day.pdf",
      );
      expect(res.headers.get("cache-control")).toContain("no-store");
      expect(res.headers.get("x-robots-tag")).toContain("noindex");
      expect(Buffer.from(await res.arrayBuffer()).equals(ticket.pdf)).toBe(true);
    }
  });

  it("answers wrong, truncated, malformed and revoked codes with the same 404", async () => {
    const { participantId, ticket } = await ticketHolder();
    const wrong = ticket.code.slice(0, -1) + (ticket.code.endsWith("0") ? "1" : "0");
    const misses = [
      wrong,
      ticket.code.slice(0, 25),
      ticket.code.slice(0, 8),
      `${ticket.code}0`,
      "%E0%A4%A",
      "../../etc/passwd",
      "x".repeat(5000),
    ];
    const answers = await Promise.all(misses.map(open));
    await changeStatus(participantId, "rejected");
    answers.push(await open(ticket.code));

    const bodies = new Set<string>();
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(res.headers.get("cache-control")).toContain("no-store");
      expect(res.headers.get("x-robots-tag")).toContain("noindex");
      bodies.add(await res.text());
    }
    expect([...bodies]).toEqual(["Not found"]);
  });

  it("does not serve a participant's code that has no ticket stored", async () => {
    const { participantId } = await registeredParticipant();
    await db()
      .update(participants)
      .set({ status: "approved", ticketCode: "0123456789ABCDEFGHJKMNPQRS" })
      .where(eq(participants.id, participantId));
    expect((await open("0123456789ABCDEFGHJKMNPQRS")).status).toBe(404);
  });
});
