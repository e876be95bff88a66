// What a progress display needs of any bulk operation (import, RSVP send, certificates): the JSON the
// one progress route serves and the first render on the server use this same shape, safe to hand to
// a client component. Reading it never writes: an operation whose job is gone is settled by the
// orphan finder (jobs/maintenance-orphaned-operations.ts), not by whoever looks.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { isUuid } from "@/lib/db/queries/participants";
import { operations, type Operation } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { importFailureOf } from "@/lib/imports/import-report";
import { importWords } from "@/lib/imports/stored-import-reason";

export type OperationProgress = {
  id: string;
  kind: Operation["kind"];
  state: Operation["state"];
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  skipped: number;
  /** Why the operation failed, in the reader's language (an import's failure is stored as a code). */
  error: string | null;
  /** An import that only checks the file. */
  dryRun: boolean;
  startedAt: string | null;
  finishedAt: string | null;
  /** The server's clock when this was read, so elapsed times do not depend on the browser's clock. */
  now: string;
};

export function operationProgress(op: Operation, locale: Locale, now = new Date()): OperationProgress {
  return {
    id: op.id,
    kind: op.kind,
    state: op.state,
    total: op.total,
    processed: op.processed,
    succeeded: op.succeeded,
    failed: op.failed,
    skipped: op.skipped,
    error: importFailureOf(op, importWords(locale)),
    dryRun: op.params.dryRun === true,
    startedAt: op.startedAt?.toISOString() ?? null,
    finishedAt: op.finishedAt?.toISOString() ?? null,
    now: now.toISOString(),
  };
}

/** An operation of this event (any kind), or null; the caller has checked the organizer's access to the event. */
export async function readProgress(db: DbOrTx, eventId: string, operationId: string, locale: Locale): Promise<OperationProgress | null> {
  if (!isUuid(operationId)) return null;
  const [op] = await db
    .select()
    .from(operations)
    .where(and(eq(operations.id, operationId), eq(operations.eventId, eventId)));
  return op ? operationProgress(op, locale) : null;
}
