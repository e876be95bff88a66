CREATE TABLE "participant_answer_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"changes" jsonb NOT NULL,
	"changed_by" text,
	"changed_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "questions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "answers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "participant_answer_history" ADD CONSTRAINT "participant_answer_history_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participant_answer_history_participant_idx" ON "participant_answer_history" USING btree ("participant_id","created_at");--> statement-breakpoint
CREATE INDEX "participants_answers_idx" ON "participants" USING gin ("answers" jsonb_path_ops);