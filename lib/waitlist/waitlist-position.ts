// A waitlisted participant's place: 1 + those ahead of them (waitlisted or holding an offer, by the
// time they joined, ties by id). Derived, never stored, so cancellations ahead move everyone up.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { waitlistPositionSql } from "@/lib/db/waitlist-position-sql";

export { waitlistPositionSql };

export const ON_WAITLIST = ["waitlisted", "offered"] as const;

export async function waitlistPosition(db: DbOrTx, participantId: string): Promise<number | null> {
  const [row] = await db.execute<{ position: number | null }>(
    sql`select ${waitlistPositionSql()} as position from participants p where p.id = ${participantId}`,
  );
  return row?.position ?? null;
}
