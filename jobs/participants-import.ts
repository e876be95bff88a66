// participants.import: stream the stored CSV into participants, chunk by chunk (lib/imports/run-import).
// Safe to run twice, also at once: each chunk commits only on top of the cursor it started from.
// A problem with the file fails the operation at once with its message; any other error is retried
// by pg-boss, and on the last attempt the operation is marked failed so it never stays "running".
import type { Db } from "@/lib/db/client";
import { failImport, isLastImportAttempt } from "@/lib/imports/import-state";
import { runImport } from "@/lib/imports/run-import";
import type { JobPayload } from "@/lib/queue/jobs";

export const name = "participants.import" as const;

export async function handle(db: Db, payload: JobPayload<typeof name>): Promise<void> {
  try {
    await runImport(db, payload.operationId);
  } catch (err) {
    // drizzle wraps the driver's error and puts the query and its parameters (participants' data) in
    // its message: the driver's own message is the one worth keeping and showing.
    const cause = (err as { cause?: unknown })?.cause;
    const message = cause instanceof Error ? cause.message : err instanceof Error ? err.message : String(err);
    console.error(`[${name}] ${payload.operationId}: ${message}`);
    if (await isLastImportAttempt(db, payload.operationId).catch(() => false)) {
      await failImport(db, payload.operationId, `The import stopped after several attempts: ${message}`).catch(() => {});
    }
    throw err;
  }
}
