ALTER TABLE "events" ADD COLUMN "waitlist_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "waitlist_offer_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "waitlisted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "offer_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "offer_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "participants_event_waitlist_idx" ON "participants" USING btree ("event_id","waitlisted_at","id") WHERE "participants"."status" in ('waitlisted', 'offered');--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_waitlist_offer_hours_range" CHECK ("events"."waitlist_offer_hours" between 1 and 336);--> statement-breakpoint
-- Hand-written: a participant offered a seat from the waitlist holds it (lib/participants/seat-accounting.ts),
-- so the counter started when an event gains a capacity counts them too.
CREATE OR REPLACE FUNCTION "events_seats_follow_capacity"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."capacity" IS NULL THEN
    NEW."seats_taken" := NULL;
  ELSIF TG_OP = 'INSERT' THEN
    NEW."seats_taken" := coalesce(NEW."seats_taken", 0);
  ELSIF OLD."capacity" IS NULL THEN
    NEW."seats_taken" := (
      SELECT count(*)::int FROM "participants" p
      WHERE p."event_id" = NEW."id" AND (p."status" = 'offered'
        OR (p."status" IN ('pending', 'approved') AND p."rsvp_answer" IS DISTINCT FROM 'declined'))
    );
  END IF;
  RETURN NEW;
END $$;
