// Emails an approved participant their ticket (the approval email, or a re-send), once per key.
// Safe to run twice and at the same time: the ticket is stored once (ensureTicket), the message key
// is unique (createMessage returns the existing row) and delivery happens at most once.
import type { Db } from "@/lib/db/client";
import type { MessageKind } from "@/lib/db/schema";
import { participantIfStatus } from "@/lib/db/queries/status-changes";
import { composeEmail, participantLocale } from "@/lib/email/compose-email";
import { messagesFor } from "@/lib/i18n/catalogue";
import { createMessageForDelivery } from "@/lib/email/create-message";
import { deliverMessage, type DeliveryOutcome } from "@/lib/email/deliver-message";
import { calendarAttachment } from "@/lib/calendar/event-calendar";
import { ensureTicket } from "./ensure-ticket";
import { ticketFilename } from "./ticket-filename";
import { ticketUrl } from "./ticket-url";

export type TicketEmail = {
  participantId: string;
  kind: Extract<MessageKind, "approved" | "ticket_resend">;
  /** The message's unique key, e.g. `approved:<changeId>`. */
  key: string;
  /** The status change that asked for this email: skipped when a newer approval superseded it. */
  changeId?: string;
};

/** "skipped" when the participant is gone or no longer approved, as when the email was already sent. */
export async function sendTicketEmail(db: Db, email: TicketEmail): Promise<DeliveryOutcome> {
  const due = { participantId: email.participantId, status: "approved" as const, changeId: email.changeId };
  // Checked before rendering, so that no ticket is made for someone rejected in the meantime.
  if (!(await participantIfStatus(db, due))) return "skipped";
  const ensured = await ensureTicket(db, email.participantId);
  if (!ensured) return "skipped";
  const { ticket } = ensured;

  const message = await db.transaction(async (tx) => {
    // Again under a share lock: a rejection now waits until this email is recorded, and its own
    // job then finds the participant rejected and sends the rejection.
    const current = await participantIfStatus(tx, { ...due, lock: true });
    if (!current) return null;
    const { participant, event } = current;
    const link = ticketUrl(ticket.code);
    // Tickets as links (an event setting): the email carries the ticket's private link, no PDF.
    const asLink = event.ticketsAsLinks;
    // An organizer's own wording without {{ticket_url}} would leave a link-only email without its ticket.
    const content = await composeEmail(
      tx,
      event,
      participant,
      email.kind,
      { ticket_url: link, ticket_attached: asLink ? "" : "yes", ticket_link_only: asLink ? "yes" : "" },
      asLink ? { value: link, line: (locale) => messagesFor(locale).messaging.defaultTexts.ticketLine } : undefined,
    );
    return createMessageForDelivery(tx, {
      key: email.key,
      kind: email.kind,
      eventId: event.id,
      participantId: participant.id,
      to: participant.email,
      ...content,
      attachments: [
        ...(asLink ? [] : [{ filename: ticketFilename(event.slug), contentType: "application/pdf", content: ticket.pdf }]),
        // The calendar entry: added to the participant's calendar from the email, replaced by later updates.
        calendarAttachment(event, participant, "REQUEST", participantLocale(event, participant)),
      ],
    });
  });
  return message ? deliverMessage(db, message) : "skipped";
}
