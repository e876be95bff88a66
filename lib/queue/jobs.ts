// The contract between web and worker: job names, their payloads (validated when sent and again
// when received) and each queue's retry settings.
import { z } from "zod";
import type { Queue } from "pg-boss";

type QueueOptions = Omit<Queue, "name">;

export const jobs = {
  "registration.process": z.object({ participantId: z.uuid() }),
  "email.send": z.object({ messageId: z.uuid() }),
  // changeId: the participant_status_history row of this approval/rejection. It keys the email, so
  // approving again after a rejection sends a new email while a retried job sends none.
  "participant.approved": z.object({ participantId: z.uuid(), changeId: z.uuid() }),
  "participant.rejected": z.object({ participantId: z.uuid(), changeId: z.uuid() }),
  // requestId: made when the organizer's page was rendered, so a double-click is one request.
  "ticket.resend": z.object({ participantId: z.uuid(), requestId: z.uuid() }),
  // operationId: the operations row (kind participants_import) holding the upload, settings and progress.
  "participants.import": z.object({ operationId: z.uuid() }),
  // requestId: made when the organizer's page was rendered; the email is keyed `rsvp:single:<requestId>`.
  "rsvp.single": z.object({ participantId: z.uuid(), requestId: z.uuid() }),
  // operationId: the operations row (kind rsvp_email) whose pending items are sent, 100 per provider call.
  "rsvp.bulk": z.object({ operationId: z.uuid() }),
  // operationId: the operations row (kind certificates_generate); up to 20 of its participants per job.
  "certificates.render": z.object({ operationId: z.uuid(), participantIds: z.array(z.uuid()).min(1).max(20) }),
  // operationId: the operations row (kind certificates_email); up to 20 of its participants per job.
  "certificates.email": z.object({ operationId: z.uuid(), participantIds: z.array(z.uuid()).min(1).max(20) }),
} as const;

export type JobName = keyof typeof jobs;
export type JobPayload<N extends JobName> = z.infer<(typeof jobs)[N]>;

export const DEAD_LETTER_QUEUE = "dead-letter";

// Every job here ends in delivering an email, whose transport already retries a few times in-process
// (429 after retry-after, 5xx, timeouts). A job that still fails means the provider has been down or
// limiting for a while, so the queue backs off exponentially (with jitter) from 5 s up to 10 min:
// 1 + 8 runs over roughly 20–40 minutes, which rides out a typical outage. After that the job goes to
// the dead-letter queue, where the organizer sees it with its error (/events/<id>/deliveries).
// heartbeatSeconds: a worker killed mid-job is noticed within ~30 s (its job is retried then),
// while expireInSeconds only bounds a job that is alive but stuck.
export const deliveryQueueOptions: QueueOptions = {
  retryLimit: 8,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 600,
  expireInSeconds: 900,
  heartbeatSeconds: 30,
  deadLetter: DEAD_LETTER_QUEUE,
  notify: true,
};

export const queueOptions: Record<JobName, QueueOptions> = {
  "registration.process": deliveryQueueOptions,
  "email.send": deliveryQueueOptions,
  "participant.approved": deliveryQueueOptions,
  "participant.rejected": deliveryQueueOptions,
  "ticket.resend": deliveryQueueOptions,
  // 100,000 rows take seconds, a 20 MB file on a busy machine may take minutes. The handler resumes
  // from the operation's cursor, so a retry after a crash (noticed through the heartbeat) continues
  // where the last committed chunk ended. After 3 retries the handler marks the operation failed,
  // where the organizer sees it: no dead-letter queue (that one lists undelivered emails).
  "participants.import": {
    retryLimit: 3,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 60,
    expireInSeconds: 1800,
    heartbeatSeconds: 30,
    notify: true,
  },
  "rsvp.single": deliveryQueueOptions,
  // A bulk send of 10,000 takes about a minute at Resend's 2 requests/s. The handler resumes from the
  // items still pending, so a retry (a killed worker is noticed through the 10 s heartbeat, the
  // shortest pg-boss allows) continues where the last committed chunk ended. On the last attempt
  // the recipients still pending are marked failed, for "Retry failed": no dead-letter queue.
  "rsvp.bulk": {
    retryLimit: 20,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 120,
    expireInSeconds: 3600,
    heartbeatSeconds: 10,
    notify: true,
  },
  // Certificates render in ~100 ms each, 20 to a job: a killed worker's chunk is noticed through the
  // 10 s heartbeat and re-run (already stored certificates are not rendered again). On the last
  // attempt the chunk's still-pending participants are marked failed, for "Retry failed".
  "certificates.render": {
    retryLimit: 5,
    retryDelay: 2,
    retryBackoff: true,
    retryDelayMax: 60,
    expireInSeconds: 600,
    heartbeatSeconds: 10,
    notify: true,
  },
  // Each item ends in an email: the delivery backoff; on the last attempt the chunk's pending
  // participants are marked failed (no dead-letter queue: "Retry failed" is on the page).
  "certificates.email": {
    retryLimit: 8,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 600,
    expireInSeconds: 900,
    heartbeatSeconds: 30,
    notify: true,
  },
};

/**
 * Queues whose jobs a worker runs fewer at a time than the default batches: a bulk send already
 * uses the whole provider rate on its own, and a second one at once would only make both slower
 * while holding more connections. Transactional queues keep their own, separate capacity.
 */
export const workerLimits: Partial<Record<JobName, { batchSize: number; concurrency: number }>> = {
  "rsvp.bulk": { batchSize: 1, concurrency: 1 },
  // Rendering is CPU-bound: one batch at a time per process, and a chunk fetched is a chunk another
  // worker process cannot take, so batches are small. Not 1: pg-boss only fetches again at once
  // after a full batch when batchSize > 1; at 1 it waits the 10 s polling interval between jobs.
  "certificates.render": { batchSize: 2, concurrency: 1 },
  "certificates.email": { batchSize: 2, concurrency: 1 },
};

export function parsePayload<N extends JobName>(name: N, data: unknown): JobPayload<N> {
  return jobs[name].parse(data) as JobPayload<N>;
}
