// Runs one job through its declaration: validates the payload, hands the handler its context (the
// attempt from the pg-boss job itself: retryCount counts every earlier start, also one a killed
// worker never finished), and when the last attempt fails calls onGiveUp once before the job fails
// for good. A failing onGiveUp is logged; the job still fails with the handler's error.
import { db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { failureMessage, type JobContext, type JobDefinition } from "@/lib/queue/define-job";

export type JobAttempt = { id: string; retryCount: number; retryLimit: number };

export async function runJob(definition: JobDefinition, data: unknown, job: JobAttempt, config: Env): Promise<unknown> {
  const payload = definition.payload.parse(data);
  const ctx: JobContext = {
    db: db(),
    config,
    jobId: job.id,
    attempt: job.retryCount + 1,
    isLastAttempt: job.retryCount >= job.retryLimit,
  };
  try {
    return await definition.handle(ctx, payload);
  } catch (err) {
    if (ctx.isLastAttempt && definition.onGiveUp) {
      try {
        await definition.onGiveUp(ctx, payload, failureMessage(err));
      } catch (giveUpError) {
        logger(definition.name).error({ error: failureMessage(giveUpError) }, "giving up failed");
      }
    }
    throw err;
  }
}
