// The import report as CSV: every row that was not imported, with its row number, what happened
// (skipped: a duplicate; failed: invalid) and why, followed by the row as it was read, under the
// file's own column names, so the organizer can fix the rows and import them again. Headings,
// outcomes and reasons are in the language of the `words` given (the organizer's dashboard language).
import { csvLine, UTF8_BOM } from "@/lib/csv/csv-line";
import { importRowErrorsQuery } from "@/lib/db/queries/imports";
import { streamRows } from "@/lib/db/stream-rows";
import { type ImportWords, rowReasonText } from "./import-reason";

type Row = { row_number: number; outcome: "skipped" | "failed"; reason: string; reason_detail: unknown; raw: string[] | null };

export async function* importReportCsv(
  operationId: string,
  columns: string[],
  words: ImportWords,
  batchSize = 1000,
): AsyncGenerator<string> {
  const { t } = words;
  const original = columns.map((c, i) => (c.trim() ? c : t("report.column", { n: String(i + 1) })));
  yield UTF8_BOM + csvLine([t("report.row"), t("report.outcome"), t("report.reason"), ...original], ",");
  const outcomes = { skipped: t("report.skipped"), failed: t("report.failed") };
  for await (const rows of streamRows<Row>(importRowErrorsQuery(operationId), batchSize)) {
    yield rows
      .map((r) => csvLine([r.row_number, outcomes[r.outcome], rowReasonText(r.reason_detail, r.reason, words), ...(r.raw ?? [])], ","))
      .join("");
  }
}
