// Development and test transport: the message row already holds everything (from, to, subject,
// bodies, attachments) and the dashboard's Outbox page shows it, so "sending" is only marking it.
import { MAX_BATCH_SIZE, type EmailTransport } from "./transport";

export const outboxTransport: EmailTransport = {
  name: "outbox",
  async send(email) {
    return { providerId: `outbox:${email.idempotencyKey}` };
  },
  async sendBatch(emails) {
    // The same limits as the provider's batch endpoint, so code that works here works with Resend.
    if (emails.length === 0 || emails.length > MAX_BATCH_SIZE)
      throw new Error(`a batch holds 1 to ${MAX_BATCH_SIZE} emails, not ${emails.length}`);
    if (emails.some((e) => e.attachments?.length)) throw new Error("emails with attachments cannot be sent in a batch");
    return emails.map((e) => ({ ok: true as const, providerId: `outbox:${e.idempotencyKey}` }));
  },
};
