// participants.import: stream the stored CSV into participants, chunk by chunk (lib/imports/run-import).
// Safe to run twice, also at once: each chunk commits only on top of the cursor it started from.
// A problem with the file fails the operation at once with its message; any other error is retried
// by pg-boss, and when the last attempt fails the operation is marked failed so it never stays "running".
import { z } from "zod";
import { runImport } from "@/lib/imports/run-import";
import { storedFailure } from "@/lib/imports/stored-import-reason";
import { failOperation } from "@/lib/operations/fail-operation";
import { defineJob } from "@/lib/queue/define-job";

export default defineJob({
  name: "participants.import",
  // operationId: the operations row (kind participants_import) holding the upload, settings and progress.
  payload: z.object({ operationId: z.uuid() }),
  // 100,000 rows take seconds, a 20 MB file on a busy machine may take minutes. The handler resumes
  // from the operation's cursor, so a retry after a crash (noticed through the heartbeat) continues
  // where the last committed chunk ended. After 3 retries the operation is marked failed, where the
  // organizer sees it: no dead-letter queue (that one lists undelivered emails).
  queue: {
    retryLimit: 3,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 60,
    expireInSeconds: 1800,
    heartbeatSeconds: 30,
    notify: true,
  },
  handle: async ({ db }, payload) => {
    await runImport(db, payload.operationId);
  },
  onGiveUp: async ({ db }, payload, error) => {
    await failOperation(db, payload.operationId, storedFailure({ code: "gaveUp", detail: String(error) }));
  },
});
