// certificates.email: email up to 20 participants their stored certificate
// (lib/certificates/send-certificate-emails). Safe to run twice, also at once. A failure is retried
// by pg-boss with backoff; when the last attempt fails the chunk's participants still pending are
// marked failed with the reason, so the operation completes.
import { z } from "zod";
import { sendCertificateEmails } from "@/lib/certificates/send-certificate-emails";
import { deferWhilePaused } from "@/lib/email/defer-while-paused";
import { failPendingItems } from "@/lib/operations/fail-pending-items";
import { defineJob } from "@/lib/queue/define-job";
import { deliveryRetries } from "@/lib/queue/jobs";
import { itemReason } from "@/lib/operations/item-reason";

export default defineJob({
  name: "certificates.email",
  // operationId: the operations row (kind certificates_email); up to 20 of its participants per job.
  payload: z.object({ operationId: z.uuid(), participantIds: z.array(z.uuid()).min(1).max(20) }),
  // Each item ends in an email: the delivery backoff, without the dead-letter queue ("Retry failed"
  // is on the page).
  queue: deliveryRetries,
  worker: { batchSize: 2, concurrency: 1 },
  handle: async ({ db }, payload) => {
    // Sending paused (quota, configuration): the job comes back when it can be over.
    await deferWhilePaused("certificates.email", payload, () => sendCertificateEmails(db, payload.operationId, payload.participantIds));
  },
  onGiveUp: async ({ db }, payload, error) => {
    await failPendingItems(db, payload.operationId, itemReason({ code: "gaveUp", step: "send", detail: error }), {
      participantIds: payload.participantIds,
    });
  },
});
