// Default wording of each email kind. Bodies are plain text with {{placeholders}}; the renderer
// escapes every value for the HTML part and builds a plain-text part from the same source.
import type { MessageKind } from "@/lib/db/schema";

export type EmailTemplate = { subject: string; body: string };

export const defaultTemplates: Partial<Record<MessageKind, EmailTemplate>> = {
  registration_received: {
    subject: "We received your registration for {{event_title}}",
    body: [
      "Dear {{first_name}},",
      "",
      "Thank you for registering for {{event_title}} on {{event_date}} at {{venue}}.",
      "",
      "The organisers will review your registration and you will receive another email once it is confirmed.",
      "",
      "Kind regards,",
      "The {{event_title}} team",
    ].join("\n"),
  },
  approved: {
    subject: "You're confirmed for {{event_title}}",
    body: [
      "Dear {{first_name}},",
      "",
      "Your registration for {{event_title}} is confirmed.",
      "",
      "When: {{event_date}}",
      "Where: {{venue}}",
      "",
      "We look forward to seeing you.",
      "",
      "Kind regards,",
      "The {{event_title}} team",
    ].join("\n"),
  },
};
