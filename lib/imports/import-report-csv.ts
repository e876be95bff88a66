// The import report as CSV: every row that was not imported, with its row number, what happened
// (skipped: a duplicate; failed: invalid) and why, followed by the row as it was read, under the
// file's own column names, so the organizer can fix the rows and import them again.
import { csvLine, UTF8_BOM } from "@/lib/csv/csv-line";
import { importRowErrorsQuery } from "@/lib/db/queries/imports";
import { streamRows } from "@/lib/db/stream-rows";

type Row = { row_number: number; outcome: "skipped" | "failed"; reason: string; raw: string[] | null };

const outcomeLabels = { skipped: "Skipped", failed: "Failed" } as const;

export async function* importReportCsv(operationId: string, columns: string[], batchSize = 1000): AsyncGenerator<string> {
  const original = columns.map((c, i) => (c.trim() ? c : `Column ${i + 1}`));
  yield UTF8_BOM + csvLine(["Row", "Outcome", "Reason", ...original], ",");
  for await (const rows of streamRows<Row>(importRowErrorsQuery(operationId), batchSize)) {
    yield rows.map((r) => csvLine([r.row_number, outcomeLabels[r.outcome], r.reason, ...(r.raw ?? [])], ",")).join("");
  }
}
