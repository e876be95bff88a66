// The seat is taken by the last statement of the registration's transaction: a registration whose
// process dies before the commit leaves neither a participant nor a seat counted for no one, and an
// event without a capacity is never locked by a registration. maintenance.reconcile-seats repairs any
// counter that drifted anyway, and never "repairs" one that a live registration is about to commit.
import { type ChildProcess, spawn } from "node:child_process";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import reconcileSeatsJob from "@/jobs/maintenance-reconcile-seats";
import { db, sqlClient } from "@/lib/db/client";
import { events } from "@/lib/db/schema";
import { metricsRegistry } from "@/lib/metrics/registry";
import { registerParticipant } from "@/lib/participants/register-participant";
import { reconcileSeatCounters } from "@/lib/participants/seat-accounting";
import { closeConnections, createEvent, participantsOf, registration, resetDb } from "../helpers/db";
import { jobContext } from "../helpers/run-job";
import { expectSeatCountersRight } from "../helpers/seats";
import { until } from "../helpers/worker-process";

beforeEach(resetDb);
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

async function seatsTaken(eventId: string) {
  const [row] = await db().select({ n: events.seatsTaken }).from(events).where(eq(events.id, eventId));
  return row.n;
}

/** Backends of this database waiting for a row lock in the statement `pattern` matches. */
async function blockedBackends(pattern: string): Promise<number[]> {
  const rows = await db().execute<{ pid: number }>(sql`
    select pid from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock' and query ilike ${pattern}`);
  return [...rows].map((r) => r.pid);
}

/** Holds the event row as a concurrent seat update would (FOR NO KEY UPDATE) while `body` runs. */
async function holdingEventRow<T>(eventId: string, body: () => Promise<T>): Promise<T> {
  return db().transaction(async (tx) => {
    await tx.execute(sql`select id from events where id = ${eventId} for no key update`);
    return body();
  });
}

/** Starts a registration in a child process, waits until its backend waits on `pattern`, kills it. */
async function killWhileWaiting(eventId: string, email: string, pattern: string): Promise<number> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "tests/helpers/register-in-child.ts", eventId, email], {
    env: process.env,
    stdio: "ignore",
  });
  const [blocked] = await until(
    "the registration to wait on a lock",
    async () => {
      const pids = await blockedBackends(pattern);
      return pids.length ? pids : null;
    },
    60_000,
  );
  // The waiting backend is inside the registration's transaction: it holds its write lock on participants.
  const [held] = await db().execute<{ n: number }>(sql`
    select count(*)::int as n from pg_locks
    where pid = ${blocked} and relation = 'participants'::regclass and mode = 'RowExclusiveLock' and granted`);
  expect(held.n).toBe(1);
  child.kill("SIGKILL");
  await new Promise((resolve) => child.once("exit", resolve));
  return blocked;
}

