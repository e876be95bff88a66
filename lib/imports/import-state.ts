// Ending an import that cannot go on, and noticing one whose job is gone. Both only touch an
// operation that is still running, so they are safe to repeat and never overwrite a finished one.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

export async function failImport(db: DbOrTx, operationId: string, message: string): Promise<void> {
  await db.execute(sql`
    update operations set state = 'failed', error = ${message.slice(0, 2000)}, finished_at = now()
    where id = ${operationId} and state = 'running'`);
}

/**
 * An import still "running" whose job no longer exists in a live state (it failed for good, for
 * instance a worker killed on the last attempt, or it was deleted) will never finish: mark it failed.
 * The job is enqueued in the operation's own transaction, so a running import always has one.
 */
export async function failImportIfJobGone(db: DbOrTx, operationId: string): Promise<boolean> {
  const rows = await db.execute(sql`
    update operations set state = 'failed', finished_at = now(),
      error = 'The import stopped unexpectedly and could not be resumed. Rows imported before it stopped are kept; start the import again to add the rest (rows already imported are skipped).'
    where id = ${operationId} and state = 'running'
      and not exists (
        select 1 from pgboss.job
        where name = 'participants.import' and data->>'operationId' = ${operationId} and state in ('created', 'retry', 'active'))
    returning id`);
  return rows.length > 0;
}
