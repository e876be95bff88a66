// The one shape a job is declared in: its name, payload schema, queue options and handler, with an
// optional onGiveUp for the final failure. The worker's runner (jobs/run-job.ts) parses the payload,
// hands the handler its attempt from the pg-boss job itself, and calls onGiveUp once when the last
// attempt fails, so no handler reads the queue's own tables or repeats a catch block.
import type { Queue } from "pg-boss";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";

export type QueueOptions = Omit<Queue, "name">;

export type JobContext = {
  db: Db;
  config: Env;
  jobId: string;
  /** 1 on the first run, counting every retry pg-boss made (also after a worker was killed). */
  attempt: number;
  /** No retry follows if this run fails: what onGiveUp is for. */
  isLastAttempt: boolean;
};

export type JobDefinition<N extends string = string, S extends z.ZodType = z.ZodType> = {
  name: N;
  payload: S;
  queue: QueueOptions;
  /** Jobs fetched at once and batches run at once; defaults: 10 and WORKER_CONCURRENCY. */
  worker?: { batchSize: number; concurrency: number };
  /** A cron schedule (maintenance): pg-boss sends one job per occurrence however many workers run. */
  schedule?: (config: Env) => { cron: string; tz: string };
  /** What it returns is stored as the job's output. */
  handle: (ctx: JobContext, payload: z.infer<S>) => Promise<unknown>;
  /** Called once, after the last attempt failed (the error is the driver's message, not drizzle's query). */
  onGiveUp?: (ctx: JobContext, payload: z.infer<S>, error: string) => Promise<void>;
};

export function defineJob<const N extends string, S extends z.ZodType>(definition: JobDefinition<N, S>): JobDefinition<N, S> {
  return definition;
}

/**
 * drizzle wraps the driver's error and puts the query and its parameters (participants' data) in its
 * message: the driver's own message is the one worth keeping and showing.
 */
export function failureMessage(err: unknown): string {
  const cause = (err as { cause?: unknown })?.cause;
  return cause instanceof Error ? cause.message : err instanceof Error ? err.message : String(err);
}
