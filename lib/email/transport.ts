// One interface for every way an email leaves the system. Transports report failures as retryable
// (rate limit, outage, timeout: the same request is made again later), permanent (the provider
// refused the message itself: it is marked failed with the provider's reason), a quota (sending
// pauses until it can have reset) or a configuration error (key, domain: the circuit breaker).
// Each error says whether the provider may have processed the request anyway (`uncertain`).
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
  /** The batch request's idempotency key (the recorded send attempt's); single sends use the email's. */
  idempotencyKey?: string;
};

/**
 * One email's outcome within a batch: sent, or refused by the provider for a reason of its own.
 * providerId null: the provider said the request was processed before but not with which id
 * (409 invalid_idempotent_request).
 */
export type BatchItemResult = { ok: true; providerId: string | null } | { ok: false; error: string };

/** The provider's batch endpoint takes at most this many emails per call, without attachments. */
export const MAX_BATCH_SIZE = 100;

export interface EmailTransport {
  readonly name: "outbox" | "resend";
  send(email: OutgoingEmail, opts?: SendOptions): Promise<{ providerId: string | null }>;
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
    /** The provider may have processed the request (no answer, or a 5xx). */
    readonly uncertain = true,
  ) {
    super(message);
    this.name = "RetryableEmailError";
  }
}

export class PermanentEmailError extends Error {
  constructor(
    message: string,
    readonly uncertain = false,
  ) {
    super(message);
    this.name = "PermanentEmailError";
  }
}

/** A daily or monthly sending quota is used up: nothing is sent until `resumesAt`. */
export class QuotaEmailError extends Error {
  constructor(
    message: string,
    readonly quota: "daily_quota" | "monthly_quota",
    readonly resumesAt: Date,
    readonly uncertain = false,
  ) {
    super(message);
    this.name = "QuotaEmailError";
  }
}

/** The provider refuses this sender (invalid or restricted key, unverified domain, other 401/403). */
export class ConfigurationEmailError extends Error {
  constructor(
    message: string,
    readonly uncertain = false,
  ) {
    super(message);
    this.name = "ConfigurationEmailError";
  }
}
