// Who gets a certificate. By default: participants with an active check-in; if the event used no
// check-in at all, approved participants who did not decline the RSVP. The organizer's overrides
// (certificate_overrides) add or remove people on top of that.
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

export type EligibilityRow = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  status: string;
  checkedIn: boolean;
  byDefault: boolean;
  override: boolean | null;
  eligible: boolean;
  certificateCode: string | null;
};

/** SQL selecting (id) of the event's eligible participants, for INSERT … SELECT. */
export function eligibleIdsSql(eventId: string): SQL {
  return sql`select id from (${rowsSql(eventId)}) r where r.eligible`;
}

function rowsSql(eventId: string): SQL {
  return sql`
    with used as (select exists(select 1 from check_ins where event_id = ${eventId} and undone_at is null) as used)
    select p.id, p.first_name, p.last_name, p.email, p.status,
           ci.id is not null as checked_in,
           case when (select used from used) then ci.id is not null
                else p.status = 'approved' and p.rsvp_answer is distinct from 'declined' end as by_default,
           o.included as override,
           coalesce(o.included, case when (select used from used) then ci.id is not null
                else p.status = 'approved' and p.rsvp_answer is distinct from 'declined' end) as eligible,
           c.code as certificate_code
    from participants p
    left join check_ins ci on ci.participant_id = p.id and ci.undone_at is null
    left join certificate_overrides o on o.event_id = p.event_id and o.participant_id = p.id
    left join certificates c on c.participant_id = p.id and c.revoked_at is null
    where p.event_id = ${eventId}`;
}

/** The event's participants who are eligible or have an override, eligible first, by name. */
export async function listEligibility(
  db: DbOrTx,
  eventId: string,
  limit = 500,
): Promise<{ rows: EligibilityRow[]; eligibleCount: number }> {
  const rows = await db.execute<Record<string, unknown>>(sql`
    select * from (${rowsSql(eventId)}) r where r.eligible or r.override is not null
    order by r.eligible desc, lower(r.last_name), lower(r.first_name), r.id limit ${limit}`);
  const [count] = await db.execute<{ n: number }>(sql`select count(*)::int as n from (${eligibleIdsSql(eventId)}) e`);
  return {
    eligibleCount: count.n,
    rows: rows.map((r) => ({
      id: r.id as string,
      firstName: r.first_name as string,
      lastName: r.last_name as string,
      email: r.email as string,
      status: r.status as string,
      checkedIn: r.checked_in as boolean,
      byDefault: r.by_default as boolean,
      override: (r.override as boolean | null) ?? null,
      eligible: r.eligible as boolean,
      certificateCode: (r.certificate_code as string | null) ?? null,
    })),
  };
}
