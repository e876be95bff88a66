// Test-only queues, registered when WORKER_TEST_JOBS=1 (refused in production): `test.sleep` holds
// a job for a while (graceful shutdown and database restart tests), `test.noop` does nothing (the
// queue benchmark). They run through the same batch runner as the real jobs.
import { sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logging/logger";
import type { WorkerQueue } from "./worker-queues";

const sleepPayload = z.object({
  ms: z.number().int().min(0).max(600_000),
  // Query the database after sleeping, so that a job in flight during an outage fails and is retried.
  query: z.boolean().optional(),
});

const testQueueOptions = { retryLimit: 5, retryDelay: 1, retryBackoff: false, expireInSeconds: 900, heartbeatSeconds: 10, notify: true };

export const testQueues: WorkerQueue[] = [
  {
    name: "test.sleep",
    options: testQueueOptions,
    run: async (data) => {
      const { ms, query } = sleepPayload.parse(data);
      logger("test.sleep").info({ ms }, "sleeping");
      await new Promise((r) => setTimeout(r, ms));
      if (query) await db().execute(sql`select 1`);
      logger("test.sleep").info("woke up");
    },
  },
  { name: "test.noop", options: testQueueOptions, run: async () => {} },
];
