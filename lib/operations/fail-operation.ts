// Ending an operation without items (an import) that cannot go on, with the message the organizer
// sees. Only a running operation moves, so it is safe to repeat and never overwrites a finished one.
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

export async function failOperation(db: DbOrTx, operationId: string, message: string, onlyIf?: SQL): Promise<boolean> {
  const rows = await db.execute(sql`
    update operations o set state = 'failed', error = ${message.slice(0, 2000)}, finished_at = now()
    where o.id = ${operationId} and o.state = 'running' ${onlyIf ? sql`and ${onlyIf}` : sql``}
    returning o.id`);
  return rows.length > 0;
}
