// The one list of placeholders an email template may use: what each means, a sample value for the
// editor's list and preview, and the kinds of email that have a value for it. The editor, the save
// check and the renderer all read it from here.
import { messageKinds, type MessageKind } from "@/lib/db/schema/messages";

export type PlaceholderDefinition = {
  name: string;
  description: string;
  sample: string;
  kinds: readonly MessageKind[];
};

const ALL = messageKinds;

export const placeholders = [
  { name: "first_name", description: "The participant's first name", sample: "Μαρία", kinds: ALL },
  { name: "last_name", description: "The participant's last name", sample: "Παπαδοπούλου", kinds: ALL },
  { name: "full_name", description: "First and last name", sample: "Μαρία Παπαδοπούλου", kinds: ALL },
  { name: "email", description: "The participant's email address", sample: "maria@example.com", kinds: ALL },
  { name: "event_title", description: "The event's title", sample: "Data Skills Workshop", kinds: ALL },
  {
    name: "event_date",
    description: "Date and time, in the event's time zone",
    sample: "Tue, 1 December 2026, 09:30–17:00 (EET)",
    kinds: ALL,
  },
  { name: "venue", description: "Where the event takes place", sample: "Athens Conference Centre", kinds: ALL },
  { name: "event_url", description: "The event's public page", sample: "https://events.example.com/e/data-skills", kinds: ALL },
  {
    name: "rsvp_url",
    description: "Link where the participant answers whether they still attend",
    sample: "https://events.example.com/rsvp/sample-link",
    kinds: ["rsvp_request"],
  },
  {
    name: "ticket_url",
    description: "Link to download the ticket (the PDF is attached too, unless the event sends tickets as links)",
    sample: "https://events.example.com/t/sample-ticket",
    kinds: ["approved", "ticket_resend"],
  },
  {
    name: "ticket_attached",
    description: "For a {{#ticket_attached}}…{{/ticket_attached}} section: kept when the PDF is attached",
    sample: "yes",
    kinds: ["approved", "ticket_resend"],
  },
  {
    name: "ticket_link_only",
    description: "For a {{#ticket_link_only}}…{{/ticket_link_only}} section: kept when the event sends tickets as links",
    sample: "yes",
    kinds: ["approved", "ticket_resend"],
  },
  {
    name: "reason",
    description: "The reason you gave when rejecting or cancelling; empty when you gave none",
    sample: "The workshop is fully booked.",
    kinds: ["rejected", "cancelled"],
  },
  {
    name: "manage_url",
    description: "Link to the participant's “Manage my registration” page (also added below every email)",
    sample: "https://events.example.com/rsvp/sample-link",
    kinds: ALL,
  },
  {
    name: "waitlist_position",
    description: "The participant's place on the waitlist (1 is next)",
    sample: "3",
    kinds: ["waitlist_joined"],
  },
  {
    name: "offer_expires",
    description: "Until when a seat offered from the waitlist is held, in the event's time zone",
    sample: "Mon, 30 November 2026, 18:00 (EET)",
    kinds: ["waitlist_offer"],
  },
] as const satisfies readonly PlaceholderDefinition[];

export type PlaceholderName = (typeof placeholders)[number]["name"];

export const placeholderNames: readonly string[] = placeholders.map((p) => p.name);

export function isPlaceholderName(name: string): name is PlaceholderName {
  return placeholderNames.includes(name);
}

export function placeholdersFor(kind: MessageKind): PlaceholderDefinition[] {
  return placeholders.filter((p) => (p.kinds as readonly MessageKind[]).includes(kind));
}

export function isAvailableIn(name: PlaceholderName, kind: MessageKind): boolean {
  return placeholdersFor(kind).some((p) => p.name === name);
}

/** What the organizer sees for each kind of email. */
export const messageKindLabels: Record<MessageKind, string> = {
  registration_received: "Registration received",
  approved: "Approved (with ticket)",
  rejected: "Rejected",
  rsvp_request: "RSVP request",
  ticket_resend: "Ticket sent again",
  certificate: "Certificate",
  cancelled: "Cancellation confirmed",
  waitlist_joined: "Waitlist joined",
  waitlist_offer: "Seat offered from the waitlist",
};
