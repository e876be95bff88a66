// Jobs (owner only): what the workers are doing. Per queue the jobs in each state and the oldest
// waiting job's age; failed and retrying jobs with payload, error and stack, to retry or cancel;
// bulk operations with their progress. Anyone but the owner gets "not found".
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireOwner } from "@/lib/auth/require-owner";
import { db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ops.jobs"))("title") };
}

export default async function JobsPage() {
  await requireOwner();
  const [queues, problems, operations] = await Promise.all([getQueueOverview(db()), listProblemJobs(db()), listRecentOperations(db())]);
  const t = await getTranslations("ops.jobs");
  const current = await getLocale();
  const locale = isLocale(current) ? current : "en";
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 max-w-prose text-sm text-zinc-600">{t("intro")}</p>
        <LiveRefresh />
      </div>
      <Section id="queues" title={t("queuesTitle")} className="space-y-3">
        <QueuesTable queues={queues} locale={locale} />
      </Section>
      <Section id="problems" title={t("problemsTitle")} className="space-y-3">
        <ProblemJobs jobs={problems} locale={locale} />
      </Section>
      <Section id="operations" title={t("operationsTitle")} className="space-y-3">
        <OperationsTable operations={operations} locale={locale} />
      </Section>
    </div>
  );
}
