// Ending an operation without items (an import) that cannot go on, with the message the organizer
// sees: its English text and its code, worded in the reader's language (lib/imports/import-reason.ts).
// Only a running operation moves, so it is safe to repeat and never overwrites a finished one.
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

export async function failOperation(
  db: DbOrTx,
  operationId: string,
  failure: { text: string; detail: unknown },
  onlyIf?: SQL,
): Promise<boolean> {
  const rows = await db.execute(sql`
    update operations o
    set state = 'failed', error = ${failure.text.slice(0, 2000)}, error_detail = ${JSON.stringify(failure.detail)}::jsonb, finished_at = now()
    where o.id = ${operationId} and o.state = 'running' ${onlyIf ? sql`and ${onlyIf}` : sql``}
    returning o.id`);
  return rows.length > 0;
}
