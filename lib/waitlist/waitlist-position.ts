// A waitlisted participant's place: 1 + those ahead of them (waitlisted or holding an offer, by the
// time they joined, ties by id). Derived, never stored, so cancellations ahead move everyone up.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

export const ON_WAITLIST = ["waitlisted", "offered"] as const;

/** SQL for the position of the participant row `p` (alias) on its event's waitlist. */
export function waitlistPositionSql(alias = "p") {
  const p = sql.raw(alias);
  return sql`(case when ${p}.status in ('waitlisted', 'offered') then 1 + (
    select count(*)::int from participants w
    where w.event_id = ${p}.event_id and w.status in ('waitlisted', 'offered')
      and (w.waitlisted_at, w.id) < (${p}.waitlisted_at, ${p}.id)) end)`;
}

export async function waitlistPosition(db: DbOrTx, participantId: string): Promise<number | null> {
  const [row] = await db.execute<{ position: number | null }>(
    sql`select ${waitlistPositionSql()} as position from participants p where p.id = ${participantId}`,
  );
  return row?.position ?? null;
}
