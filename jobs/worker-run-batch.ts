// Runs one fetched batch with per-job results: each job in its own log context (its id and name on
// every line it writes), through its declaration (run-job.ts), timed into the job metrics, its
// failure stored as the job's output ({ message, stack }, shown on the Jobs page) so pg-boss retries
// it with the queue's backoff.
import type { JobResult, JobWithMetadata } from "pg-boss";
import type { Env } from "@/lib/env";
import { logger, withLogContext } from "@/lib/logging/logger";
import { recordJob } from "@/lib/metrics/job-metrics";
import { failureMessage, type JobDefinition } from "@/lib/queue/define-job";
import { runJob } from "./run-job";

const log = logger("worker");

/** Jobs this process is running right now: what a shutdown that times out hands back. */
export const jobsInHand = new Set<string>();

export function batchRunner(definition: JobDefinition, config: Env) {
  return (batch: JobWithMetadata<unknown>[]): Promise<JobResult[]> =>
    Promise.all(
      batch.map((job) =>
        withLogContext({ jobId: job.id, job: definition.name }, async (): Promise<JobResult> => {
          jobsInHand.add(job.id);
          const started = performance.now();
          try {
            const output = await runJob(definition, job.data, job, config);
            const seconds = (performance.now() - started) / 1000;
            recordJob(definition.name, "completed", seconds);
            log.debug({ durationMs: Math.round(seconds * 1000) }, "job completed");
            return { id: job.id, status: "completed", output: output ?? undefined };
          } catch (err) {
            const seconds = (performance.now() - started) / 1000;
            recordJob(definition.name, "failed", seconds);
            const message = err instanceof Error ? err.message : String(err);
            log.warn(
              {
                durationMs: Math.round(seconds * 1000),
                attempt: job.retryCount + 1,
                lastAttempt: job.retryCount >= job.retryLimit,
                error: failureMessage(err),
              },
              "job failed",
            );
            return { id: job.id, status: "failed", output: { message, stack: err instanceof Error ? err.stack : undefined } };
          } finally {
            jobsInHand.delete(job.id);
          }
        }),
      ),
    );
}
