// Whether an operation still has a job that will run (waiting, retrying or in a worker's hands), as a
// condition on the operations row `o`, read from pg-boss's job table inside the caller's statement so
// that what it sees and what the statement changes come from one snapshot.
import { sql, type SQL } from "drizzle-orm";
import type { JobName } from "@/lib/queue/jobs";

export function noLiveJob(queue: JobName): SQL {
  return sql`not exists (
    select 1 from pgboss.job j
    where j.name = ${queue} and j.data->>'operationId' = o.id::text and j.state in ('created', 'retry', 'active'))`;
}
