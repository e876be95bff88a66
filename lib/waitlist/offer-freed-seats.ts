// Refilling from the waitlist: while the event has a free seat and someone waits, the first in line
// is offered it. One offer per transaction: the next waitlisted row is locked (waiting for a moment
// when another transaction holds it, e.g. the "you joined the waitlist" email being recorded for that
// person: skipping locked rows instead left a free seat unoffered; two refills never pick the same
// person, the second sees the row changed once the first commits), the seat is taken through adjustSeats with the capacity
// enforced (so two refills, or a refill and a registration, never hand out a seat that does not
// exist), the participant becomes "offered" with its expiry, and the offer email and the expiry job
// are enqueued in the same transaction. A worker killed at any point leaves either the whole offer
// or none of it; the job is retried and carries on from the database's state.
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { adjustSeats } from "@/lib/participants/seat-accounting";
import { sendJob } from "@/lib/queue/boss";

export const WAITLIST_OFFER_ACTOR = "waitlist offer";
// Enough for any realistic burst of freed seats in one run; more re-enqueue the refill.
const MAX_OFFERS_PER_RUN = 200;

export type RefillResult = { offered: number; more: boolean };

export async function offerFreedSeats(db: Db, eventId: string): Promise<RefillResult> {
  let offered = 0;
  let rechecks = 0;
  while (offered < MAX_OFFERS_PER_RUN) {
    const made = await db.transaction((tx) => offerOneSeat(tx, eventId));
    if (made) offered++;
    // The first in line changed while this run waited for their row (PostgreSQL then answers no row
    // rather than the next one): look again, a few times, while a seat is free and someone waits.
    else if (rechecks++ < 3 && (await seatAndWaiter(db, eventId))) continue;
    else return { offered, more: false };
  }
  return { offered, more: true };
}

async function seatAndWaiter(db: Db, eventId: string): Promise<boolean> {
  const [row] = await db.execute<{ yes: boolean }>(sql`
    select exists (
      select 1 from participants p join events e on e.id = p.event_id
      where p.event_id = ${eventId} and p.status = 'waitlisted' and e.waitlist_enabled and e.capacity is not null
        and e.seats_taken < e.capacity and e.starts_at > now()
    ) as yes`);
  return Boolean(row?.yes);
}

async function offerOneSeat(tx: Tx, eventId: string): Promise<boolean> {
  const [next] = await tx.execute<{ id: string; hours: number }>(sql`
    select p.id, e.waitlist_offer_hours as hours
    from participants p join events e on e.id = p.event_id
    where p.event_id = ${eventId} and p.status = 'waitlisted' and e.waitlist_enabled and e.capacity is not null
      and e.seats_taken < e.capacity and e.starts_at > now()
    order by p.waitlisted_at, p.id
    limit 1
    for update of p`);
  if (!next) return false;
  // Taken before the participant changes, in this transaction: the counter's conditional UPDATE
  // decides, and holds the event row until commit (a few statements).
  if (!(await adjustSeats(tx, eventId, 1, { enforce: true })).ok) return false;
  const [row] = await tx.execute<{ offer_count: number; offer_expires_at: string }>(sql`
    update participants set status = 'offered', offer_count = offer_count + 1,
      offer_expires_at = now() + make_interval(hours => ${next.hours}::int),
      status_changed_at = now(), updated_at = now()
    where id = ${next.id}
    returning offer_count, offer_expires_at`);
  await tx.execute(sql`
    insert into participant_status_history (participant_id, from_status, to_status, reason, changed_by, changed_by_name)
    values (${next.id}, 'waitlisted', 'offered', null, null, ${WAITLIST_OFFER_ACTOR})`);
  const offer = { participantId: next.id, offer: Number(row.offer_count) };
  await sendJob(tx, "waitlist.offered", offer);
  await sendJob(tx, "waitlist.expire-offer", offer, { startAfter: new Date(row.offer_expires_at) });
  return true;
}
