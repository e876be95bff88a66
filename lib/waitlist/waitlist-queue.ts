// Queue options of the waitlist's own jobs (refill, expiry): database work only, quick to retry; a
// worker killed mid-job is noticed by the heartbeat within ~10 s and the job runs again.
import type { QueueOptions } from "@/lib/queue/define-job";
import { DEAD_LETTER_QUEUE } from "@/lib/queue/jobs";

export const waitlistQueueOptions: QueueOptions = {
  retryLimit: 10,
  retryDelay: 2,
  retryBackoff: true,
  retryDelayMax: 120,
  expireInSeconds: 300,
  heartbeatSeconds: 10,
  notify: true,
  deadLetter: DEAD_LETTER_QUEUE,
};
