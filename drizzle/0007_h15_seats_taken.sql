ALTER TABLE "events" ADD COLUMN "seats_taken" integer;--> statement-breakpoint
-- Backfill (hand-written): the seats held today by every event with a capacity.
UPDATE "events" e SET "seats_taken" = (
  SELECT count(*)::int FROM "participants" p
  WHERE p."event_id" = e."id" AND p."status" IN ('pending', 'approved') AND p."rsvp_answer" IS DISTINCT FROM 'declined'
) WHERE e."capacity" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_seats_taken_with_capacity" CHECK (("events"."capacity" is null) = ("events"."seats_taken" is null) and ("events"."seats_taken" is null or "events"."seats_taken" >= 0));
--> statement-breakpoint
-- Hand-written: the counter follows the capacity. A new event with a capacity starts at 0; an event
-- that gains a capacity is counted once (lib/events/save-event.ts first locks out in-flight writes to
-- participants so the count is exact); one that loses it stops counting. Every other change of the
-- counter goes through lib/participants/seat-accounting.ts.
CREATE FUNCTION "events_seats_follow_capacity"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."capacity" IS NULL THEN
    NEW."seats_taken" := NULL;
  ELSIF TG_OP = 'INSERT' THEN
    NEW."seats_taken" := coalesce(NEW."seats_taken", 0);
  ELSIF OLD."capacity" IS NULL THEN
    NEW."seats_taken" := (
      SELECT count(*)::int FROM "participants" p
      WHERE p."event_id" = NEW."id" AND p."status" IN ('pending', 'approved') AND p."rsvp_answer" IS DISTINCT FROM 'declined'
    );
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "events_seats_follow_capacity" BEFORE INSERT OR UPDATE OF "capacity" ON "events"
  FOR EACH ROW EXECUTE FUNCTION "events_seats_follow_capacity"();
