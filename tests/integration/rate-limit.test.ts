// The one rate-limit mechanism: budgets per key in PostgreSQL, growing back-off, several keys in one
// statement, shared between processes, and the RATE_LIMITS=off switch for public budgets only.
import { requestLocale } from "@/lib/i18n/request-locale";
import { sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { forgetBlockedKeysInProcess, hitRateLimit, purgeRateLimits, resetRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { tooManyAttemptsMessage, type RateLimitRule } from "@/lib/rate-limit/rules";
import { closeConnections, resetDb } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

const fixed: RateLimitRule = { name: "test.fixed", max: 3, windowMs: 60_000, public: true };
const backoff: RateLimitRule = { name: "test.backoff", max: 2, windowMs: 600_000, backoffMs: 60_000, backoffMaxMs: 600_000, public: false };

async function hits(rule: RateLimitRule, key: string, n: number) {
  const results = [];
  for (let i = 0; i < n; i++) results.push(await hitRateLimit(db(), [{ rule, key }]));
  return results.map((r) => r.ok);
}

/** Moves a key's clock back: its window and block end `ms` earlier, as if that time had passed. */
async function age(key: string, ms: number) {
  await db().execute(sql`update rate_limit_counters set window_ends_at = window_ends_at - ${ms} * interval '1 millisecond',
    blocked_until = blocked_until - ${ms} * interval '1 millisecond' where key = ${key}`);
  forgetBlockedKeysInProcess();
}

describe("hitRateLimit", () => {
  it("allows the budget, then refuses until the window ends, then allows again", async () => {
    expect(await hits(fixed, "a", 5)).toEqual([true, true, true, false, false]);
    const refused = await hitRateLimit(db(), [{ rule: fixed, key: "a" }]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterMs).toBeGreaterThan(55_000);
    expect(await hits(fixed, "b", 1)).toEqual([true]);
    await age("test.fixed:a", 61_000);
    expect(await hits(fixed, "a", 1)).toEqual([true]);
  });

  it("blocks twice as long at each further block within the window", async () => {
    expect(await hits(backoff, "k", 3)).toEqual([true, true, false]);
    const first = await db().execute<{ s: number }>(
      sql`select extract(epoch from blocked_until - now())::int as s from rate_limit_counters where key = 'test.backoff:k'`,
    );
    expect(first[0].s).toBeGreaterThan(55);
    expect(first[0].s).toBeLessThanOrEqual(60);
    await age("test.backoff:k", 61_000);
    expect(await hits(backoff, "k", 1)).toEqual([false]);
    const second = await db().execute<{ s: number }>(
      sql`select extract(epoch from blocked_until - now())::int as s from rate_limit_counters where key = 'test.backoff:k'`,
    );
    expect(second[0].s).toBeGreaterThan(115);
    expect(second[0].s).toBeLessThanOrEqual(120);
  });

  it("refuses from memory once a key is known to be blocked, and the database agrees in another process", async () => {
    await hits(fixed, "m", 4);
    await db().execute(sql`update rate_limit_counters set hits = 0 where key = 'test.fixed:m'`);
    // This process remembers the block: no query, still refused.
    expect(await hits(fixed, "m", 1)).toEqual([false]);
    // Another process (no memory) asks the shared row: blocked too.
    forgetBlockedKeysInProcess();
    expect(await hits(fixed, "m", 1)).toEqual([false]);
  });

  it("checks several keys in one statement and refuses when any is over", async () => {
    const both = (a: string) =>
      hitRateLimit(db(), [
        { rule: fixed, key: a },
        { rule: backoff, key: "shared" },
      ]);
    expect((await both("x")).ok).toBe(true);
    expect((await both("y")).ok).toBe(true);
    const third = await both("z");
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.rule.name).toBe("test.backoff");
    const rows = await db().execute<{ key: string; hits: number }>(sql`select key, hits from rate_limit_counters order by key`);
    expect(rows.map((r) => [r.key, r.hits])).toEqual([
      ["test.backoff:shared", 3],
      ["test.fixed:x", 1],
      ["test.fixed:y", 1],
      ["test.fixed:z", 1],
    ]);
  });

  it("counts exactly once per hit under concurrency", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(db(), [{ rule: { ...fixed, max: 7 }, key: "c" }])));
    expect(results.filter((r) => r.ok)).toHaveLength(7);
  });

  it("reset forgets a key; purge drops stale rows", async () => {
    await hits(backoff, "r", 3);
    await resetRateLimit(db(), { rule: backoff, key: "r" });
    expect(await hits(backoff, "r", 1)).toEqual([true]);
    await age("test.backoff:r", 3 * 24 * 3600_000);
    expect(await purgeRateLimits(db())).toBe(1);
  });
});

describe("RATE_LIMITS=off", () => {
  it("switches public budgets off and keeps the others", async () => {
    const { env } = await import("@/lib/env");
    const config = env() as { RATE_LIMITS: string };
    config.RATE_LIMITS = "off";
    try {
      expect(await hits(fixed, "p", 10)).toEqual(Array(10).fill(true));
      expect(await hits(backoff, "q", 3)).toEqual([true, true, false]);
    } finally {
      config.RATE_LIMITS = "on";
    }
  });
});

describe("tooManyAttemptsMessage", () => {
  it("says how many minutes, in the reader's language", () => {
    expect(tooManyAttemptsMessage(30_000, "en")).toBe("Too many attempts. Try again in 1 minute.");
    expect(tooManyAttemptsMessage(9 * 60_000 + 1, "en")).toBe("Too many attempts. Try again in 10 minutes.");
    expect(tooManyAttemptsMessage(30_000, "el")).toBe("Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε 1 λεπτό.");
    expect(tooManyAttemptsMessage(9 * 60_000 + 1, "el")).toBe("Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε 10 λεπτά.");
  });
});

describe("requestLocale", () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it("takes the dashboard's language cookie, else the browser's Accept-Language, else English", () => {
    expect(requestLocale(headers({ cookie: "a=1; eventdesk_ui_lang=el", "accept-language": "en" }))).toBe("el");
    expect(requestLocale(headers({ cookie: "eventdesk_ui_lang=xx", "accept-language": "el-GR,el;q=0.9,en;q=0.8" }))).toBe("el");
    expect(requestLocale(headers({ "accept-language": "fr-FR, en;q=0.5" }))).toBe("en");
    expect(requestLocale(headers({}))).toBe("en");
  });
});
