// One interface for every way an email leaves the system. Transports report failures as either
// retryable (rate limit, outage, timeout: the job is retried later) or permanent (the provider
// refused the message itself: it is marked failed with the provider's reason).

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

export interface EmailTransport {
  readonly name: "outbox" | "resend";
  send(email: OutgoingEmail): Promise<{ providerId: string }>;
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
