// Resend, through its SDK. The SDK never throws or retries: it returns { data, error, headers }, with
// error names such as rate_limit_exceeded or validation_error
// (https://resend.com/docs/api-reference/errors). Here every request
// - waits its turn in the process-wide rate limiter, which learns from the ratelimit-* headers;
// - is abandoned after a timeout (a hanging provider must not hold a job forever);
// - is retried a few times in-process on 429 rate limits (after retry-after), 5xx, network errors,
//   timeouts and 409 concurrent_idempotent_requests (the first request with the key is still being
//   processed: a short wait), always with the same idempotency key, so a lost answer is safe;
// - treats 409 invalid_idempotent_request as "an earlier request with this key was processed": the
//   emails went out, with ids Resend does not repeat (https://resend.com/docs/dashboard/emails/idempotency-keys);
// - then throws RetryableEmailError (the recorded attempt is made again later with the same key),
//   QuotaEmailError (daily/monthly quota: sending pauses), ConfigurationEmailError (401/403: the
//   circuit breaker) or, for a refusal of the email itself, PermanentEmailError.
// Whether Resend stores a 5xx answer under a key is not documented: a 5xx is "uncertain", the attempt
// keeps its key and request, and a replayed 5xx only delays it until its 24 h end, so either way no
// email goes out twice.
import { createHash } from "node:crypto";
import { Resend } from "resend";
import { sharedRateLimiter, type RateLimiter, type SendPriority } from "./rate-limiter";
import { backoffMs, sleep } from "./retry-backoff";
import {
  ConfigurationEmailError,
  MAX_BATCH_SIZE,
  PermanentEmailError,
  QuotaEmailError,
  RetryableEmailError,
  type BatchItemResult,
  type EmailTransport,
  type OutgoingEmail,
} from "./transport";

const QUOTA: Record<string, "daily_quota" | "monthly_quota"> = {
  daily_quota_exceeded: "daily_quota",
  monthly_quota_exceeded: "monthly_quota",
};

export type RetryPolicy = {
  /** Requests per send for 5xx, network errors and timeouts (1 = no in-process retry). */
  attempts: number;
  /** Requests per send while the provider answers 429. */
  rateLimitAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A retry-after longer than this is not waited out in-process. */
  maxRetryAfterMs: number;
  /** Wait after 409 concurrent_idempotent_requests before asking again. */
  concurrentDelayMs: number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  rateLimitAttempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  concurrentDelayMs: 1_000,
};

export type ResendTransportOptions = {
  apiKey: string;
  baseUrl?: string;
  /** Per request (default 30 s). */
  timeoutMs?: number;
  /** Default: the limiter shared by every Resend request of this process. */
  limiter?: RateLimiter;
  retry?: Partial<RetryPolicy>;
};

type SdkResult<T> = {
  data: T | null;
  error: { name: string; message: string; statusCode?: number | null } | null;
  headers: Record<string, string> | null;
};

type Failure = {
  kind: "permanent" | "rate_limit" | "quota" | "configuration" | "transient" | "concurrent" | "processed";
  message: string;
  retryAfterMs?: number;
  /** Without a definite answer the provider may have processed the request. */
  uncertain: boolean;
  quota?: "daily_quota" | "monthly_quota";
};

/** What a call ended in when Resend answered 409 invalid_idempotent_request. */
const PROCESSED = Symbol("processed");

