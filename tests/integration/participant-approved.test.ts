// participant.approved, called directly as the worker would (outbox transport): one ticket, one
// approval email per approval with that ticket attached, however often and however concurrently the
// job runs.
import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { participants } from "@/lib/db/schema";
import participantApprovedJob from "@/jobs/participant-approved";
import participantRejectedJob from "@/jobs/participant-rejected";
import { closeConnections, resetDb } from "../helpers/db";
import {
  changeStatus,
  decodeQr,
  messagesWithAttachments,
  pdfText,
  registeredParticipant,
  saveTemplate,
  ticketsOf,
} from "../helpers/tickets";
import { handlerOf } from "../helpers/run-job";

const approved = handlerOf(participantApprovedJob);
const rejected = handlerOf(participantRejectedJob);

beforeEach(resetDb);
afterAll(closeConnections);

async function approvedParticipant() {
  const { event, participantId } = await registeredParticipant({ title: "Εργαστήριο Δεδομένων", slug: `data-lab-${Date.now()}` });
  const changeId = await changeStatus(participantId, "approved");
  return { event, participantId, changeId };
}

/** The participant's one stored ticket, and that every message carries exactly it. */
async function expectOneTicketAttachedTo(participantId: string, messageCount: number) {
  const stored = await ticketsOf(participantId);
  expect(stored).toHaveLength(1);
  const sent = await messagesWithAttachments(participantId);
  expect(sent).toHaveLength(messageCount);
  for (const message of sent) {
    // The ticket and the calendar entry (tests/integration/calendar-files.test.ts reads the latter).
    expect(message.attachments).toHaveLength(2);
    expect(message.attachments[0]).toMatchObject({ contentType: "application/pdf" });
    expect(message.attachments[1]).toMatchObject({ contentType: "text/calendar; charset=utf-8; method=REQUEST" });
    expect(message.attachments[0].filename).toMatch(/^ticket-data-lab-\d+\.pdf$/);
    expect(message.attachments[0].content.equals(stored[0].pdf)).toBe(true);
  }
  return { ticket: stored[0], sent };
}

describe("the participant.approved job", () => {
  it("stores the ticket and sends one approval email with it attached, keyed by the approval", async () => {
    const { participantId, changeId } = await approvedParticipant();
    await approved(db(), { participantId, changeId });

    const { ticket, sent } = await expectOneTicketAttachedTo(participantId, 1);
    expect(sent[0]).toMatchObject({ kind: "approved", key: `approved:${changeId}`, status: "sent", attempts: 1 });
    const [row] = await db().select().from(participants).where(eq(participants.id, participantId));
    expect(ticket.code).toBe(row.ticketCode);
    expect(await decodeQr(ticket.pdf)).toBe(row.ticketCode);
    expect(await pdfText(ticket.pdf)).toContain("Εργαστήριο Δεδομένων");
  });

  it("puts the participant's own ticket link in the email", async () => {
    const { event, participantId, changeId } = await approvedParticipant();
    await saveTemplate(event.id, "approved", "Your ticket for {{event_title}}", "Hello {{first_name}}, download it at {{ticket_url}}");
    await approved(db(), { participantId, changeId });
    const [ticket] = await ticketsOf(participantId);
    const [message] = await messagesWithAttachments(participantId);
    expect(message.text).toContain(`download it at http://localhost:3000/t/${ticket.code}`);
    expect(message.html).toContain(`http://localhost:3000/t/${ticket.code}`);
  });

  it("has the same effect when run twice in a row: one ticket, one email, delivered once", async () => {
    const { participantId, changeId } = await approvedParticipant();
    await approved(db(), { participantId, changeId });
    await approved(db(), { participantId, changeId });
    const { sent } = await expectOneTicketAttachedTo(participantId, 1);
    expect(sent[0]).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("has the same effect when run three times at once: one ticket, one email, delivered once", async () => {
    const { participantId, changeId } = await approvedParticipant();
    await Promise.all([1, 2, 3].map(() => approved(db(), { participantId, changeId })));
    const { sent } = await expectOneTicketAttachedTo(participantId, 1);
    expect(sent[0]).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("sends a new approval email after a rejection and a new approval, with the same ticket", async () => {
    const { participantId, changeId: first } = await approvedParticipant();
    await approved(db(), { participantId, changeId: first });
    const rejection = await changeStatus(participantId, "rejected", "Duplicate registration");
    await rejected(db(), { participantId, changeId: rejection });
    const second = await changeStatus(participantId, "approved");
    await approved(db(), { participantId, changeId: second });

    const stored = await ticketsOf(participantId);
    expect(stored).toHaveLength(1);
    const sent = await messagesWithAttachments(participantId);
    expect(sent.map((m) => m.key)).toEqual([`approved:${first}`, `rejected:${rejection}`, `approved:${second}`]);
    const approvals = sent.filter((m) => m.kind === "approved");
    expect(approvals.every((m) => m.status === "sent" && m.attachments[0].content.equals(stored[0].pdf))).toBe(true);
  });

  it("does nothing for a participant rejected before the job ran: no ticket, no email", async () => {
    const { participantId, changeId } = await approvedParticipant();
    await changeStatus(participantId, "rejected");
    await approved(db(), { participantId, changeId });
    expect(await ticketsOf(participantId)).toHaveLength(0);
    expect(await messagesWithAttachments(participantId)).toHaveLength(0);
  });

  it("leaves the email to the newer approval when the job of an older one runs late", async () => {
    const { participantId, changeId: old } = await approvedParticipant();
    await changeStatus(participantId, "rejected");
    const latest = await changeStatus(participantId, "approved");
    await approved(db(), { participantId, changeId: old });
    await approved(db(), { participantId, changeId: latest });
    const sent = await messagesWithAttachments(participantId);
    expect(sent.map((m) => m.key)).toEqual([`approved:${latest}`]);
  });

  it("does nothing for a participant deleted before the job ran", async () => {
    const { participantId, changeId } = await approvedParticipant();
    await db().delete(participants).where(eq(participants.id, participantId));
    await expect(approved(db(), { participantId, changeId })).resolves.toBeUndefined();
  });
});
