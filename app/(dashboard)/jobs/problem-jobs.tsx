// Failed jobs (Retry) and jobs waiting for their next attempt (Cancel), newest first, each with its
// payload, the error it failed with and the stack.
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import type { ProblemJob } from "@/lib/queue-admin/problem-jobs";
import { queueLabel } from "@/lib/queue-admin/queue-labels";
import { cancelJobAction, retryJobAction } from "./actions";
import { JobActionButton } from "./job-action-button";

export function ProblemJobs({ jobs }: { jobs: ProblemJob[] }) {
  if (jobs.length === 0) {
    return (
      <EmptyState title="No failed jobs">
        A job that fails is retried with its queue’s backoff; if it still fails it appears here with its error, and you can retry it once
        the cause is fixed.
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-3" aria-label="Failed and retrying jobs">
      {jobs.map((job) => (
        <li key={job.id}>
          <Card className="space-y-3 p-4">
            <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
              <div className="min-w-0 flex-1 space-y-1">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="text-sm font-semibold break-words">{queueLabel(job.queue)}</span>{" "}
                  <span className="font-mono text-xs break-all text-zinc-500">{job.queue}</span>
                  {job.state === "failed" ? <Badge tone="danger">Failed</Badge> : <Badge tone="warning">Retrying</Badge>}
                </p>
                <p className="text-xs text-zinc-600">
                  Job <span className="font-mono break-all">{job.id}</span> · attempt {job.retryCount + 1} of {job.retryLimit + 1} ·{" "}
                  {job.state === "failed" ? "failed" : "next attempt"} <LocalTime value={job.at} />
                </p>
              </div>
              {job.state === "failed" ? (
                <JobActionButton action={retryJobAction} queue={job.queue} id={job.id} label="Retry" pendingText="Retrying…" />
              ) : (
                <JobActionButton
                  action={cancelJobAction}
                  queue={job.queue}
                  id={job.id}
                  label="Cancel"
                  pendingText="Cancelling…"
                  variant="danger"
                />
              )}
            </div>
            <p className="rounded-md bg-red-50 px-3 py-2 text-sm break-words text-red-900">{job.error ?? "No error was recorded."}</p>
            <details className="text-sm">
              <summary className="cursor-pointer text-brand-700">Payload and stack</summary>
              <h3 className="mt-2 text-xs font-semibold uppercase tracking-wide text-zinc-600">Payload</h3>
              <pre className="mt-1 overflow-x-auto rounded bg-zinc-50 p-2 text-xs">{JSON.stringify(job.data, null, 2)}</pre>
              <h3 className="mt-2 text-xs font-semibold uppercase tracking-wide text-zinc-600">Stack</h3>
              <pre className="mt-1 overflow-x-auto rounded bg-zinc-50 p-2 text-xs">{job.stack ?? "No stack was recorded."}</pre>
            </details>
          </Card>
        </li>
      ))}
    </ul>
  );
}
