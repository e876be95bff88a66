// What each queue is called on the Jobs page: what it does, in words, with its internal name beside it
// for whoever reads the logs. A queue not listed (a new job) falls back to its name made readable.
// New strings (English until the message catalogue of issue 18 lands).
const labels: Record<string, string> = {
  "registration.process": "Process a registration",
  "participant.approved": "Ticket and approval email",
  "participant.rejected": "Rejection email",
  "email.send": "Send one email",
  "rsvp.bulk": "RSVP emails (bulk)",
  "rsvp.single": "RSVP email (one participant)",
  "ticket.resend": "Resend a ticket",
  "participants.import": "Participant import",
  "certificates.render": "Render certificates",
  "certificates.email": "Email certificates",
  "maintenance.anonymise-events": "Nightly: anonymise past events",
  "maintenance.expire-rsvp-links": "Nightly: expire RSVP links",
  "maintenance.orphaned-operations": "Nightly: settle stalled operations",
  "maintenance.purge-message-bodies": "Nightly: delete old email bodies",
  "maintenance.purge-rate-limits": "Nightly: clear request budgets",
  "maintenance.purge-webhook-receipts": "Nightly: forget old delivery reports",
  "maintenance.rsvp-reminders": "RSVP reminders",
  "test.sleep": "Test: sleep",
  "test.noop": "Test: no-op",
  "test.fail": "Test: fail",
};

/** A readable name for a queue ("__pgboss__send-it" → "Queue system: send it"). */
export function queueLabel(name: string): string {
  const known = labels[name];
  if (known) return known;
  if (name.startsWith("__pgboss__")) return `Queue system: ${name.slice("__pgboss__".length).replaceAll("-", " ")}`;
  const words = name.replace(/[._-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
