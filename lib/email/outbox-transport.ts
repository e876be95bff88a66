// Development and test transport: the message row already holds everything (from, to, subject,
// bodies, attachments) and the dashboard's Outbox page shows it, so "sending" is only marking it.
import type { EmailTransport } from "./transport";

export const outboxTransport: EmailTransport = {
  name: "outbox",
  async send(email) {
    return { providerId: `outbox:${email.idempotencyKey}` };
  },
};
