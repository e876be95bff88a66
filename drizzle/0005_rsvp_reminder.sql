ALTER TABLE "events" ADD COLUMN "rsvp_reminder_days" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "rsvp_links_expired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_rsvp_reminder_days_range" CHECK ("events"."rsvp_reminder_days" is null or "events"."rsvp_reminder_days" between 1 and 90);