async function backendEnded(pid: number) {
  await until(
    "the killed registration's backend to end",
    async () => {
      const [row] = await db().execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where pid = ${pid}`);
      return row.n === 0;
    },
    10_000,
  );
}

async function registrationJobs() {
  const [jobs] = await db().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'registration.process'`);
  return jobs.n;
}

describe("seat reservation inside the registration transaction", () => {
  it("a registration killed before its commit was sent leaves no participant, no job and no seat", async () => {
    const event = await createEvent({ capacity: 10 });
    expect((await registerParticipant(db(), event.id, registration())).ok).toBe(true);
    // An uncommitted row with the same address holds the child's participant insert (the unique
    // index waits for it): the child has sent BEGIN, the participant and its job, but not the COMMIT.
    const other = await sqlClient().reserve();
    let pid: number;
    try {
      await other`begin`;
      await other`insert into participants (event_id, first_name, last_name, email, source)
        values (${event.id}, 'Other', 'Writer', 'killed@example.com', 'form')`;
      pid = await killWhileWaiting(event.id, "killed@example.com", "%insert into participants%");
      await other`rollback`;
    } finally {
      other.release();
    }
    // Released, the orphaned backend finishes its insert, finds its client gone, and rolls back.
    await backendEnded(pid);
    expect((await participantsOf(event.id)).map((p) => p.email)).not.toContain("killed@example.com");
    expect(await seatsTaken(event.id)).toBe(1);
    expect(await registrationJobs()).toBe(1);
    // Starting a TypeScript process takes a while on a busy machine.
  }, 120_000);

  it("a registration killed once its seat and COMMIT were sent is completed whole by the server", async () => {
    const event = await createEvent({ capacity: 10 });
    expect((await registerParticipant(db(), event.id, registration())).ok).toBe(true);
    // The seat statement waits on the event row; its COMMIT travelled with it in one message.
    const pid = await holdingEventRow(event.id, () => killWhileWaiting(event.id, "killed@example.com", "%take_event_seats%"));
    await backendEnded(pid);
    // All of it or nothing: here all of it, and the counter agrees (afterEach checks every event).
    expect((await participantsOf(event.id)).map((p) => p.email)).toContain("killed@example.com");
    expect(await seatsTaken(event.id)).toBe(2);
    expect(await registrationJobs()).toBe(2);
  }, 120_000);

  it("a registration for an event without a capacity takes no lock on the event", async () => {
    const event = await createEvent({ capacity: null });
    // Another transaction holds the event row for the whole registration: it still completes.
    const result = await holdingEventRow(event.id, () => registerParticipant(db(), event.id, registration()));
    expect(result.ok).toBe(true);
    expect(await seatsTaken(event.id)).toBeNull();
  });
});

describe("maintenance.reconcile-seats", () => {
  it("sets drifted counters right, reports them and counts them on the metrics", async () => {
    const over = await createEvent({ capacity: 5 });
    const under = await createEvent({ capacity: 5 });
    const right = await createEvent({ capacity: 5 });
    const uncounted = await createEvent({ capacity: null });
    for (const e of [over, under, right, uncounted]) await registerParticipant(db(), e.id, registration());
    await registerParticipant(db(), under.id, registration());
    await db().update(events).set({ seatsTaken: 4 }).where(eq(events.id, over.id));
    await db().update(events).set({ seatsTaken: 0 }).where(eq(events.id, under.id));

    expect(await reconcileSeatsJob.handle(jobContext(db()), null)).toEqual({ events: 2, seats: 5 });
    expect(await seatsTaken(over.id)).toBe(1);
    expect(await seatsTaken(under.id)).toBe(2);
    expect(await seatsTaken(right.id)).toBe(1);
    expect(await seatsTaken(uncounted.id)).toBeNull();
    const metrics = await metricsRegistry().metrics();
    expect(metrics).toContain("eventdesk_seat_counter_repairs_total 2");
    expect(metrics).toContain('eventdesk_seat_counter_drift_seats_total{direction="over"} 3');
    expect(metrics).toContain('eventdesk_seat_counter_drift_seats_total{direction="under"} 2');

    // Run again: nothing left to repair.
    expect(await reconcileSeatsJob.handle(jobContext(db()), null)).toEqual({ events: 0, seats: 0 });
  });

  it("re-counts a nominated event only after a registration in flight has committed", async () => {
    const event = await createEvent({ capacity: 10 });
    await registerParticipant(db(), event.id, registration());
    // A drifted counter (5 for 1 seat held) nominates the event…
    await db().update(events).set({ seatsTaken: 5 }).where(eq(events.id, event.id));
    // …while a registration holds its row: participant written, seat taken, not committed yet.
    let reconciling: Promise<unknown> = Promise.resolve();
    await db().transaction(async (tx) => {
      await tx.execute(sql`insert into participants (event_id, first_name, last_name, email, source)
        values (${event.id}, 'In', 'Flight', 'inflight@example.com', 'form')`);
      await tx.execute(sql`update events set seats_taken = seats_taken + 1 where id = ${event.id}`);
      reconciling = reconcileSeatCounters(db());
      await until(
        "the reconcile to wait on the event row",
        async () => {
          const [row] = await db().execute<{ n: number }>(sql`
          select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and query ilike '%for update%'`);
          return row.n === 1;
        },
        10_000,
      );
    });
    // The count ran after the commit: both participants, not the one a single snapshot would see.
    expect(await reconciling).toEqual([{ eventId: event.id, before: 6, after: 2 }]);
    expect(await seatsTaken(event.id)).toBe(2);
  });

  it("runs beside a registration rush without changing a right counter", async () => {
    const event = await createEvent({ capacity: 60 });
    const [, ...repairs] = await Promise.all([
      Promise.all(Array.from({ length: 80 }, (_, i) => registerParticipant(db(), event.id, registration({ email: `r${i}@example.com` })))),
      ...Array.from({ length: 5 }, () => reconcileSeatCounters(db())),
    ]);
    expect(repairs.flat()).toEqual([]);
    expect(await seatsTaken(event.id)).toBe(60);
  });
});
