CREATE TABLE "email_sending_pauses" (
	"reason" text PRIMARY KEY NOT NULL,
	"message" text NOT NULL,
	"resumes_at" timestamp with time zone NOT NULL,
	"since" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "send_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"endpoint" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"message_ids" uuid[] NOT NULL,
	"request_hash" text NOT NULL,
	"request" jsonb,
	"state" text DEFAULT 'pending' NOT NULL,
	"lease_until" timestamp with time zone,
	"calls" integer DEFAULT 0 NOT NULL,
	"uncertain" boolean DEFAULT false NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "send_attempts_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "attempt_id" uuid;--> statement-breakpoint
CREATE INDEX "send_attempts_state_idx" ON "send_attempts" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "messages_attempt_idx" ON "messages" USING btree ("attempt_id");