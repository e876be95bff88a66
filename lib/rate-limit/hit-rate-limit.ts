// The one rate-limit mechanism of the app: count a hit against one or more budget keys in a single
// SQL statement (an atomic multi-row upsert on rate_limit_counters), shared by every web process.
// Chosen over rate-limiter-flexible: its PostgreSQL store wants the `pg` driver (a second driver
// next to postgres.js) and runs its own table management; one upsert of our own is as cheap and
// also does the growing back-off sign-in needs.
// Keys already known to be blocked are refused from this process's memory without a query, so a
// flood costs the database nothing once it is over its budget.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { RateLimitRule } from "./rules";

export type RateLimitHit = { rule: RateLimitRule; key: string };
// counts: the hits now counted on each key of the call, in its order (0 where nothing was counted:
// RATE_LIMITS=off for a public rule), for callers that act on the count itself (the challenge's rush).
export type RateLimitResult = { ok: true; counts?: number[] } | { ok: false; retryAfterMs: number; rule: RateLimitRule };

const MAX_REMEMBERED = 20_000;
const holder = globalThis as typeof globalThis & { __eventdeskBlockedKeys?: Map<string, number> };

function blockedKeys(): Map<string, number> {
  holder.__eventdeskBlockedKeys ??= new Map();
  return holder.__eventdeskBlockedKeys;
}

function storageKey(hit: RateLimitHit): string {
  return `${hit.rule.name}:${hit.key}`;
}

/** Counts one hit on every key; refused when any of them is over its budget. */
export async function hitRateLimit(db: DbOrTx, hits: RateLimitHit[]): Promise<RateLimitResult> {
  const active = env().RATE_LIMITS === "off" ? hits.filter((h) => !h.rule.public) : hits;
  if (active.length === 0) return { ok: true };
  const now = Date.now();
  const remembered = blockedKeys();
  const byKey = new Map<string, RateLimitHit>();
  for (const hit of active) {
    const key = storageKey(hit);
    const until = remembered.get(key);
    if (until !== undefined) {
      if (until > now) return { ok: false, retryAfterMs: until - now, rule: hit.rule };
      remembered.delete(key);
    }
    byKey.set(key, hit);
  }
  const values = sql.join(
    [...byKey].map(
      ([key, { rule }]) =>
        sql`(${key}, 1, now() + ${rule.windowMs} * interval '1 millisecond', 0, null::timestamptz, ${rule.max}::int, ${rule.windowMs}::int, ${rule.backoffMs ?? 0}::int, ${rule.backoffMaxMs ?? rule.backoffMs ?? 0}::int)`,
    ),
    sql`, `,
  );
  // Within a block nothing changes. Past the window a new one starts. Within it, the hit that goes
  // over the budget starts a block: to the window's end, or the back-off (doubling per block).
  // The block count is forgotten a day after the last block ended.
  const rows = await db.execute<{ key: string; hits: number; retry_ms: number | null }>(sql`
    insert into rate_limit_counters as c (key, hits, window_ends_at, blocks, blocked_until, max_hits, window_ms, backoff_ms, backoff_max_ms)
    values ${values}
    on conflict (key) do update set
      max_hits = excluded.max_hits, window_ms = excluded.window_ms, backoff_ms = excluded.backoff_ms, backoff_max_ms = excluded.backoff_max_ms,
      hits = case when c.blocked_until > now() then c.hits when c.window_ends_at <= now() then 1 else c.hits + 1 end,
      window_ends_at = case
        when c.blocked_until > now() then c.window_ends_at
        when c.window_ends_at <= now() then now() + excluded.window_ms * interval '1 millisecond'
        else c.window_ends_at end,
      blocks = case
        when c.blocked_until > now() then c.blocks
        when c.window_ends_at > now() and c.hits + 1 > excluded.max_hits then c.blocks + 1
        when c.blocked_until < now() - interval '1 day' then 0
        else c.blocks end,
      blocked_until = case
        when c.blocked_until > now() then c.blocked_until
        when c.window_ends_at > now() and c.hits + 1 > excluded.max_hits then
          case when excluded.backoff_ms > 0
            then now() + least(excluded.backoff_max_ms::float8, excluded.backoff_ms * power(2, least(c.blocks, 30))) * interval '1 millisecond'
            else c.window_ends_at end
        else c.blocked_until end
    returning key, hits, case when blocked_until > now() then ceil(extract(epoch from blocked_until - now()) * 1000)::int end as retry_ms
  `);
  const counted = new Map(rows.map((row) => [row.key, Number(row.hits)]));
  let refusal: RateLimitResult = { ok: true, counts: hits.map((hit) => counted.get(storageKey(hit)) ?? 0) };
  for (const row of rows) {
    if (row.retry_ms === null || row.retry_ms <= 0) continue;
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(row.key, now + row.retry_ms);
    if (refusal.ok || row.retry_ms > refusal.retryAfterMs)
      refusal = { ok: false, retryAfterMs: row.retry_ms, rule: byKey.get(row.key)!.rule };
  }
  return refusal;
}

/** True when this process already knows the key is blocked (no query: for the cheapest refusals). */
export function knownBlocked(hit: RateLimitHit): number | null {
  if (env().RATE_LIMITS === "off" && hit.rule.public) return null;
  const until = blockedKeys().get(storageKey(hit));
  const now = Date.now();
  return until !== undefined && until > now ? until - now : null;
}

/** Hits counted on a key in its current window, without counting one (0 when none or expired). */
export async function currentHits(db: DbOrTx, hit: RateLimitHit): Promise<number> {
  const rows = await db.execute<{ hits: number }>(
    sql`select hits from rate_limit_counters where key = ${storageKey(hit)} and window_ends_at > now()`,
  );
  return rows[0]?.hits ?? 0;
}

/** Forgets a key's count (a successful sign-in clears the account's failures). */
export async function resetRateLimit(db: DbOrTx, hit: RateLimitHit): Promise<void> {
  const key = storageKey(hit);
  blockedKeys().delete(key);
  await db.execute(sql`delete from rate_limit_counters where key = ${key}`);
}

/** Drops counters that hold no information any more (maintenance). */
export async function purgeRateLimits(db: DbOrTx): Promise<number> {
  const rows = await db.execute(sql`
    delete from rate_limit_counters
    where window_ends_at < now() - interval '1 day' and (blocked_until is null or blocked_until < now() - interval '1 day')
    returning key`);
  return rows.length;
}

/** Test helper and operator escape hatch: forget every remembered block in this process. */
export function forgetBlockedKeysInProcess(): void {
  blockedKeys().clear();
}
