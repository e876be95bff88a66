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
      "{{#ticket_attached}}",
      "Your ticket is attached to this email as a PDF. Please bring it with you, printed or on your phone: its QR code is scanned at the entrance.",
      "{{#ticket_url}}",
      "You can also download it at any time: {{ticket_url}}",
      "{{/ticket_url}}",
      "{{/ticket_attached}}",
      "{{#ticket_link_only}}",
      "Your ticket is here: {{ticket_url}}",
      "Please bring it with you, printed or on your phone: its QR code is scanned at the entrance.",
      "{{/ticket_link_only}}",
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
      "{{#ticket_attached}}",
      "As requested, your ticket for {{event_title}} is attached to this email as a PDF.",
      "{{#ticket_url}}",
      "You can also download it here: {{ticket_url}}",
      "{{/ticket_url}}",
      "{{/ticket_attached}}",
      "{{#ticket_link_only}}",
      "As requested, here is your ticket for {{event_title}}: {{ticket_url}}",
      "{{/ticket_link_only}}",
      "",
      "When: {{event_date}}",
      "Where: {{venue}}",
      "",
      "Please bring the ticket with you, printed or on your phone: its QR code is scanned at the entrance.",
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
