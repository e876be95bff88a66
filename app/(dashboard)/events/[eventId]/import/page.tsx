// Import and export participants: upload a CSV (then preview it), the event's earlier imports, and
// the CSV downloads of its participants.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportStateBadge } from "@/components/imports/import-badges";
import { UploadForm } from "@/components/imports/upload-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { listImportOperations } from "@/lib/db/queries/imports";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { resolveLocale } from "@/lib/i18n/locales";
import { MAX_UPLOAD_BYTES } from "@/lib/imports/limits";
import { uploadRefusalKey } from "@/lib/imports/upload-refusals";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("page.title") };
}

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The upload route redirects back with one of these codes when JavaScript is off.
const linkClass = "inline-flex h-10 items-center rounded-md border border-zinc-300 bg-white px-4 text-sm font-medium hover:bg-zinc-100";

export default async function ImportPage({ params, searchParams }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const t = await getTranslations("imports");
  const error = (await searchParams).error;
  const errorKey = uploadRefusalKey(error);
  // Counts line up on the right.
  const countColumns = [t("page.imported"), t("page.skipped"), t("page.failed")].map((label) => ({ label, className: "text-right" }));
  const imports = await listImportOperations(db(), event.id);
  const exportUrl = `/api/events/${event.id}/participants/export`;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("page.title")}</h1>
      </div>

      <Card className="max-w-2xl p-4 sm:p-6">
        <h2 className="text-lg font-semibold">{t("page.importHeading")}</h2>
        <p className="mt-1 mb-4 text-sm text-zinc-600">{t("page.intro", { mode: event.approvalMode })}</p>
        <UploadForm
          eventId={event.id}
          maxBytes={MAX_UPLOAD_BYTES}
          initialError={
            errorKey ? t(`upload.${errorKey}`, { limit: formatBytes(MAX_UPLOAD_BYTES, resolveLocale(await getLocale())) }) : undefined
          }
        />
      </Card>

      <Section id="imports-heading" title={t("page.earlierImports")} className="space-y-3">
        {imports.length === 0 ? (
          <EmptyState title={t("page.noImports")}>{t("page.noImportsBody")}</EmptyState>
        ) : (
          <Table caption={t("page.caption", { event: event.title })} className="min-w-[40rem]">
            <TableHeader
              columns={[
                t("page.started"),
                t("page.file"),
                t("page.state"),
                ...countColumns,
                { label: t("page.details"), screenReaderOnly: true },
              ]}
            />
            <TBody>
              {imports.map((op) => (
                <TR key={op.id}>
                  <TD>
                    <LocalTime value={op.createdAt} />
                  </TD>
                  <TD className="break-all">
                    {String(op.params.filename ?? "")}
                    {op.params.dryRun === true && <span className="ml-2 text-xs text-zinc-500">{t("page.dryRunTag")}</span>}
                  </TD>
                  <TD>
                    <ImportStateBadge state={op.state} />
                  </TD>
                  <TD className="text-right tabular-nums">{op.succeeded}</TD>
                  <TD className="text-right tabular-nums">{op.skipped}</TD>
                  <TD className="text-right tabular-nums">{op.failed}</TD>
                  <TD>
                    <Link href={`/events/${event.id}/import/${op.id}`} className="text-brand-600 hover:underline">
                      {t("page.view")}
                      <span className="sr-only"> {t("page.viewImportOf", { file: String(op.params.filename ?? "") })}</span>
                    </Link>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Section>

      <Section id="export-heading" title={t("page.exportHeading")} className="max-w-2xl space-y-3">
        <p className="text-sm text-zinc-600">{t("page.exportBody")}</p>
        <div className="flex flex-wrap gap-3">
          <a href={exportUrl} className={linkClass} download>
            {t("page.downloadCsv")}
          </a>
          <a href={`${exportUrl}?format=semicolon`} className={linkClass} download>
            {t("page.downloadSemicolon")}
          </a>
        </div>
      </Section>
    </div>
  );
}
