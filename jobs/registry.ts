// Every job the worker runs, each declared once in its own file (defineJob). The contract jobs are
// the ones the web and the use-cases send (their names and payload types are the producer's, see
// lib/queue/jobs.ts); maintenance jobs run on a cron schedule; test jobs only with WORKER_TEST_JOBS=1.
import type { Env } from "@/lib/env";
import type { JobDefinition } from "@/lib/queue/define-job";
import announcementSend from "./announcement-send";
import certificatesEmail from "./certificates-email";
import certificatesRender from "./certificates-render";
import emailSend from "./email-send";
import anonymiseEvents from "./maintenance-anonymise-events";
import expireRsvpLinks from "./maintenance-expire-rsvp-links";
import purgeMessageBodies from "./maintenance-purge-message-bodies";
import purgeRateLimits from "./maintenance-purge-rate-limits";
import purgeWebhookReceipts from "./maintenance-purge-webhook-receipts";
import reconcileSeats from "./maintenance-reconcile-seats";
import settleOrphanedOperations from "./maintenance-orphaned-operations";
import sendRsvpReminders from "./maintenance-rsvp-reminders";
import participantApproved from "./participant-approved";
import participantRejected from "./participant-rejected";
import participantsImport from "./participants-import";
import registrationProcess from "./registration-process";
import rsvpBulk from "./rsvp-bulk";
import rsvpSingle from "./rsvp-single";
import { testJobs } from "./test-jobs";
import ticketResend from "./ticket-resend";
import participantCancelled from "./participant-cancelled";
import participantsCancel from "./participants-cancel";
import waitlistExpireOffer from "./waitlist-expire-offer";
import waitlistJoined from "./waitlist-joined";
import waitlistOffered from "./waitlist-offered";
import waitlistRefill from "./waitlist-refill";

export const contractJobs = [
  registrationProcess,
  emailSend,
  participantApproved,
  participantRejected,
  ticketResend,
  participantsImport,
  rsvpSingle,
  rsvpBulk,
  certificatesRender,
  certificatesEmail,
  announcementSend,
  participantCancelled,
  participantsCancel,
  waitlistRefill,
  waitlistOffered,
  waitlistJoined,
  waitlistExpireOffer,
] as const;

export const maintenanceJobs = [
  purgeMessageBodies,
  anonymiseEvents,
  sendRsvpReminders,
  expireRsvpLinks,
  settleOrphanedOperations,
  purgeRateLimits,
  purgeWebhookReceipts,
  reconcileSeats,
] as const;

/** What one worker process serves. */
export function workerJobs(config: Env): readonly JobDefinition[] {
  return [...contractJobs, ...maintenanceJobs, ...(config.WORKER_TEST_JOBS === "1" ? testJobs : [])] as readonly JobDefinition[];
}
