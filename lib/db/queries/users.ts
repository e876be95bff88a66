// Account queries used by the first-visit flow: setup is offered only while there is no account at all.
import { count } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { user } from "@/lib/db/schema";

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(user);
  return row.n;
}
