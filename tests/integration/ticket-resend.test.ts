// ticket.resend, called directly as the worker would (outbox transport): one email per request,
// always carrying the stored ticket.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import participantApprovedJob from "@/jobs/participant-approved";
import ticketResendJob from "@/jobs/ticket-resend";
import { closeConnections, resetDb } from "../helpers/db";
import { changeStatus, messagesWithAttachments, registeredParticipant, ticketsOf } from "../helpers/tickets";
import { handlerOf } from "../helpers/run-job";

const approved = handlerOf(participantApprovedJob);
const resend = handlerOf(ticketResendJob);

beforeEach(resetDb);
afterAll(closeConnections);

describe("the ticket.resend job", () => {
  it("sends the ticket again once per request: a repeated request id is one email, a new one another", async () => {
    const { participantId } = await registeredParticipant();
    const changeId = await changeStatus(participantId, "approved");
    await approved(db(), { participantId, changeId });

    const first = randomUUID();
    await resend(db(), { participantId, requestId: first });
    await Promise.all([resend(db(), { participantId, requestId: first }), resend(db(), { participantId, requestId: first })]);
    const second = randomUUID();
    await resend(db(), { participantId, requestId: second });

    const [ticket, ...others] = await ticketsOf(participantId);
    expect(others).toHaveLength(0);
    const sent = await messagesWithAttachments(participantId);
    expect(sent.map((m) => m.key)).toEqual([`approved:${changeId}`, `ticket_resend:${first}`, `ticket_resend:${second}`]);
    for (const m of sent.slice(1)) {
      expect(m).toMatchObject({ kind: "ticket_resend", status: "sent", attempts: 1 });
      // The ticket and the calendar entry.
      expect(m.attachments.map((a) => a.contentType)).toEqual(["application/pdf", "text/calendar; charset=utf-8; method=REQUEST"]);
      expect(m.attachments[0].content.equals(ticket.pdf)).toBe(true);
    }
  });

  it("renders the ticket first for an approved participant who never had one", async () => {
    const { participantId } = await registeredParticipant();
    await changeStatus(participantId, "approved");
    await resend(db(), { participantId, requestId: randomUUID() });
    const [ticket] = await ticketsOf(participantId);
    const [message] = await messagesWithAttachments(participantId);
    expect(message.attachments[0].content.equals(ticket.pdf)).toBe(true);
  });

  it("sends nothing to a participant who is not approved", async () => {
    const { participantId } = await registeredParticipant();
    await resend(db(), { participantId, requestId: randomUUID() });
    await changeStatus(participantId, "rejected");
    await resend(db(), { participantId, requestId: randomUUID() });
    expect(await messagesWithAttachments(participantId)).toHaveLength(0);
    expect(await ticketsOf(participantId)).toHaveLength(0);
  });
});
