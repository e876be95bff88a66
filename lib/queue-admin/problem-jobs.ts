// The latest jobs that failed or wait to be retried, with their payload and the error the worker
// recorded (jobs/worker.ts stores { message, stack } as the job's output). Read-only SQL: pg-boss's
// findJobs() cannot filter by state.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

export type ProblemJob = {
  id: string;
  queue: string;
  state: "failed" | "retry";
  data: unknown;
  error: string | null;
  stack: string | null;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  /** When it failed (failed), or when it may run again (retry). */
  at: Date;
};

export async function listProblemJobs(db: DbOrTx, limit = 25): Promise<ProblemJob[]> {
  const rows = await db.execute<{
    id: string;
    name: string;
    state: "failed" | "retry";
    data: unknown;
    output: unknown;
    retry_count: number;
    retry_limit: number;
    created_on: Date | string;
    at: Date | string;
  }>(sql`
    select id, name, state, data, output, retry_count, retry_limit, created_on,
      case when state = 'failed' then coalesce(completed_on, created_on) else start_after end as at
    from pgboss.job
    where state in ('failed', 'retry')
    order by coalesce(completed_on, started_on, created_on) desc
    limit ${limit}`);
  return [...rows].map((r) => ({
    id: r.id,
    queue: r.name,
    state: r.state,
    data: r.data,
    ...describeOutput(r.output),
    retryCount: Number(r.retry_count),
    retryLimit: Number(r.retry_limit),
    createdOn: new Date(r.created_on),
    at: new Date(r.at),
  }));
}

/** The worker stores { message, stack }; pg-boss itself stores a serialised Error or a string. */
export function describeOutput(output: unknown): { error: string | null; stack: string | null } {
  if (output === null || output === undefined) return { error: null, stack: null };
  if (typeof output === "string") return { error: output, stack: null };
  if (typeof output === "object") {
    const o = output as { message?: unknown; stack?: unknown; value?: unknown };
    const message = typeof o.message === "string" ? o.message : typeof o.value === "string" ? o.value : JSON.stringify(output);
    return { error: message, stack: typeof o.stack === "string" ? o.stack : null };
  }
  return { error: String(output), stack: null };
}
