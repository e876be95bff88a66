// The event overview's summary of the choice questions: how many participants chose each option (a
// multiple-choice answer counts once for each option chosen). One grouped query over the event's
// participants; cancelled and rejected registrations are left out, as they are from the seat count.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

export type AnswerCounts = Record<string, Record<string, number>>;

export async function countChoiceAnswers(db: DbOrTx, eventId: string): Promise<AnswerCounts> {
  const rows = await db.execute<{ question_id: string; value: string; n: number }>(sql`
    select e.key as question_id, v.value, count(*)::int as n
    from participants p
    cross join lateral jsonb_each(p.answers) e
    cross join lateral jsonb_array_elements_text(case jsonb_typeof(e.value) when 'array' then e.value else jsonb_build_array(e.value) end) v(value)
    where p.event_id = ${eventId} and p.status in ('pending', 'approved') and jsonb_typeof(e.value) in ('array', 'string', 'boolean')
    group by 1, 2`);
  const out: AnswerCounts = {};
  for (const r of rows) {
    const value = r.value === "true" ? "yes" : r.value === "false" ? "no" : r.value;
    const question = out[r.question_id] ?? {};
    question[value] = r.n;
    out[r.question_id] = question;
  }
  return out;
}
