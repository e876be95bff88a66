// Account queries: the first-visit flow (setup is offered only while there is no account at all) and
// each user's dashboard language.
import { count, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { user } from "@/lib/db/schema";

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(user);
  return row.n;
}

/** The dashboard language a user chose, or null (never chose). */
export async function getUserLanguage(db: DbOrTx, userId: string): Promise<string | null> {
  const [row] = await db.select({ language: user.language }).from(user).where(eq(user.id, userId));
  return row?.language ?? null;
}

export async function setUserLanguage(db: DbOrTx, userId: string, language: string): Promise<void> {
  await db.update(user).set({ language, updatedAt: new Date() }).where(eq(user.id, userId));
}
