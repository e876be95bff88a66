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
} as const;

export type JobName = keyof typeof jobs;
export type JobPayload<N extends JobName> = z.infer<(typeof jobs)[N]>;

export const DEAD_LETTER_QUEUE = "dead-letter";

const defaults: QueueOptions = {
  retryLimit: 5,
  retryDelay: 2,
  retryBackoff: true,
  retryDelayMax: 300,
  expireInSeconds: 300,
  deadLetter: DEAD_LETTER_QUEUE,
  notify: true,
};

export const queueOptions: Record<JobName, QueueOptions> = {
  "registration.process": defaults,
  "email.send": defaults,
  "participant.approved": defaults,
  "participant.rejected": defaults,
  "ticket.resend": defaults,
};

export function parsePayload<N extends JobName>(name: N, data: unknown): JobPayload<N> {
  return jobs[name].parse(data) as JobPayload<N>;
}
