// "Send ticket again": only for an approved participant of an event the organizer may manage; the
// job carries the request id made when the page was rendered.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requestTicketResend } from "@/lib/tickets/request-ticket-resend";
import { closeConnections, createEvent, jobsFor, resetDb } from "../helpers/db";
import { addParticipants, createUser } from "../helpers/participants";

beforeEach(resetDb);
afterAll(closeConnections);

async function setup() {
  const owner = await createUser("owner");
  const event = await createEvent({ createdBy: owner.id });
  const [approved, pending, rejected, cancelled] = await addParticipants(event.id, [
    { firstName: "Ada", lastName: "Approved", status: "approved" },
    { firstName: "Pat", lastName: "Pending", status: "pending" },
    { firstName: "Rae", lastName: "Rejected", status: "rejected" },
    { firstName: "Cal", lastName: "Cancelled", status: "cancelled" },
  ]);
  return { owner, event, approved, pending, rejected, cancelled };
}

describe("requesting a ticket resend", () => {
  it("enqueues ticket.resend with the page's request id for an approved participant", async () => {
    const { owner, event, approved } = await setup();
    const requestId = randomUUID();
    const result = await requestTicketResend(db(), owner, event.id, approved.id, requestId);
    expect(result.ok).toBe(true);
    const jobs = await jobsFor("ticket.resend", approved.id);
    expect(jobs.map((j) => j.data)).toEqual([{ participantId: approved.id, requestId }]);
  });

  it("refuses participants who are not approved, and enqueues nothing", async () => {
    const { owner, event, pending, rejected, cancelled } = await setup();
    for (const p of [pending, rejected, cancelled]) {
      expect(await requestTicketResend(db(), owner, event.id, p.id, randomUUID())).toEqual({ ok: false, reason: "not_approved" });
      expect(await jobsFor("ticket.resend", p.id)).toHaveLength(0);
    }
  });

  it("refuses another organizer's event and a participant of a different event", async () => {
    const { owner, event, approved } = await setup();
    const stranger = await createUser("organizer");
    expect(await requestTicketResend(db(), stranger, event.id, approved.id, randomUUID())).toEqual({ ok: false, reason: "not_found" });
    const otherEvent = await createEvent({ createdBy: owner.id });
    expect(await requestTicketResend(db(), owner, otherEvent.id, approved.id, randomUUID())).toEqual({ ok: false, reason: "not_found" });
    expect(await requestTicketResend(db(), owner, event.id, "not-a-uuid", randomUUID())).toEqual({ ok: false, reason: "not_found" });
    expect(await jobsFor("ticket.resend", approved.id)).toHaveLength(0);
  });
});
