// The contract between web and worker. Each job is declared once, in its own file under jobs/
// (defineJob: payload schema, queue options, handler); the producer (boss.ts) takes the names and
// payload types from those declarations, and their schemas on the first send. What several
// declarations share lives here.
import type { z } from "zod";
import type { contractJobs } from "@/jobs/registry";
import type { QueueOptions } from "./define-job";

type Contract = (typeof contractJobs)[number];
export type JobName = Contract["name"];
export type JobPayload<N extends JobName> = z.infer<Extract<Contract, { name: N }>["payload"]>;

export const DEAD_LETTER_QUEUE = "dead-letter";

// Every job on these queues ends in delivering an email, whose transport already retries a few times
// in-process (429 after retry-after, 5xx, timeouts). A job that still fails means the provider has
// been down or limiting for a while, so the queue backs off exponentially (with jitter) from 5 s up
// to 10 min: 1 + 8 runs over roughly 20–40 minutes, which rides out a typical outage. After that the
// job goes to the dead-letter queue, where the organizer sees it with its error
// (/events/<id>/deliveries).
// heartbeatSeconds: a worker killed mid-job is noticed within ~30 s (its job is retried then),
// while expireInSeconds only bounds a job that is alive but stuck.
export const deliveryRetries: QueueOptions = {
  retryLimit: 8,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 600,
  expireInSeconds: 900,
  heartbeatSeconds: 30,
  notify: true,
};

export const deliveryQueueOptions: QueueOptions = { ...deliveryRetries, deadLetter: DEAD_LETTER_QUEUE };

// A bulk send (rsvp.bulk, announcement.send): thousands take well under a minute at Resend's default
// 5 requests/s (100 per batch call); the handler resumes from the items still pending, so a retry (a
// killed worker is noticed through the 10 s heartbeat, the shortest pg-boss allows) continues where
// the last committed chunk ended. No dead-letter queue: "Retry failed" is on the page.
export const bulkSendRetries: QueueOptions = {
  retryLimit: 20,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 120,
  expireInSeconds: 3600,
  heartbeatSeconds: 10,
  notify: true,
};
