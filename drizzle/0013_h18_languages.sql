-- Issue 18: the event's language, the participant's and the dashboard user's choice, and organizer
-- email templates kept per language (existing templates were written for English events).
ALTER TABLE "user" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "event_email_templates" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "event_email_templates" DROP CONSTRAINT "event_email_templates_event_id_kind_pk";--> statement-breakpoint
ALTER TABLE "event_email_templates" ADD CONSTRAINT "event_email_templates_event_id_kind_language_pk" PRIMARY KEY("event_id","kind","language");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_language_supported" CHECK ("events"."language" in ('en', 'el'));