export function createResendTransport(opts: ResendTransportOptions): EmailTransport {
  const client = new Resend(opts.apiKey, opts.baseUrl ? { baseUrl: opts.baseUrl } : undefined);
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const limiter = opts.limiter ?? sharedRateLimiter();
  const policy = { ...DEFAULT_RETRY_POLICY, ...opts.retry };

  async function call<T>(
    priority: SendPriority | undefined,
    request: (signal: AbortSignal) => Promise<SdkResult<T>>,
  ): Promise<T | typeof PROCESSED> {
    let transientTries = 0;
    let rateLimitTries = 0;
    // Once one call of this send went unanswered, every later outcome is reported as uncertain.
    let uncertain = false;
    for (;;) {
      await limiter.acquire({ priority });
      const signal = AbortSignal.timeout(timeoutMs);
      let result: SdkResult<T>;
      try {
        result = await request(signal);
      } catch (err) {
        // The SDK rethrows an abort that lands while it reads the body; anything else is a bug.
        if (!signal.aborted) throw err;
        result = { data: null, error: { name: "application_error", message: (err as Error).message, statusCode: null }, headers: null };
      }
      limiter.observe(result.headers);
      if (!result.error && result.data) return result.data;

      const failure = result.error ? classify(result.error, result.headers, signal.aborted, timeoutMs) : noData();
      uncertain ||= failure.uncertain;
      if (failure.kind === "processed") return PROCESSED;
      if (failure.kind === "permanent") throw new PermanentEmailError(failure.message, uncertain);
      if (failure.kind === "configuration") throw new ConfigurationEmailError(failure.message, uncertain);
      if (failure.kind === "quota") throw new QuotaEmailError(failure.message, failure.quota!, quotaResumesAt(failure), uncertain);
      if (failure.kind === "rate_limit") {
        // Everyone in this process waits, not only this caller.
        limiter.pause(failure.retryAfterMs ?? backoffMs(rateLimitTries + 1, policy));
        rateLimitTries++;
      } else {
        transientTries++;
      }
      const exhausted =
        (failure.kind === "rate_limit" && rateLimitTries >= policy.rateLimitAttempts) ||
        (failure.kind !== "rate_limit" && transientTries >= policy.attempts) ||
        (failure.retryAfterMs ?? 0) > policy.maxRetryAfterMs;
      if (exhausted) throw new RetryableEmailError(failure.message, failure.retryAfterMs, uncertain);
      // Backoff with jitter; after a 429 the limiter's pause holds the retry back further.
      if (failure.kind === "concurrent") await sleep(policy.concurrentDelayMs);
      else await sleep(backoffMs(failure.kind === "rate_limit" ? rateLimitTries : transientTries, policy));
    }
  }

  return {
    name: "resend",

    async send(email, sendOpts) {
      const data = await call(sendOpts?.priority, (signal) =>
        client.emails.send(
          {
            ...payload(email),
            attachments: email.attachments?.map((a) => ({
              filename: a.filename,
              content: a.content.toString("base64"),
              contentType: a.contentType,
            })),
          },
          { idempotencyKey: email.idempotencyKey, signal } as never,
        ),
      );
      if (data === PROCESSED) return { providerId: null };
      if (!data.id) throw new RetryableEmailError("resend returned no message id");
      return { providerId: data.id };
    },

    async sendBatch(emails, sendOpts) {
      if (emails.length === 0 || emails.length > MAX_BATCH_SIZE)
        throw new Error(`a batch holds 1 to ${MAX_BATCH_SIZE} emails, not ${emails.length}`);
      if (emails.some((e) => e.attachments?.length)) throw new Error("emails with attachments cannot be sent in a batch");
      // Sorted by key, so the same emails make the same request body and the same idempotency key
      // whatever order they come in: a retried batch is then recognised by Resend.
      const order = emails.map((_, i) => i).sort((a, b) => compare(emails[a].idempotencyKey, emails[b].idempotencyKey));
      const sorted = order.map((i) => emails[i]);
      const data = await call(
        sendOpts?.priority,
        (signal) =>
          client.batch.send(sorted.map(payload), {
            idempotencyKey: sendOpts?.idempotencyKey ?? batchIdempotencyKey(sorted.map((e) => e.idempotencyKey)),
            batchValidation: "permissive",
            signal,
          } as never) as Promise<SdkResult<{ data: { id: string }[]; errors?: { index: number; message: string }[] }>>,
      );
      // Processed before, with ids (and per-email refusals) Resend does not repeat: all went out.
      if (data === PROCESSED) return emails.map(() => ({ ok: true as const, providerId: null }));
      const sortedResults = batchResults(sorted.length, data);
      const results: BatchItemResult[] = new Array(emails.length);
      order.forEach((original, position) => {
        results[original] = sortedResults[position];
      });
      return results;
    },
  };
}

