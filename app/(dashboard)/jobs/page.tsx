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
import { LiveRefresh } from "@/components/ui/live-refresh";
import { Section } from "@/components/ui/section";

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
          The background work the workers do: emails, tickets, imports and the daily maintenance. The counts update by themselves.
        </p>
        <LiveRefresh />
      </div>
      <Section id="queues" title="Queues" className="space-y-3">
        <QueuesTable queues={queues} />
      </Section>
      <Section id="problems" title="Failed and retrying jobs" className="space-y-3">
        <ProblemJobs jobs={problems} />
      </Section>
      <Section id="operations" title="Bulk operations" className="space-y-3">
        <OperationsTable operations={operations} />
      </Section>
    </div>
  );
}
