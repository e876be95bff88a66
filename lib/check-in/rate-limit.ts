// Token buckets kept in this process's memory, so a device sending garbage at 1,000 requests/s is
// answered 429 before any database work, without slowing other devices. Keyed before the session is
// verified (by the raw session cookie and the device id header), so the refusal costs no query.
// Per process: with several web processes each keeps its own buckets, which only loosens the limit.

type Bucket = { tokens: number; at: number };

export type RateLimit = { burst: number; perSecond: number };

export class TokenBuckets {
  private buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly maxKeys = 50_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Take one token; false when the key has none left. */
  take(key: string): boolean {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      bucket = { tokens: this.limit.burst, at: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
      bucket.at = now;
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Buckets that have refilled completely hold no information; drop them (or, failing that, all). */
  private prune(now: number) {
    const full = (this.limit.burst / this.limit.perSecond) * 1000;
    for (const [key, b] of this.buckets) if (now - b.at >= full) this.buckets.delete(key);
    if (this.buckets.size >= this.maxKeys) this.buckets.clear();
  }
}

// A person scans at most a few tickets a second; a USB scanner a little faster. One device gets a
// burst of 40 and 20/s; one session (several phones may share a door account, each has its own
// session) 80 and 40/s, so rotating device ids does not lift the limit.
const holder = globalThis as typeof globalThis & { __eventdeskCheckInLimits?: { device: TokenBuckets; session: TokenBuckets } };

export function checkInLimits() {
  holder.__eventdeskCheckInLimits ??= {
    device: new TokenBuckets({ burst: 40, perSecond: 20 }),
    session: new TokenBuckets({ burst: 80, perSecond: 40 }),
  };
  return holder.__eventdeskCheckInLimits;
}
