// Import and export participants: upload a CSV (then preview it), the event's earlier imports, and
// the CSV downloads of its participants.
import type { Metadata } from "next";
import Link from "next/link";
import { ImportStateBadge } from "@/components/imports/import-badges";
import { UploadForm } from "@/components/imports/upload-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { listImportOperations } from "@/lib/db/queries/imports";
import { MAX_UPLOAD_BYTES, tooLargeMessage } from "@/lib/imports/limits";
import { Section } from "@/components/ui/section";

// Counts line up on the right.
const countColumns = ["Imported", "Skipped", "Failed"].map((label) => ({ label, className: "text-right" }));

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import and export participants" };

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const uploadErrors: Record<string, string> = {
  too_large: tooLargeMessage(),
  empty: "The file is empty. Choose the file again, or export the list from your spreadsheet once more.",
  no_file: "Choose a CSV file to upload.",
  cross_site: "Uploads are accepted from this site's own pages only.",
};

const linkClass = "inline-flex h-10 items-center rounded-md border border-zinc-300 bg-white px-4 text-sm font-medium hover:bg-zinc-100";

export default async function ImportPage({ params, searchParams }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const error = (await searchParams).error;
  const imports = await listImportOperations(db(), event.id);
  const exportUrl = `/api/events/${event.id}/participants/export`;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Import and export participants</h1>
      </div>

      <Card className="max-w-2xl p-4 sm:p-6">
        <h2 className="text-lg font-semibold">Import from a CSV file</h2>
        <p className="mt-1 mb-4 text-sm text-zinc-600">
          You will see the first rows and choose the columns before anything is imported. Imported participants follow this event’s approval
          mode ({event.approvalMode === "automatic" ? "approved automatically" : "pending until you approve them"}).
        </p>
        <UploadForm
          eventId={event.id}
          maxBytes={MAX_UPLOAD_BYTES}
          initialError={typeof error === "string" ? uploadErrors[error] : undefined}
        />
      </Card>

      <Section id="imports-heading" title="Earlier imports" className="space-y-3">
        {imports.length === 0 ? (
          <EmptyState title="No imports yet">Upload a CSV file above: its rows become participants of this event.</EmptyState>
        ) : (
          <Table caption={`Imports into ${event.title}`} className="min-w-[40rem]">
            <TableHeader columns={["Started", "File", "State", ...countColumns, { label: "Details", screenReaderOnly: true }]} />
            <TBody>
              {imports.map((op) => (
                <TR key={op.id}>
                  <TD>
                    <LocalTime value={op.createdAt} />
                  </TD>
                  <TD className="break-all">
                    {String(op.params.filename ?? "")}
                    {op.params.dryRun === true && <span className="ml-2 text-xs text-zinc-500">(dry run)</span>}
                  </TD>
                  <TD>
                    <ImportStateBadge state={op.state} />
                  </TD>
                  <TD className="text-right tabular-nums">{op.succeeded}</TD>
                  <TD className="text-right tabular-nums">{op.skipped}</TD>
                  <TD className="text-right tabular-nums">{op.failed}</TD>
                  <TD>
                    <Link href={`/events/${event.id}/import/${op.id}`} className="text-brand-600 hover:underline">
                      View<span className="sr-only"> import of {String(op.params.filename ?? "")}</span>
                    </Link>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Section>

      <Section id="export-heading" title="Export participants" className="max-w-2xl space-y-3">
        <p className="text-sm text-zinc-600">
          Every participant of this event, as a CSV that Excel opens with Greek and accented names intact. Use the semicolon version if your
          Excel shows everything in one column.
        </p>
        <div className="flex flex-wrap gap-3">
          <a href={exportUrl} className={linkClass} download>
            Download CSV
          </a>
          <a href={`${exportUrl}?format=semicolon`} className={linkClass} download>
            Download CSV for Excel (semicolon-separated)
          </a>
        </div>
      </Section>
    </div>
  );
}
