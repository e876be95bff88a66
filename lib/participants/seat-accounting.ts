// Seat accounting: the one place that moves events.seats_taken (DESIGN.md invariant 7). Every path
// that takes or frees a seat (registration, adding by hand, approval of a rejected participant,
// rejection, RSVP decline and re-accept, import, deletion) calls adjustSeats inside its own
// transaction as its last statement, so the event row is held from that statement to the commit,
// not for a whole transaction, and a crash before the commit leaves no seat counted.
// maintenance.reconcile-seats repairs any counter that drifted anyway (reconcileSeatCounters).
//
// A seat is held by a participant who is pending or approved and has not declined the RSVP, or who
// has been offered a seat from the waitlist (the offer holds it until claimed or expired). Events
// without a capacity keep no counter (seats_taken is null): the UPDATE matches no row and locks
// nothing. The trigger events_seats_follow_capacity (migration 0006) starts or drops the counter
// when the capacity itself changes.
import { sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/lib/db/client";

/** SQL for "this participant row holds a seat", over a row alias or the bare table. */
export function holdsSeatSql(status: ReturnType<typeof sql> | string, rsvpAnswer: ReturnType<typeof sql> | string) {
  const s = typeof status === "string" ? sql.raw(status) : status;
  const r = typeof rsvpAnswer === "string" ? sql.raw(rsvpAnswer) : rsvpAnswer;
  return sql`(${s} = 'offered' or (${s} in ('pending', 'approved') and ${r} is distinct from 'declined'))`;
}

/** The same rule for a row already loaded. */
export function holdsSeat(p: { status: string; rsvpAnswer: string | null }): boolean {
  return p.status === "offered" || ((p.status === "pending" || p.status === "approved") && p.rsvpAnswer !== "declined");
}

export type SeatAdjustment =
  | { ok: true; seatsTaken: number | null }
  /** Taking the seats would pass the capacity (only when asked to enforce it): nothing changed. */
  | { ok: false; reason: "full" };

/**
 * Takes (delta > 0) or frees (delta < 0) seats of one event in one statement. With `enforce`, a take
 * that would pass the capacity changes nothing and answers "full"; organizer choices (imports,
 * approving someone rejected) pass enforce: false and may fill an event past its capacity.
 */
export async function adjustSeats(tx: DbOrTx, eventId: string, delta: number, opts: { enforce: boolean }): Promise<SeatAdjustment> {
  if (delta === 0) return { ok: true, seatsTaken: null };
  const limit = opts.enforce && delta > 0 ? sql`and seats_taken + ${delta}::int <= capacity` : sql``;
  // The CTE reads the event as of the statement's snapshot (to tell "no capacity" from "full"); the
  // UPDATE re-checks the latest committed counter, so concurrent takes never pass the capacity.
  const [row] = await tx.execute<{ capacity: number | null; seats_taken: number | null; found: boolean }>(sql`
    with updated as (
      update events set seats_taken = seats_taken + ${delta}::int
      where id = ${eventId} and seats_taken is not null ${limit}
      returning seats_taken
    )
    select (select capacity from events where id = ${eventId}) as capacity,
           (select seats_taken from updated) as seats_taken,
           exists (select 1 from updated) as found`);
  if (row?.found) return { ok: true, seatsTaken: row.seats_taken };
  if (!row || row.capacity === null) return { ok: true, seatsTaken: null };
  return { ok: false, reason: "full" };
}

/** SQLSTATE raised by take_event_seats (migration 0019) when the event has no seat left. */
const EVENT_FULL = "EDF01";

/**
 * Whether a database error is take_event_seats refusing a seat. The registration calls that function
 * instead of adjustSeats so that "full" is an error: it aborts the transaction whose COMMIT was sent
 * with it (lib/participants/register-participant.ts).
 */
export function isEventFull(err: unknown): boolean {
  const e = ((err as { cause?: unknown })?.cause ?? err) as { code?: string };
  return e?.code === EVENT_FULL;
}

export type SeatCounterMismatch = { eventId: string; seatsTaken: number | null; held: number };

/** Events whose counter differs from the seats really held: empty when accounting is right. */
export async function findSeatCounterMismatches(db: DbOrTx): Promise<SeatCounterMismatch[]> {
  const rows = await db.execute<{ event_id: string; seats_taken: number | null; held: number }>(sql`
    select e.id as event_id, e.seats_taken,
           (select count(*)::int from participants p where p.event_id = e.id and ${holdsSeatSql("p.status", "p.rsvp_answer")}) as held
    from events e where e.capacity is not null`);
  return [...rows].filter((r) => r.seats_taken !== r.held).map((r) => ({ eventId: r.event_id, seatsTaken: r.seats_taken, held: r.held }));
}

export type SeatCounterRepair = { eventId: string; before: number | null; after: number };

/**
 * Sets every drifted counter back to the seats really held, and answers what it changed. The cheap
 * scan only nominates events; each is then re-counted with its row locked (FOR UPDATE), which waits
 * for any seat-taking transaction in flight (adjustSeats is each one's last statement, so it holds the
 * row until its commit), and the count, a statement of its own, sees what those committed. A counter
 * that only looked off while a transaction was in flight is left alone.
 */
export async function reconcileSeatCounters(db: Db): Promise<SeatCounterRepair[]> {
  const repairs: SeatCounterRepair[] = [];
  for (const suspect of await findSeatCounterMismatches(db)) {
    const repair = await db.transaction(async (tx) => {
      const [event] = await tx.execute<{ seats_taken: number | null }>(
        sql`select seats_taken from events where id = ${suspect.eventId} and capacity is not null for update`,
      );
      if (!event) return null;
      const [count] = await tx.execute<{ held: number }>(sql`
        select count(*)::int as held from participants p
        where p.event_id = ${suspect.eventId} and ${holdsSeatSql("p.status", "p.rsvp_answer")}`);
      if (event.seats_taken === count.held) return null;
      await tx.execute(sql`update events set seats_taken = ${count.held}::int where id = ${suspect.eventId}`);
      return { eventId: suspect.eventId, before: event.seats_taken, after: count.held };
    });
    if (repair) repairs.push(repair);
  }
  return repairs;
}
