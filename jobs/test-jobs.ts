// Test-only queues, registered when WORKER_TEST_JOBS=1 (refused in production): `test.sleep` holds
// a job for a while (graceful shutdown and database restart tests), `test.noop` does nothing (the
// queue benchmark), `test.fail` fails every attempt and records each attempt and its give-up (the
// runner's attempt and onGiveUp test). They run through the same runner as the real jobs.
import { sql } from "drizzle-orm";
import { z } from "zod";
import { logger } from "@/lib/logging/logger";
import { defineJob } from "@/lib/queue/define-job";

const testQueueOptions = { retryLimit: 5, retryDelay: 1, retryBackoff: false, expireInSeconds: 900, heartbeatSeconds: 10, notify: true };

const sleep = defineJob({
  name: "test.sleep",
  payload: z.object({
    ms: z.number().int().min(0).max(600_000),
    // Query the database after sleeping, so that a job in flight during an outage fails and is retried.
    query: z.boolean().optional(),
  }),
  queue: testQueueOptions,
  handle: async ({ db }, { ms, query }) => {
    logger("test.sleep").info({ ms }, "sleeping");
    await new Promise((r) => setTimeout(r, ms));
    if (query) await db.execute(sql`select 1`);
    logger("test.sleep").info("woke up");
  },
});

const noop = defineJob({ name: "test.noop", payload: z.unknown(), queue: testQueueOptions, handle: async () => {} });

// Each attempt and the give-up are logged as one line the test reads from the worker's output.
const fail = defineJob({
  name: "test.fail",
  payload: z.object({ tag: z.string().max(100) }),
  queue: { retryLimit: 2, retryDelay: 1, retryBackoff: false, expireInSeconds: 60, notify: true },
  handle: async (ctx, { tag }) => {
    logger("test.fail").info({ tag, attempt: ctx.attempt, isLastAttempt: ctx.isLastAttempt }, "test.fail attempt");
    throw new Error(`test.fail ${tag} attempt ${ctx.attempt}`);
  },
  onGiveUp: async (ctx, { tag }, error) => {
    logger("test.fail").info({ tag, attempt: ctx.attempt, error }, "test.fail gave up");
  },
});

export const testJobs = [sleep, noop, fail];
