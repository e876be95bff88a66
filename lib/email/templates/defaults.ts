// Default wording of each kind of email, used until the organizer writes their own for an event.
// Bodies are plain text with {{placeholders}} (see lib/email/placeholders.ts); {{#name}}…{{/name}}
// keeps a line only when that value is present. The renderer escapes every value for the HTML part
// and builds the plain-text part from the same source.
import type { MessageKind } from "@/lib/db/schema/messages";

export type EmailTemplate = { subject: string; body: string };

const lines = (...l: string[]) => l.join("\n");

const signOff = ["Kind regards,", "The {{event_title}} team"];

export const defaultTemplates: Record<MessageKind, EmailTemplate> = {
  registration_received: {
    subject: "We received your registration for {{event_title}}",
    body: lines(
      "Dear {{first_name}},",
      "",
      "Thank you for registering for {{event_title}} on {{event_date}} at {{venue}}.",
      "",
      "The organisers will review your registration and you will receive another email once it is confirmed.",
      "",
      ...signOff,
    ),
  },
  approved: {
    subject: "You're confirmed for {{event_title}}",
    body: lines(
      "Dear {{first_name}},",
      "",
      "Your registration for {{event_title}} is confirmed.",
      "",
      "When: {{event_date}}",
      "Where: {{venue}}",
      "",
      "Your ticket is attached to this email as a PDF. Please bring it with you, printed or on your phone: its QR code is scanned at the entrance.",
      "{{#ticket_url}}",
      "You can also download it at any time: {{ticket_url}}",
      "{{/ticket_url}}",
      "",
      "We look forward to seeing you.",
      "",
      ...signOff,
    ),
  },
  rejected: {
    subject: "Your registration for {{event_title}}",
    body: lines(
      "Dear {{first_name}},",
      "",
      "Thank you for your interest in {{event_title}}. Unfortunately we are unable to offer you a place at this event.",
      "{{#reason}}",
      "",
      "Reason: {{reason}}",
      "{{/reason}}",
      "",
      "We hope to welcome you at a future event.",
      "",
      ...signOff,
    ),
  },
  rsvp_request: {
    subject: "Will you attend {{event_title}}?",
    body: lines(
      "Dear {{first_name}},",
      "",
      "{{event_title}} takes place on {{event_date}} at {{venue}}.",
      "",
      "Please let us know whether you will attend, so that we can offer your seat to someone else if you cannot come:",
      "{{rsvp_url}}",
      "",
      "It takes one click.",
      "",
      ...signOff,
    ),
  },
  ticket_resend: {
    subject: "Your ticket for {{event_title}}",
    body: lines(
      "Dear {{first_name}},",
      "",
      "As requested, your ticket for {{event_title}} is attached to this email as a PDF.",
      "{{#ticket_url}}",
      "You can also download it here: {{ticket_url}}",
      "{{/ticket_url}}",
      "",
      "When: {{event_date}}",
      "Where: {{venue}}",
      "",
      "Please bring the ticket with you, printed or on your phone: its QR code is scanned at the entrance.",
      "",
      ...signOff,
    ),
  },
  cancelled: {
    subject: "Your registration for {{event_title}} is cancelled",
    body: lines(
      "Dear {{first_name}},",
      "",
      "Your registration for {{event_title}} on {{event_date}} has been cancelled, and your ticket is no longer valid.",
      "{{#reason}}",
      "",
      "Reason: {{reason}}",
      "{{/reason}}",
      "",
      "If this is a mistake, please reply to this email.",
      "",
      ...signOff,
    ),
  },
  waitlist_joined: {
    subject: "You're on the waitlist for {{event_title}}",
    body: lines(
      "Dear {{first_name}},",
      "",
      "{{event_title}} on {{event_date}} is full, so we have put you on the waitlist.",
      "{{#waitlist_position}}",
      "Your place: {{waitlist_position}}.",
      "{{/waitlist_position}}",
      "",
      "When a seat frees up we will email you a link to claim it.",
      "",
      ...signOff,
    ),
  },
  waitlist_offer: {
    subject: "A seat is available for you at {{event_title}}",
    body: lines(
      "Dear {{first_name}},",
      "",
      "Good news: a seat at {{event_title}} on {{event_date}} has become available, and we are holding it for you.",
      "{{#offer_expires}}",
      "It is yours to claim until {{offer_expires}}.",
      "{{/offer_expires}}",
      "{{#manage_url}}",
      "",
      "Claim it here:",
      "{{manage_url}}",
      "{{/manage_url}}",
      "",
      "If you do not claim it by then, it will be offered to the next person on the waitlist.",
      "",
      ...signOff,
    ),
  },
  certificate: {
    subject: "Your certificate of attendance for {{event_title}}",
    body: lines(
      "Dear {{first_name}},",
      "",
      "Thank you for attending {{event_title}}.",
      "",
      "Your certificate of attendance is attached to this email as a PDF.",
      "",
      ...signOff,
    ),
  },
};
