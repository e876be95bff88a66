// Every job handler the worker runs, one file each, keyed by job name.
import type { Db } from "@/lib/db/client";
import type { JobName, JobPayload } from "@/lib/queue/jobs";
import * as certificatesEmail from "./certificates-email";
import * as certificatesRender from "./certificates-render";
import * as emailSend from "./email-send";
import * as participantApproved from "./participant-approved";
import * as participantRejected from "./participant-rejected";
import * as participantsImport from "./participants-import";
import * as registrationProcess from "./registration-process";
import * as rsvpBulk from "./rsvp-bulk";
import * as rsvpSingle from "./rsvp-single";
import * as ticketResend from "./ticket-resend";

type Handler<N extends JobName> = { name: N; handle: (db: Db, payload: JobPayload<N>) => Promise<void> };

export const handlers: { [N in JobName]: Handler<N> } = {
  [registrationProcess.name]: registrationProcess,
  [emailSend.name]: emailSend,
  [participantApproved.name]: participantApproved,
  [participantRejected.name]: participantRejected,
  [ticketResend.name]: ticketResend,
  [participantsImport.name]: participantsImport,
  [rsvpSingle.name]: rsvpSingle,
  [rsvpBulk.name]: rsvpBulk,
  [certificatesRender.name]: certificatesRender,
  [certificatesEmail.name]: certificatesEmail,
};
