ALTER TABLE "operation_row_errors" ADD COLUMN "reason_detail" jsonb;--> statement-breakpoint
ALTER TABLE "operations" ADD COLUMN "error_detail" jsonb;