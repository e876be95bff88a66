CREATE TABLE "resend_webhook_receipts" (
	"svix_id" text PRIMARY KEY NOT NULL,
	"event_type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "messages_event_idx";--> statement-breakpoint
DROP INDEX "messages_created_idx";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "tickets_as_links" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "email_undeliverable_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "email_undeliverable_reason" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "delivery_status" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "delivery_detail" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "delivery_reported_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "resend_webhook_receipts_received_idx" ON "resend_webhook_receipts" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "participants_event_undeliverable_idx" ON "participants" USING btree ("event_id") WHERE "participants"."email_undeliverable_at" is not null;--> statement-breakpoint
CREATE INDEX "messages_event_created_idx" ON "messages" USING btree ("event_id","created_at","id");--> statement-breakpoint
CREATE INDEX "messages_kind_created_idx" ON "messages" USING btree ("kind","created_at","id");--> statement-breakpoint
CREATE INDEX "messages_status_created_idx" ON "messages" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "messages_delivery_created_idx" ON "messages" USING btree ("delivery_status","created_at","id") WHERE "messages"."delivery_status" is not null;--> statement-breakpoint
CREATE INDEX "messages_provider_id_idx" ON "messages" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "messages_created_idx" ON "messages" USING btree ("created_at","id");