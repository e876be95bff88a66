// Tickets as links (an event setting): the approval and ticket emails carry the ticket's private
// link instead of the PDF, in the default wording and in an organizer's own wording that forgot
// {{ticket_url}}; the link serves the stored ticket. Events without the setting attach the PDF.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import participantApprovedJob from "@/jobs/participant-approved";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { eventEmailTemplates, messageAttachments } from "@/lib/db/schema";
import { sendTicketEmail } from "@/lib/tickets/send-ticket-email";
import { ticketUrl } from "@/lib/tickets/ticket-url";
import { closeConnections, resetDb } from "../helpers/db";
import { handlerOf } from "../helpers/run-job";
import { changeStatus, messagesWithAttachments, registeredParticipant, saveTemplate, ticketsOf } from "../helpers/tickets";

const approved = handlerOf(participantApprovedJob);

beforeEach(resetDb);
afterAll(closeConnections);

describe("tickets as links", () => {
  it("sends the approval email with the ticket link and no attachment", async () => {
    const { participantId } = await registeredParticipant({ ticketsAsLinks: true });
    const changeId = await changeStatus(participantId, "approved");
    await approved(db(), { participantId, changeId });

    const [ticket] = await ticketsOf(participantId);
    const [message] = await messagesWithAttachments(participantId);
    expect(message).toMatchObject({ kind: "approved", status: "sent" });
    // No PDF: only the calendar entry.
    expect(message.attachments.map((a) => a.contentType)).toEqual([expect.stringContaining("text/calendar")]);
    const link = ticketUrl(ticket.code);
    expect(message.text).toContain(`Your ticket is here: ${link}`);
    expect(message.text).not.toContain("attached");
    expect(message.html).toContain(link);

    // The link serves the stored ticket.
    const { GET } = await import("@/app/t/[code]/route");
    const res = await GET(new Request(link), { params: Promise.resolve({ code: ticket.code }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/pdf");
    expect(Buffer.from(await res.arrayBuffer()).equals(ticket.pdf)).toBe(true);
  });

  it("adds the link to an organizer's wording that has no {{ticket_url}}", async () => {
    const { event, participantId } = await registeredParticipant({ ticketsAsLinks: true });
    await saveTemplate(event.id, "ticket_resend", "Your ticket", "Dear {{first_name}}, see you there.");
    await changeStatus(participantId, "approved");
    await sendTicketEmail(db(), { participantId, kind: "ticket_resend", key: `ticket_resend:${participantId}` });
    const [ticket] = await ticketsOf(participantId);
    const [message] = await messagesWithAttachments(participantId);
    // No PDF: only the calendar entry.
    expect(message.attachments.map((a) => a.contentType)).toEqual([expect.stringContaining("text/calendar")]);
    expect(message.text).toContain("see you there.");
    expect(message.text).toContain(`Your ticket: ${ticketUrl(ticket.code)}`);
  });

  it("adds the link, and words the calendar entry, in a Greek participant's language", async () => {
    const { event, participantId } = await registeredParticipant({ ticketsAsLinks: true, language: "el" });
    await db().insert(eventEmailTemplates).values({
      eventId: event.id,
      kind: "ticket_resend",
      language: "el",
      subject: "Το εισιτήριό σας",
      body: "Αγαπητέ/ή {{first_name}}, τα λέμε εκεί.",
    });
    await changeStatus(participantId, "approved");
    await sendTicketEmail(db(), { participantId, kind: "ticket_resend", key: `ticket_resend:${participantId}` });
    const [ticket] = await ticketsOf(participantId);
    const [message] = await messagesWithAttachments(participantId);
    expect(message.text).toContain(`Το εισιτήριό σας: ${ticketUrl(ticket.code)}`);
    expect(message.text).not.toContain("Your ticket");
    const [ics] = await db().select().from(messageAttachments).where(eq(messageAttachments.messageId, message.id));
    expect(ics.content.toString("utf8").replace(/\r\n[ \t]/g, "")).toContain("Ζώνη ώρας: ");
  });

  it("attaches the PDF as before when the event does not send links", async () => {
    const { participantId } = await registeredParticipant();
    const changeId = await changeStatus(participantId, "approved");
    await approved(db(), { participantId, changeId });
    const [message] = await messagesWithAttachments(participantId);
    expect(message.attachments.map((a) => a.contentType)).toEqual(["application/pdf", expect.stringContaining("text/calendar")]);
    expect(message.text).toContain("Your ticket is attached to this email as a PDF.");
    expect(message.text).not.toContain("Your ticket is here");
  });
});
