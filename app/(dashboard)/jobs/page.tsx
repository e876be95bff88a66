// Jobs (owner only): what the workers are doing. Per queue the jobs in each state and the oldest
// waiting job's age; failed and retrying jobs with payload, error and stack, to retry or cancel;
// bulk operations with their progress. Anyone but the owner gets "not found".
import type { Metadata } from "next";
import { requireOwner } from "@/lib/auth/require-owner";
import { db } from "@/lib/db/client";
import { listRecentOperations } from "@/lib/queue-admin/list-operations";
import { listProblemJobs } from "@/lib/queue-admin/problem-jobs";
import { getQueueOverview } from "@/lib/queue-admin/queue-overview";
import { OperationsTable } from "./operations-table";
import { ProblemJobs } from "./problem-jobs";
import { QueuesTable } from "./queues-table";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Jobs" };

export default async function JobsPage() {
  await requireOwner();
  const [queues, problems, operations] = await Promise.all([getQueueOverview(db()), listProblemJobs(db()), listRecentOperations(db())]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Jobs</h1>
        <p className="mt-1 max-w-prose text-sm text-zinc-600">
          The background work the workers do: emails, tickets, imports and the daily maintenance. Counts are live; reload the page to update
          them.
        </p>
      </div>
      <section aria-labelledby="queues" className="space-y-3">
        <h2 id="queues" className="text-lg font-semibold">
          Queues
        </h2>
        <QueuesTable queues={queues} />
      </section>
      <section aria-labelledby="problems" className="space-y-3">
        <h2 id="problems" className="text-lg font-semibold">
          Failed and retrying jobs
        </h2>
        <ProblemJobs jobs={problems} />
      </section>
      <section aria-labelledby="operations" className="space-y-3">
        <h2 id="operations" className="text-lg font-semibold">
          Bulk operations
        </h2>
        <OperationsTable operations={operations} />
      </section>
    </div>
  );
}