/** One key for a batch call, derived from its emails' keys (Resend keeps it 24 h; ≤ 256 chars). */
export function batchIdempotencyKey(keys: string[]): string {
  const hash = createHash("sha256");
  for (const key of [...keys].sort(compare)) hash.update(key).update("\n");
  return `batch:${hash.digest("hex")}`;
}

function payload(email: OutgoingEmail) {
  return { from: email.from, to: [email.to], subject: email.subject, html: email.html, text: email.text };
}

/**
 * In permissive mode Resend sends the valid emails and lists the refused ones by index; `data`
 * holds the ids of the sent ones in order.
 */
function batchResults(count: number, data: { data: { id: string }[]; errors?: { index: number; message: string }[] }): BatchItemResult[] {
  const refused = new Map((data.errors ?? []).map((e) => [e.index, e.message]));
  const ids = data.data ?? [];
  if (ids.length + refused.size !== count) {
    throw new RetryableEmailError(`resend answered a batch of ${count} with ${ids.length} ids and ${refused.size} errors`);
  }
  let next = 0;
  return Array.from({ length: count }, (_, index): BatchItemResult => {
    const reason = refused.get(index);
    if (reason !== undefined) return { ok: false, error: `validation_error: ${reason}` };
    return { ok: true, providerId: ids[next++].id };
  });
}

function classify(
  error: NonNullable<SdkResult<unknown>["error"]>,
  headers: SdkResult<unknown>["headers"],
  timedOut: boolean,
  timeoutMs: number,
): Failure {
  const { name, message } = error;
  const status = error.statusCode ?? 0;
  const text = `${name}: ${message}`;
  if (timedOut) return { kind: "transient", uncertain: true, message: `resend did not answer within ${timeoutMs} ms` };
  // https://resend.com/docs/api-reference/errors: 409s are about the idempotency key.
  if (name === "invalid_idempotent_request") return { kind: "processed", uncertain: false, message: text };
  if (name === "concurrent_idempotent_requests") return { kind: "concurrent", uncertain: false, message: text };
  if (QUOTA[name]) return { kind: "quota", uncertain: false, quota: QUOTA[name], message: text, retryAfterMs: retryAfterMs(headers) };
  if (name === "rate_limit_exceeded" || status === 429) {
    return { kind: "rate_limit", uncertain: false, message: `rate limited: ${message}`, retryAfterMs: retryAfterMs(headers) };
  }
  // missing/invalid/restricted API key, an unverified domain (403 validation_error): nothing this
  // message can change, and every other message would meet it too.
  if (status === 401 || status === 403) return { kind: "configuration", uncertain: false, message: text };
  if (status >= 400 && status < 500 && status !== 408 && status !== 409) return { kind: "permanent", uncertain: false, message: text };
  // 5xx (JSON or not: the SDK names a non-JSON body application_error), 408, other 409s, network failure.
  return { kind: "transient", uncertain: true, message: status ? text : `resend request failed: ${message}` };
}

/**
 * When a quota can have reset: retry-after when Resend gives it; otherwise a daily quota counts the
 * last 24 h at most, and a monthly one resets by the start of the next month (UTC) at the latest
 * (https://resend.com/docs/api-reference/rate-limit, "Email Quotas"). Sending that finds the quota
 * still used up pauses again.
 */
function quotaResumesAt(failure: Failure): Date {
  const now = Date.now();
  if (failure.retryAfterMs !== undefined) return new Date(now + failure.retryAfterMs);
  if (failure.quota === "daily_quota") return new Date(now + 24 * 3600_000);
  const d = new Date(now);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

function noData(): Failure {
  return { kind: "transient", uncertain: true, message: "resend returned no data" };
}

function retryAfterMs(headers: Record<string, string> | null | undefined): number | undefined {
  const value = headers?.["retry-after"];
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
