// Imports as the tests need them: a CSV (text in any encoding, or bytes) stored as an upload and
// started with the settings and mapping the preview detects (or the ones a test overrides), exactly
// as the preview page and its start action do. Then the handler runs in-process.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import iconv from "iconv-lite";
import { db } from "@/lib/db/client";
import { operationRowErrors, operations, type Event } from "@/lib/db/schema";
import type { ColumnMapping } from "@/lib/imports/header-mapping";
import type { ReadSettings } from "@/lib/imports/import-settings";
import { previewUpload } from "@/lib/imports/preview-upload";
import { startImport } from "@/lib/imports/start-import";
import { type QuestionColumns, suggestQuestionColumns, takenColumns } from "@/lib/imports/question-columns";
import { storeImportUpload } from "@/lib/imports/store-import-upload";

export const OWNER = { id: "owner-test", name: "Olga Owner", role: "owner" as const };

export function encode(text: string, encoding: string, bom = false): Buffer {
  return iconv.encode(text, encoding, { addBOM: bom });
}

export async function uploadCsv(event: Event, content: Buffer | string, filename = "participants.csv") {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const id = await storeImportUpload(db(), { eventId: event.id, filename, contentType: "text/csv", content: bytes, createdBy: OWNER.id });
  return { id, size: bytes.length };
}

export type ImportOptions = {
  settings?: Partial<ReadSettings>;
  mapping?: Partial<ColumnMapping>;
  /** Question id → column; by default the ones the preview page suggests from the headings. */
  questionColumns?: QuestionColumns;
  dryRun?: boolean;
  sendEmails?: boolean;
  requestKey?: string;
};

/** Upload + preview + start: the operation's id (the job is enqueued, not run). */
export async function startCsvImport(event: Event, content: Buffer | string, opts: ImportOptions = {}): Promise<string> {
  const upload = await uploadCsv(event, content);
  const preview = await previewUpload(db(), upload, opts.settings);
  const mapping = { ...preview.mapping, ...opts.mapping };
  const result = await startImport(db(), OWNER, event.id, {
    uploadId: upload.id,
    settings: preview.settings,
    mapping,
    questionColumns: opts.questionColumns ?? suggestQuestionColumns(preview.header, event.questions ?? [], takenColumns(mapping)),
    dryRun: opts.dryRun ?? false,
    sendEmails: opts.sendEmails ?? false,
    requestKey: opts.requestKey ?? randomUUID(),
  });
  if (!result.ok) throw new Error(`startImport refused: ${JSON.stringify(result)}`);
  return result.operationId;
}

export async function operation(id: string) {
  const [row] = await db().select().from(operations).where(eq(operations.id, id));
  return row;
}

export async function rowErrors(operationId: string) {
  const rows = await db()
    .select()
    .from(operationRowErrors)
    .where(eq(operationRowErrors.operationId, operationId))
    .orderBy(operationRowErrors.rowNumber);
  return rows.map((r) => ({ row: r.rowNumber, outcome: r.outcome, reason: r.reason }));
}

export async function importedOf(eventId: string) {
  return [
    ...(await db().execute<{
      first_name: string;
      last_name: string;
      email: string;
      organisation: string | null;
      phone: string | null;
      status: string;
      source: string;
    }>(
      sql`select first_name, last_name, email, organisation, phone, status, source from participants where event_id = ${eventId} order by created_at, email`,
    )),
  ];
}

export async function importJobs(operationId: string) {
  return [
    ...(await db().execute<{ id: string; state: string }>(
      sql`select id, state from pgboss.job where name = 'participants.import' and data->>'operationId' = ${operationId}`,
    )),
  ];
}
