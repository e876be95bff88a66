// Failed jobs (Retry) and jobs waiting for their next attempt (Cancel), newest first, each with its
// payload, the error it failed with and the stack.
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { ProblemJob } from "@/lib/queue-admin/problem-jobs";
import { queueLabel } from "@/lib/queue-admin/queue-labels";
import { cancelJobAction, retryJobAction } from "./actions";
import { JobActionButton } from "./job-action-button";

export function ProblemJobs({ jobs, locale }: { jobs: ProblemJob[]; locale: Locale }) {
  const t = translator(locale, "ops");
  if (jobs.length === 0) {
    return <EmptyState title={t("jobs.problems.emptyTitle")}>{t("jobs.problems.emptyBody")}</EmptyState>;
  }
  return (
    <ul className="space-y-3" aria-label={t("jobs.problems.listLabel")}>
      {jobs.map((job) => (
        <li key={job.id}>
          <Card className="space-y-3 p-4">
            <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
              <div className="min-w-0 flex-1 space-y-1">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="text-sm font-semibold break-words">{queueLabel(job.queue, locale)}</span>{" "}
                  <span className="font-mono text-xs break-all text-zinc-500">{job.queue}</span>
                  {job.state === "failed" ? (
                    <Badge tone="danger">{t("jobs.problems.failed")}</Badge>
                  ) : (
                    <Badge tone="warning">{t("jobs.problems.retrying")}</Badge>
                  )}
                </p>
                <p className="text-xs text-zinc-600">
                  {t("jobs.problems.job")} <span className="font-mono break-all">{job.id}</span> ·{" "}
                  {t("jobs.problems.attempt", { attempt: job.retryCount + 1, limit: job.retryLimit + 1 })} ·{" "}
                  {job.state === "failed" ? t("jobs.problems.failedAt") : t("jobs.problems.nextAttempt")} <LocalTime value={job.at} />
                </p>
              </div>
              {job.state === "failed" ? (
                <JobActionButton
                  action={retryJobAction}
                  queue={job.queue}
                  id={job.id}
                  label={t("jobs.problems.retry")}
                  pendingText={t("jobs.problems.retryPending")}
                  accessibleName={t("jobs.problems.actionLabel", { action: t("jobs.problems.retry"), id: job.id })}
                />
              ) : (
                <JobActionButton
                  action={cancelJobAction}
                  queue={job.queue}
                  id={job.id}
                  label={t("jobs.problems.cancel")}
                  pendingText={t("jobs.problems.cancelPending")}
                  accessibleName={t("jobs.problems.actionLabel", { action: t("jobs.problems.cancel"), id: job.id })}
                  variant="danger"
                />
              )}
            </div>
            <p className="rounded-md bg-red-50 px-3 py-2 text-sm break-words text-red-900">{job.error ?? t("jobs.problems.noError")}</p>
            <details className="text-sm">
              <summary className="cursor-pointer text-brand-700">{t("jobs.problems.details")}</summary>
              <h3 className="mt-2 text-xs font-semibold uppercase tracking-wide text-zinc-600">{t("jobs.problems.payload")}</h3>
              <pre className="mt-1 overflow-x-auto rounded bg-zinc-50 p-2 text-xs">{JSON.stringify(job.data, null, 2)}</pre>
              <h3 className="mt-2 text-xs font-semibold uppercase tracking-wide text-zinc-600">{t("jobs.problems.stack")}</h3>
              <pre className="mt-1 overflow-x-auto rounded bg-zinc-50 p-2 text-xs">{job.stack ?? t("jobs.problems.noStack")}</pre>
            </details>
          </Card>
        </li>
      ))}
    </ul>
  );
}
