// What the import report page shows of a finished import, in the reader's language: why it failed
// (if it did) and the first rows that were not imported, each with its reason worded from its codes
// (rows stored before the codes show their text). The CSV download has every row (import-report-csv.ts).
import type { DbOrTx } from "@/lib/db/client";
import { listImportRowErrors } from "@/lib/db/queries/imports";
import type { Operation } from "@/lib/db/schema";
import { importFailureText, type ImportWords, rowReasonText } from "./import-reason";

export type ImportReportRow = { rowNumber: number; outcome: "skipped" | "failed"; reason: string; raw: string[] | null };

/** The operation's failure in these words, or null when it has none (an import that did not fail). */
export function importFailureOf(op: Pick<Operation, "error" | "errorDetail">, words: ImportWords): string | null {
  return importFailureText(op.errorDetail, op.error, words) || null;
}

export async function importReportRows(db: DbOrTx, operationId: string, limit: number, words: ImportWords): Promise<ImportReportRow[]> {
  const rows = await listImportRowErrors(db, operationId, limit);
  return rows.map((r) => ({
    rowNumber: r.rowNumber,
    outcome: r.outcome,
    reason: rowReasonText(r.reasonDetail, r.reason, words),
    raw: r.raw,
  }));
}
