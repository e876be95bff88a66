// A waitlisted participant's place as SQL: 1 + those ahead of them (waitlisted or holding an offer,
// by the time they joined, ties by id). In lib/db so the list queries can use it; lib/waitlist
// re-exports it.
import { sql } from "drizzle-orm";

/** SQL for the position of the participant row `p` (alias) on its event's waitlist. */
export function waitlistPositionSql(alias = "p") {
  const p = sql.raw(alias);
  return sql`(case when ${p}.status in ('waitlisted', 'offered') then 1 + (
    select count(*)::int from participants w
    where w.event_id = ${p}.event_id and w.status in ('waitlisted', 'offered')
      and (w.waitlisted_at, w.id) < (${p}.waitlisted_at, ${p}.id)) end)`;
}
