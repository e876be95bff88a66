// Reads for the import pages and routes. Callers check the event with getEventForUser first; every
// query here is scoped to that event, so an id from another event is "not found".
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { isUuid } from "@/lib/db/queries/participants";
import { operationRowErrors, operations, uploads } from "@/lib/db/schema";

export async function getImportUpload(db: DbOrTx, eventId: string, uploadId: string) {
  if (!isUuid(uploadId)) return null;
  const [row] = await db
    .select({
      id: uploads.id,
      filename: uploads.filename,
      size: uploads.size,
      contentType: uploads.contentType,
      createdAt: uploads.createdAt,
    })
    .from(uploads)
    .where(and(eq(uploads.id, uploadId), eq(uploads.eventId, eventId), eq(uploads.purpose, "participants_import")));
  return row ?? null;
}

export async function getImportOperation(db: DbOrTx, eventId: string, operationId: string) {
  if (!isUuid(operationId)) return null;
  const [row] = await db
    .select()
    .from(operations)
    .where(and(eq(operations.id, operationId), eq(operations.eventId, eventId), eq(operations.kind, "participants_import")));
  return row ?? null;
}

export async function listImportOperations(db: DbOrTx, eventId: string, limit = 20) {
  return db
    .select()
    .from(operations)
    .where(and(eq(operations.eventId, eventId), eq(operations.kind, "participants_import")))
    .orderBy(desc(operations.createdAt), desc(operations.id))
    .limit(limit);
}

/** The first rows that were not imported, for the report page (the CSV download has them all). */
export async function listImportRowErrors(db: DbOrTx, operationId: string, limit: number) {
  return db
    .select()
    .from(operationRowErrors)
    .where(eq(operationRowErrors.operationId, operationId))
    .orderBy(asc(operationRowErrors.rowNumber))
    .limit(limit);
}

export async function countImportRowErrors(db: DbOrTx, operationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(operationRowErrors).where(eq(operationRowErrors.operationId, operationId));
  return row.n;
}

/** Rows of the report CSV, in row order: a query for a cursor (see lib/db/stream-rows.ts). */
export function importRowErrorsQuery(operationId: string) {
  return sql`select row_number, outcome, reason, reason_detail, raw from ${operationRowErrors} where operation_id = ${operationId} order by row_number`;
}
