// Calling a job's handler the way the worker's runner does, without the queue: a first attempt of
// many (so no give-up), with the test database. The runner itself (attempts, onGiveUp) is tested
// through jobs/run-job.ts and a real worker process.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { JobContext, JobDefinition } from "@/lib/queue/define-job";

export function jobContext(db: Db, attempt: Partial<JobContext> = {}): JobContext {
  return { db, config: env(), jobId: randomUUID(), attempt: 1, isLastAttempt: false, ...attempt };
}

export function handlerOf<N extends string, S extends z.ZodType>(definition: JobDefinition<N, S>) {
  return (db: Db, payload: z.infer<S>) => definition.handle(jobContext(db), definition.payload.parse(payload));
}
