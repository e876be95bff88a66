// Preview of an uploaded CSV before importing: how it is read (encoding, separator, header row:
// detected, changeable), its first rows, which column is which field, and "Start import".
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { MappingForm } from "@/components/imports/mapping-form";
import { ReadSettingsForm } from "@/components/imports/read-settings-form";
import { RowsPreviewTable } from "@/components/imports/rows-preview-table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { getImportUpload } from "@/lib/db/queries/imports";
import { importEncodings } from "@/lib/imports/encodings";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { MAX_HEADER_ROW } from "@/lib/imports/limits";
import { failureText } from "@/lib/imports/import-reason";
import { previewUpload } from "@/lib/imports/preview-upload";
import { importWords } from "@/lib/imports/stored-import-reason";
import { userLocale } from "@/lib/i18n/user-locale";
import { suggestQuestionColumns, takenColumns } from "@/lib/imports/question-columns";
import { delimiterByName, delimiterNameSchema } from "@/lib/imports/start-import-form";
import { startImportAction } from "../../actions";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("preview.title") };
}

type Props = {
  params: Promise<{ eventId: string; uploadId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Choices travel in the URL; one that does not parse falls back to the detection.
const overridesSchema = z.object({
  encoding: z.enum(importEncodings).optional().catch(undefined),
  delimiter: delimiterNameSchema.optional().catch(undefined),
  header: z.coerce.number().int().min(0).max(MAX_HEADER_ROW).optional().catch(undefined),
});

export default async function ImportPreviewPage({ params, searchParams }: Props) {
  const { eventId, uploadId } = await params;
  const { event } = await requireOrganizerEvent(eventId);
  const upload = await getImportUpload(db(), event.id, uploadId);
  if (!upload) notFound();
  const t = await getTranslations("imports.preview");

  const choice = overridesSchema.parse(await searchParams);
  const preview = await previewUpload(db(), upload, {
    encoding: choice.encoding,
    delimiter: choice.delimiter ? delimiterByName[choice.delimiter] : undefined,
    headerRow: choice.header,
  });
  const seatsTaken = event.seatsTaken ?? 0;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <BackLink href={`/events/${event.id}/import`}>{t("backLink")}</BackLink>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="break-all text-zinc-700">
          {upload.filename} <span className="text-zinc-500">({formatBytes(upload.size, await userLocale())})</span>
        </p>
      </div>

      {preview.problem ? (
        <Alert tone="error">
          <p>{failureText(preview.problem, importWords(await userLocale()))}</p>
          <p className="mt-2">
            <Link href={`/events/${event.id}/import`} className="font-medium underline">
              {t("uploadAnother")}
            </Link>
          </p>
        </Alert>
      ) : null}

      <Card className="p-4 sm:p-6">
        <h2 className="mb-4 text-lg font-semibold">{t("howRead")}</h2>
        <ReadSettingsForm settings={preview.settings} guess={preview.guess} />
      </Card>

      {preview.rows.length > 0 && (
        <Section id="rows-heading" title={t("firstRows")} className="space-y-3">
          <p className="text-sm text-zinc-600">{t("garbledHint")}</p>
          <RowsPreviewTable header={preview.header} rows={preview.rows} columnCount={preview.columnCount} />
        </Section>
      )}

      {!preview.problem && (
        <Card className="p-4 sm:p-6">
          {event.capacity !== null && (
            <Alert tone="warning" className="mb-6">
              {t("capacity", { capacity: event.capacity, taken: seatsTaken })}
            </Alert>
          )}
          <MappingForm
            key={`${preview.settings.encoding}|${preview.settings.delimiter}|${preview.settings.headerRow}`}
            action={startImportAction.bind(null, event.id, upload.id)}
            header={preview.header}
            columnCount={preview.columnCount}
            rows={preview.rows}
            mapping={preview.mapping}
            settings={preview.settings}
            requestKey={randomUUID()}
            approvalMode={event.approvalMode}
            questions={event.questions}
            questionColumns={suggestQuestionColumns(preview.header, event.questions, takenColumns(preview.mapping))}
          />
        </Card>
      )}
    </div>
  );
}
