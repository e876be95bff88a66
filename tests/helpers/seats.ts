// Seat counter checks for the integration tests that take or free seats:
//
//   afterEach(expectSeatCountersRight);
//
// Seeding helpers that write participant rows directly (as an existing database holds them) call
// syncSeatCounters afterwards, as the migration's backfill would; every use-case under test must
// then keep the counter right by itself.
import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { findSeatCounterMismatches, holdsSeatSql } from "@/lib/participants/seat-accounting";

export async function expectSeatCountersRight(): Promise<void> {
  expect(await findSeatCounterMismatches(db())).toEqual([]);
}

export async function syncSeatCounters(): Promise<void> {
  await db().execute(sql`
    update events e set seats_taken =
      (select count(*)::int from participants p where p.event_id = e.id and ${holdsSeatSql("p.status", "p.rsvp_answer")})
    where e.capacity is not null`);
}
