// Every job handler the worker runs, one file each, keyed by job name.
import type { Db } from "@/lib/db/client";
import type { JobName, JobPayload } from "@/lib/queue/jobs";
import * as emailSend from "./email-send";
import * as registrationProcess from "./registration-process";

type Handler<N extends JobName> = { name: N; handle: (db: Db, payload: JobPayload<N>) => Promise<void> };

export const handlers: { [N in JobName]: Handler<N> } = {
  [registrationProcess.name]: registrationProcess,
  [emailSend.name]: emailSend,
};
