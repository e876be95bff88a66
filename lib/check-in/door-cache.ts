// Short-lived, per-process answers for the check-in routes, which a venue's phones hit hundreds of
// times a second: who a session cookie belongs to, whether that user may reach the event, and the
// event's counters. Without them every scan paid a session lookup and an access query, and 60
// phones polling the counters every 2.5 s counted 20,000 rows 24 times a second.
//
// Staleness is bounded by the TTL: a session signed out, or access taken away, stops working at the
// door within SESSION_TTL_MS; counters are at most COUNTERS_TTL_MS old. Concurrent misses for one
// key share one load (no stampede). The admission itself is never cached: it is decided by the
// database on every scan (record-check-in.ts).

export const SESSION_TTL_MS = 5_000;
export const COUNTERS_TTL_MS = 1_000;

type Entry<V> = { value: Promise<V>; expires: number };

export class ShortCache<V> {
  private entries = new Map<string, Entry<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    if (this.entries.size >= this.maxKeys) this.prune(now);
    const value = load();
    const entry = { value, expires: now + this.ttlMs };
    this.entries.set(key, entry);
    // A failed load is not remembered: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  /** Changes a live entry in place (its expiry unchanged); nothing if there is none. */
  update(key: string, change: (value: V) => V): void {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) hit.value = hit.value.then(change);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  private prune(now: number) {
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
    // Still full of live entries (a flood of distinct keys): start over rather than grow.
    if (this.entries.size >= this.maxKeys) this.entries.clear();
  }
}
