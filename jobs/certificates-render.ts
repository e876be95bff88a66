// certificates.render: issue the certificates of up to 20 participants of a generation
// (lib/certificates/issue-certificates). Safe to run twice, also at once. A failure is retried by
// pg-boss; when the last attempt fails the chunk's participants still pending are marked failed with
// the reason, so the operation completes and the organizer can retry them.
import { z } from "zod";
import { issueCertificates } from "@/lib/certificates/issue-certificates";
import { failPendingItems } from "@/lib/operations/fail-pending-items";
import { defineJob } from "@/lib/queue/define-job";
import { itemReason } from "@/lib/operations/item-reason";

export default defineJob({
  name: "certificates.render",
  // operationId: the operations row (kind certificates_generate); up to 20 of its participants per job.
  payload: z.object({ operationId: z.uuid(), participantIds: z.array(z.uuid()).min(1).max(20) }),
  // Certificates render in ~100 ms each, 20 to a job: a killed worker's chunk is noticed through the
  // 10 s heartbeat and re-run (already stored certificates are not rendered again).
  queue: {
    retryLimit: 5,
    retryDelay: 2,
    retryBackoff: true,
    retryDelayMax: 60,
    expireInSeconds: 600,
    heartbeatSeconds: 10,
    notify: true,
  },
  // Rendering is CPU-bound: one batch at a time per process, and a chunk fetched is a chunk another
  // worker process cannot take, so batches are small. Not 1: pg-boss only fetches again at once
  // after a full batch when batchSize > 1; at 1 it waits the 10 s polling interval between jobs.
  worker: { batchSize: 2, concurrency: 1 },
  handle: async ({ db }, payload) => {
    await issueCertificates(db, payload.operationId, payload.participantIds);
  },
  onGiveUp: async ({ db }, payload, error) => {
    await failPendingItems(db, payload.operationId, itemReason({ code: "gaveUp", step: "generate", detail: error }), {
      participantIds: payload.participantIds,
    });
  },
});
