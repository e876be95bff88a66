// The import report as a CSV download: every row not imported, with its row number, outcome, reason
// and the row as read (formula-neutralised), streamed from the database, in the organizer's
// dashboard language.
import { eventForApi } from "@/lib/auth/event-for-api";
import { csvHeaders } from "@/lib/csv/csv-line";
import { csvStream } from "@/lib/csv/csv-stream";
import { db } from "@/lib/db/client";
import { getImportOperation } from "@/lib/db/queries/imports";
import { importReportCsv } from "@/lib/imports/import-report-csv";
import { importWords } from "@/lib/imports/stored-import-reason";
import { userLocale } from "@/lib/i18n/user-locale";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string; operationId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { eventId, operationId } = await params;
  const access = await eventForApi(eventId);
  if (access instanceof Response) return access;
  const op = await getImportOperation(db(), access.event.id, operationId);
  if (!op) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const columns = Array.isArray(op.params.columns) ? (op.params.columns as unknown[]).map(String) : [];
  const day = op.createdAt.toISOString().slice(0, 10);
  const words = importWords(await userLocale());
  return new Response(csvStream(importReportCsv(op.id, columns, words)), {
    headers: csvHeaders(`${access.event.slug}-import-report-${day}.csv`),
  });
}
