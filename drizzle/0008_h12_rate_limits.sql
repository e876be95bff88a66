-- Hand-edited: UNLOGGED. Counters are worth nothing after a crash, and without WAL a hot key (one
-- venue address at the door) is not held back by a disk flush on every hit.
CREATE UNLOGGED TABLE "rate_limit_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL,
	"blocks" integer DEFAULT 0 NOT NULL,
	"blocked_until" timestamp with time zone,
	"max_hits" integer NOT NULL,
	"window_ms" integer NOT NULL,
	"backoff_ms" integer NOT NULL,
	"backoff_max_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rate_limit_counters_window_idx" ON "rate_limit_counters" USING btree ("window_ends_at");