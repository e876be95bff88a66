// Paces requests to the email provider, process-wide: single and batch sends share one limiter, as
// they share the provider's per-team limit. It keeps a log of request starts and lets at most
// `limit` start in any window (1 s plus a margin for network jitter), follows the provider's
// ratelimit-* headers, and stops everyone for a while after a 429. Waiting transactional sends are
// served before bulk ones. Across several worker processes the headers are what keeps them in step.
import { env } from "@/lib/env";

export type SendPriority = "transactional" | "bulk";

export type RateLimiterOptions = {
  /**
   * Requests per window to start with. Resend's documented default is 5 per second per team
   * (https://resend.com/docs/api-reference/rate-limit); ratelimit-limit in each answer then rules.
   */
  requestsPerSecond: number;
  windowMs?: number;
  /** Added to each window: requests that start 1 s apart may arrive closer together. */
  marginMs?: number;
};

const MAX_LIMIT = 1000;

export class RateLimiter {
  private limit: number;
  private readonly windowMs: number;
  private readonly marginMs: number;
  private starts: number[] = [];
  private pausedUntil = 0;
  private readonly queues: Record<SendPriority, (() => void)[]> = { transactional: [], bulk: [] };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = 0;

  constructor(opts: RateLimiterOptions) {
    this.limit = clampLimit(opts.requestsPerSecond);
    this.windowMs = opts.windowMs ?? 1000;
    this.marginMs = opts.marginMs ?? 50;
  }

  /** Requests currently allowed per window. */
  get requestsPerWindow(): number {
    return this.limit;
  }

  /** Resolves when this caller may start one request. */
  acquire(opts: { priority?: SendPriority } = {}): Promise<void> {
    return new Promise((resolve) => {
      this.queues[opts.priority ?? "transactional"].push(resolve);
      this.pump();
    });
  }

  /** No request starts before `ms` from now (a 429's retry-after, a full window elsewhere). */
  pause(ms: number): void {
    if (!(ms > 0)) return;
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
    this.pump();
  }

  /** Learn from a provider answer's ratelimit-limit / -remaining / -reset headers. */
  observe(headers: Record<string, string> | null | undefined): void {
    if (!headers) return;
    const limit = intHeader(headers["ratelimit-limit"]);
    if (limit !== undefined && limit > 0 && limit !== this.limit) {
      this.limit = clampLimit(limit);
      this.reschedule();
    }
    const remaining = intHeader(headers["ratelimit-remaining"]);
    const reset = intHeader(headers["ratelimit-reset"]);
    if (remaining === 0 && reset !== undefined && reset > 0) {
      // The provider's window is full. When our own log already holds a full window it delays the
      // next request precisely; otherwise someone else (another process) uses the quota: wait.
      const now = Date.now();
      if (this.recentStarts(now) < this.limit) this.pause(reset * 1000);
    }
  }

  /** Milliseconds until the next request could start (0: now). */
  delayMs(now = Date.now()): number {
    let wait = Math.max(0, this.pausedUntil - now);
    const span = this.windowMs + this.marginMs;
    this.starts = this.starts.filter((t) => now - t < span);
    if (this.starts.length >= this.limit) {
      wait = Math.max(wait, this.starts[this.starts.length - this.limit] + span - now);
    }
    return wait;
  }

  private recentStarts(now: number): number {
    const span = this.windowMs + this.marginMs;
    return this.starts.filter((t) => now - t < span).length;
  }

  private pump(): void {
    for (;;) {
      const queue = this.queues.transactional.length ? this.queues.transactional : this.queues.bulk;
      if (!queue.length) {
        this.clearTimer();
        return;
      }
      const now = Date.now();
      const wait = this.delayMs(now);
      if (wait > 0) {
        this.wakeAt(now + wait);
        return;
      }
      this.starts.push(now);
      queue.shift()!();
    }
  }

  private wakeAt(at: number): void {
    if (this.timer && this.timerAt <= at) return;
    this.clearTimer();
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.pump();
      },
      Math.max(1, at - Date.now()),
    );
  }

  private reschedule(): void {
    this.clearTimer();
    this.pump();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

function clampLimit(n: number): number {
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(n)));
}

function intHeader(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined;
}

const holder = globalThis as typeof globalThis & { __eventdeskRateLimiter?: RateLimiter };

/** The limiter every Resend request of this process goes through (RESEND_RATE_LIMIT to start). */
export function sharedRateLimiter(): RateLimiter {
  holder.__eventdeskRateLimiter ??= new RateLimiter({ requestsPerSecond: env().RESEND_RATE_LIMIT });
  return holder.__eventdeskRateLimiter;
}
