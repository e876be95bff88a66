// Counters behind every request budget (lib/rate-limit/). One row per budget key, e.g.
// "sign-in.account:ada@example.com"; kept in PostgreSQL so that every web process shares one budget.
// The rule's numbers are stored on the row as well, so that one upsert can check several keys with
// different rules at once (ON CONFLICT can read only the row and the proposed one).
import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text("key").primaryKey(),
    hits: integer("hits").notNull(),
    windowEndsAt: timestamp("window_ends_at", { withTimezone: true }).notNull(),
    // How many times this key has been blocked lately: each block lasts twice as long as the last.
    blocks: integer("blocks").notNull().default(0),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }),
    maxHits: integer("max_hits").notNull(),
    windowMs: integer("window_ms").notNull(),
    backoffMs: integer("backoff_ms").notNull(),
    backoffMaxMs: integer("backoff_max_ms").notNull(),
  },
  (t) => [index("rate_limit_counters_window_idx").on(t.windowEndsAt)],
);
