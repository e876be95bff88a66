// One interface for every way an email leaves the system. Transports report failures as either
// retryable (rate limit, outage, timeout: the job is retried later) or permanent (the provider
// refused the message itself: it is marked failed with the provider's reason).
import type { SendPriority } from "./rate-limiter";

export type OutgoingEmail = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: Buffer }[];
  /** The message's stable key; providers that support it use it to drop duplicates. */
  idempotencyKey: string;
};

export type SendOptions = {
  /** Transactional email (a ticket, a confirmation) goes before bulk email when both wait. */
  priority?: SendPriority;
};

/** One email's outcome within a batch: sent, or refused by the provider for a reason of its own. */
export type BatchItemResult = { ok: true; providerId: string } | { ok: false; error: string };

/** The provider's batch endpoint takes at most this many emails per call, without attachments. */
export const MAX_BATCH_SIZE = 100;

export interface EmailTransport {
  readonly name: "outbox" | "resend";
  send(email: OutgoingEmail, opts?: SendOptions): Promise<{ providerId: string }>;
  /**
   * Up to MAX_BATCH_SIZE emails without attachments in one provider call, results in the same
   * order. A failure of the whole call throws, like send(); an email the provider refuses on its
   * own comes back as { ok: false } while the others are sent.
   */
  sendBatch(emails: OutgoingEmail[], opts?: SendOptions): Promise<BatchItemResult[]>;
}

export class RetryableEmailError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "RetryableEmailError";
  }
}

export class PermanentEmailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentEmailError";
  }
}
