ALTER TABLE "events" ADD COLUMN "anonymise_after_days" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_anonymise_after_days_range" CHECK ("events"."anonymise_after_days" is null or "events"."anonymise_after_days" between 0 and 3650);