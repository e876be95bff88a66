// While sending is paused (a quota, the circuit breaker), email work is not failed and not retried
// into the dead-letter queue: it is put off until the pause can be over, as a new job starting then.
// Handlers stay safe to re-run, so running the same job again later does only what is still to do.
import { sendJobAt } from "@/lib/queue/boss";
import type { JobName, JobPayload } from "@/lib/queue/jobs";
import { SendingPausedError } from "./sending-pause";

/** The same job again at `at` (a second later than the pause, so that it finds it over). */
export async function deferJob<N extends JobName>(name: N, payload: JobPayload<N>, at: Date): Promise<void> {
  await sendJobAt(name, payload, new Date(at.getTime() + 1000));
}

/** Runs a job's work; when sending is paused, the job is deferred to the end of the pause instead. */
export async function deferWhilePaused<N extends JobName>(name: N, payload: JobPayload<N>, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (!(err instanceof SendingPausedError)) throw err;
    console.warn(`[${name}] ${err.message}: deferred`);
    await deferJob(name, payload, err.resumesAt);
  }
}
