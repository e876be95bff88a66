// One import: its progress while it runs, then the report: the counts, and every row that was not
// imported with its reason (the first ones here, all of them in the CSV download).
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DryRunImportForm } from "@/components/imports/dry-run-import-form";
import { ImportStateBadge } from "@/components/imports/import-badges";
import { OperationProgress } from "@/components/operations/operation-progress";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { countImportRowErrors, getImportOperation } from "@/lib/db/queries/imports";
import { importFailureOf, importReportRows } from "@/lib/imports/import-report";
import { importWords } from "@/lib/imports/stored-import-reason";
import { userLocale } from "@/lib/i18n/user-locale";
import { operationProgress } from "@/lib/operations/progress";
import { importAfterDryRunAction } from "../actions";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("report.title") };
}

type Props = { params: Promise<{ eventId: string; operationId: string }> };

const SHOWN_ERRORS = 50;
const linkClass = "inline-flex h-10 items-center rounded-md border border-zinc-300 bg-white px-4 text-sm font-medium hover:bg-zinc-100";

export default async function ImportOperationPage({ params }: Props) {
  const { eventId, operationId } = await params;
  const { event } = await requireOrganizerEvent(eventId);
  const op = await getImportOperation(db(), event.id, operationId);
  if (!op) notFound();
  const t = await getTranslations("imports.report");
  const locale = await userLocale();
  const words = importWords(locale);

  const dryRun = op.params.dryRun === true;
  const filename = String(op.params.filename ?? "");
  const finished = op.state !== "running";
  const [errorCount, shown] = finished
    ? await Promise.all([countImportRowErrors(db(), op.id), importReportRows(db(), op.id, SHOWN_ERRORS, words)])
    : [0, []];
  const base = `/api/events/${event.id}/imports/${op.id}`;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <BackLink href={`/events/${event.id}/import`}>{t("backLink")}</BackLink>
        <h1 className="text-2xl font-bold tracking-tight break-all">{t("heading", { dryRun: dryRun ? "yes" : "no", file: filename })}</h1>
        <ImportStateBadge state={op.state} />
      </div>

      <OperationProgress initial={operationProgress(op, locale)} eventId={event.id} />

      {finished && (
        <Section id="report-heading" title={t("heading2")} className="space-y-4">
          {op.state === "failed" ? (
            <Alert tone="error">
              <p>{importFailureOf(op, words) ?? t("stopped")}</p>
              {op.processed > 0 && <p className="mt-1">{t("keptBeforeStop", { count: op.succeeded })}</p>}
            </Alert>
          ) : errorCount === 0 ? (
            <Alert tone="success">{t(dryRun ? "allCanBeImported" : "allImported", { count: op.succeeded })}</Alert>
          ) : (
            <Alert tone="warning">
              {t("partly", { dryRun: dryRun ? "yes" : "no", succeeded: op.succeeded, skipped: op.skipped, failed: op.failed })}
            </Alert>
          )}
          {errorCount > 0 && (
            <>
              <a href={`${base}/report`} className={linkClass} download>
                {t("download", { count: errorCount })}
              </a>
              <Table caption={t("caption")} className="min-w-[40rem]">
                <TableHeader columns={[t("row"), t("outcome"), t("reason"), t("rowAsRead")]} />
                <TBody>
                  {shown.map((e) => (
                    <TR key={e.rowNumber}>
                      <TD className="tabular-nums">{e.rowNumber}</TD>
                      <TD>{e.outcome === "skipped" ? t("skipped") : t("failed")}</TD>
                      <TD>{e.reason}</TD>
                      <TD className="max-w-[24rem] truncate text-zinc-600" title={(e.raw ?? []).join(" | ")}>
                        {(e.raw ?? []).filter(Boolean).slice(0, 4).join(" · ")}
                      </TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
              {errorCount > shown.length && (
                <p className="text-sm text-zinc-600">{t("showingFirst", { shown: shown.length, total: errorCount })}</p>
              )}
            </>
          )}
          {dryRun && op.state === "completed" && op.succeeded > 0 && (
            <Card className="p-4 sm:p-6">
              <h3 className="mb-3 font-semibold">{t("importForReal")}</h3>
              <DryRunImportForm
                action={importAfterDryRunAction.bind(null, event.id, op.id)}
                requestKey={randomUUID()}
                approvalMode={event.approvalMode}
              />
            </Card>
          )}
          <div className="flex flex-wrap gap-3">
            <Link href={`/events/${event.id}/import`} className={linkClass}>
              {t("importAnother")}
            </Link>
            <Link href={`/events/${event.id}/participants`} className={linkClass}>
              {t("viewParticipants")}
            </Link>
          </div>
        </Section>
      )}
    </div>
  );
}
