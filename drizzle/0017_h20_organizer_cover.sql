CREATE TABLE "event_covers" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"upload_id" uuid NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "organizer_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "organizer_email" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "organizer_phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "organizer_url" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "event_covers" ADD CONSTRAINT "event_covers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_covers" ADD CONSTRAINT "event_covers_upload_id_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."uploads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organizer_url_http" CHECK ("events"."organizer_url" = '' or "events"."organizer_url" ~* '^https?://');