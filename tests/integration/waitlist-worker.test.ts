// The participant lifecycle on real worker processes (the compiled bundle, outbox transport):
// register → full → waitlist → a cancellation → offer → claim → ticket; an offer that lapses going to
// the next person; and a worker killed with SIGKILL while it hands out offers, restarted: every freed
// seat offered once, one offer email each, never more offers than seats. Seat counters are checked
// after every test.
import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { events, messages, participants } from "@/lib/db/schema";
import { cancelOwnRegistration } from "@/lib/participants/cancel-own-registration";
import { registerParticipant } from "@/lib/participants/register-participant";
import { signRsvpToken, rsvpKey } from "@/lib/rsvp/rsvp-token";
import { claimWaitlistOffer } from "@/lib/waitlist/claim-waitlist-offer";
import { waitlistPosition } from "@/lib/waitlist/waitlist-position";
import { createEvent, registration } from "../helpers/db";
import { expectSeatCountersRight } from "../helpers/seats";
import { startWorkerProcess, until, type WorkerProcess } from "../helpers/worker-process";

const workers: WorkerProcess[] = [];
afterEach(async () => {
  for (const w of workers.splice(0)) {
    w.kill();
    await w.exited;
  }
});
afterEach(expectSeatCountersRight);

async function startWorker(): Promise<WorkerProcess> {
  const w = startWorkerProcess({ LOG_LEVEL: "info" });
  workers.push(w);
  await w.waitForLog("ready", 60_000);
  return w;
}

async function participant(id: string) {
  const [p] = await db().select().from(participants).where(eq(participants.id, id));
  return p;
}

async function kinds(id: string) {
  const rows = await db()
    .select({ kind: messages.kind, status: messages.status, text: messages.text })
    .from(messages)
    .where(eq(messages.participantId, id));
  return rows;
}

function tokenOf(p: { id: string; eventId: string; rsvpTokenVersion: number }) {
  return signRsvpToken(rsvpKey(), { participantId: p.id, eventId: p.eventId, version: p.rsvpTokenVersion });
}

async function register(eventId: string, name: string) {
  const r = await registerParticipant(
    db(),
    eventId,
    registration({ firstName: name, email: `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.com` }),
  );
  if (!r.ok) throw new Error(`registration of ${name} failed: ${r.reason}`);
  return r;
}

describe("the waitlist on a real worker", () => {
  it("register → full → waitlist → cancellation → offer → claim → ticket, with the manage link in every email", async () => {
    const worker = await startWorker();
    const event = await createEvent({ capacity: 2, approvalMode: "automatic" });
    const a = await register(event.id, "Alice");
    await register(event.id, "Bob");
    const c = await register(event.id, "Carol");
    const d = await register(event.id, "Dan");
    expect(a.waitlisted).toBeUndefined();
    expect(c.waitlisted).toBe(true);
    expect(d.waitlisted).toBe(true);
    expect(await waitlistPosition(db(), c.participantId)).toBe(1);
    expect(await waitlistPosition(db(), d.participantId)).toBe(2);

    await until(
      "Alice approved with her ticket and Carol told her place",
      async () => {
        const alice = await participant(a.participantId);
        const carol = await kinds(c.participantId);
        // The ticket comes from participant.approved, a job after the approval: wait for it too.
        return (
          alice.status === "approved" && alice.ticketCode !== null && carol.some((m) => m.kind === "waitlist_joined" && m.status === "sent")
        );
      },
      90_000,
      worker.output,
    );
    const [joined] = (await kinds(c.participantId)).filter((m) => m.kind === "waitlist_joined");
    expect(joined.text).toContain("Your place: 1.");
    expect(joined.text).toMatch(/Manage my registration: http:\/\/localhost:3000\/rsvp\/[A-Za-z0-9_-]{48}/);

    const alice = await participant(a.participantId);
    expect(alice.ticketCode).not.toBeNull();
    expect(await cancelOwnRegistration(db(), tokenOf(alice))).toEqual({ ok: true, alreadyCancelled: false });
    expect((await participant(a.participantId)).status).toBe("cancelled");

    await until(
      "Carol offered the seat by email",
      async () => (await kinds(c.participantId)).some((m) => m.kind === "waitlist_offer" && m.status === "sent"),
      90_000,
      worker.output,
    );
    expect((await participant(c.participantId)).status).toBe("offered");
    expect((await participant(d.participantId)).status).toBe("waitlisted");
    expect((await kinds(a.participantId)).map((m) => m.kind)).toContain("cancelled");
    const [ev] = await db().select({ seatsTaken: events.seatsTaken }).from(events).where(eq(events.id, event.id));
    expect(ev.seatsTaken).toBe(2); // Bob + the seat held for Carol

    const carol = await participant(c.participantId);
    expect(await claimWaitlistOffer(db(), tokenOf(carol))).toEqual({ ok: true, alreadyClaimed: false });
    await until(
      "Carol approved with her ticket",
      async () => {
        const p = await participant(c.participantId);
        return p.status === "approved" && (await kinds(c.participantId)).some((m) => m.kind === "approved" && m.status === "sent");
      },
      90_000,
      worker.output,
    );
    expect((await participant(c.participantId)).ticketCode).not.toBeNull();
    expect((await participant(d.participantId)).status).toBe("waitlisted");
  }, 300_000);

  it("an offer not claimed in time lapses and the seat goes to the next person", async () => {
    const worker = await startWorker();
    const event = await createEvent({ capacity: 1, approvalMode: "manual", waitlistOfferHours: 1 });
    const a = await register(event.id, "Alice");
    const b = await register(event.id, "Bob");
    const c = await register(event.id, "Carol");
    expect(await cancelOwnRegistration(db(), tokenOf(await participant(a.participantId)))).toMatchObject({ ok: true });
    await until("Bob offered", async () => (await participant(b.participantId)).status === "offered", 90_000, worker.output);
    const offeredAt = await participant(b.participantId);
    expect(offeredAt.offerExpiresAt!.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);

    // The hour passes: the offer and its scheduled expiry job come due now.
    await db().update(participants).set({ offerExpiresAt: sql`now() - interval '1 second'` }).where(eq(participants.id, b.participantId));
    await db().execute(
      sql`update pgboss.job set start_after = now() where name = 'waitlist.expire-offer' and data->>'participantId' = ${b.participantId} and state = 'created'`,
    );

    await until(
      "Carol offered after Bob's offer lapsed",
      async () => (await participant(c.participantId)).status === "offered",
      90_000,
      worker.output,
    );
    const bob = await participant(b.participantId);
    expect(bob.status).toBe("waitlisted");
    expect(await waitlistPosition(db(), b.participantId)).toBe(2);
    // Bob's old link now answers that the seat went and that he keeps his place.
    expect(await claimWaitlistOffer(db(), tokenOf(bob))).toEqual({ ok: false, reason: "seat_gone", position: 2 });
    const carol = await participant(c.participantId);
    expect(await claimWaitlistOffer(db(), tokenOf(carol))).toEqual({ ok: true, alreadyClaimed: false });
    await until(
      "Carol's registration received (manual approval)",
      async () => (await kinds(c.participantId)).some((m) => m.kind === "registration_received"),
      90_000,
      worker.output,
    );
    expect((await participant(c.participantId)).status).toBe("pending");
  }, 300_000);

  it("a worker killed with SIGKILL while handing out offers, restarted, offers every freed seat once", async () => {
    const n = 300;
    const event = await createEvent({ capacity: 1, approvalMode: "automatic" });
    await register(event.id, "First");
    const rows = Array.from({ length: n }, (_, i) => ({
      eventId: event.id,
      firstName: `W${i}`,
      lastName: "Waiting",
      email: `w${i}@example.com`,
      status: "waitlisted" as const,
      waitlistedAt: new Date(Date.now() - (n - i) * 1000),
    }));
    await db().insert(participants).values(rows);
    const first = await startWorker();
    // The capacity grows by n: one refill hands out n offers, one transaction each.
    await db().transaction(async (tx) => {
      await tx
        .update(events)
        .set({ capacity: n + 1 })
        .where(eq(events.id, event.id));
      const { sendJob } = await import("@/lib/queue/boss");
      await sendJob(tx, "waitlist.refill", { eventId: event.id });
    });
    const offered = async () => {
      const [r] = await db().execute<{ n: number }>(
        sql`select count(*)::int as n from participants where event_id = ${event.id} and status = 'offered'`,
      );
      return r.n;
    };
    await until("some offers made", async () => (await offered()) >= 20, 60_000, first.output);
    first.kill();
    await first.exited;
    const atKill = await offered();
    expect(atKill).toBeLessThan(n);
    await expectSeatCountersRight();

    const second = await startWorker();
    await until(
      "every waiting person offered and emailed",
      async () => {
        const [r] = await db().execute<{ sent: number }>(sql`
        select count(*)::int as sent from messages where event_id = ${event.id} and kind = 'waitlist_offer' and status = 'sent'`);
        return (await offered()) === n && r.sent === n;
      },
      240_000,
      second.output,
    );
    const [dup] = await db().execute<{ total: number; distinct_people: number; max_offer: number }>(sql`
      select count(*)::int as total, count(distinct participant_id)::int as distinct_people,
        (select max(offer_count) from participants where event_id = ${event.id})::int as max_offer
      from messages where event_id = ${event.id} and kind = 'waitlist_offer'`);
    expect(dup).toEqual({ total: n, distinct_people: n, max_offer: 1 });
    const history = await db().execute<{ n: number }>(sql`
      select count(*)::int as n from participant_status_history h join participants p on p.id = h.participant_id
      where p.event_id = ${event.id} and h.to_status = 'offered'`);
    expect(history[0].n).toBe(n);
    const [ev] = await db()
      .select({ seatsTaken: events.seatsTaken, capacity: events.capacity })
      .from(events)
      .where(eq(events.id, event.id));
    expect(ev.seatsTaken).toBe(ev.capacity);
  }, 420_000);
});

describe("the last seat", () => {
  it("two people claiming one seat at once: exactly one gets it, the other keeps their place", async () => {
    const event = await createEvent({ capacity: 1, approvalMode: "manual" });
    const a = await register(event.id, "Alice");
    const b = await register(event.id, "Bob");
    const c = await register(event.id, "Carol");
    // Bob's offer lapsed (he is back in line) just as Carol got hers; both click their links at once.
    await db().transaction(async (tx) => {
      await tx.execute(sql`update participants set status = 'cancelled' where id = ${a.participantId}`);
      await tx.execute(
        sql`update participants set status = 'waitlisted', offer_count = 1, waitlisted_at = now() where id = ${b.participantId}`,
      );
      await tx.execute(
        sql`update participants set status = 'offered', offer_count = 1, offer_expires_at = now() + interval '1 hour' where id = ${c.participantId}`,
      );
    });
    const bob = await participant(b.participantId);
    const carol = await participant(c.participantId);
    const results = await Promise.all([
      claimWaitlistOffer(db(), tokenOf(bob)),
      claimWaitlistOffer(db(), tokenOf(carol)),
      claimWaitlistOffer(db(), tokenOf(bob)),
      claimWaitlistOffer(db(), tokenOf(carol)),
    ]);
    // Bob is told the seat went and keeps his place (1 or 2, as Carol's claim came before or after).
    expect(results[0]).toMatchObject({ ok: false, reason: "seat_gone" });
    expect(results[2]).toMatchObject({ ok: false, reason: "seat_gone" });
    expect(results.filter((r) => r.ok && !r.alreadyClaimed)).toHaveLength(1);
    expect((await participant(c.participantId)).status).toBe("pending");
    expect((await participant(b.participantId)).status).toBe("waitlisted");
    const [ev] = await db().select({ seatsTaken: events.seatsTaken }).from(events).where(eq(events.id, event.id));
    expect(ev.seatsTaken).toBe(1);
  });

  it("a claim and the offer's expiry at the same moment: one of them wins, never both", async () => {
    const { expireWaitlistOffer } = await import("@/lib/waitlist/expire-waitlist-offer");
    const event = await createEvent({ capacity: 1, approvalMode: "manual" });
    const a = await register(event.id, "Alice");
    const b = await register(event.id, "Bob");
    await db().transaction(async (tx) => {
      await tx.execute(sql`update participants set status = 'cancelled' where id = ${a.participantId}`);
      await tx.execute(
        sql`update participants set status = 'offered', offer_count = 1, offer_expires_at = now() + interval '300 milliseconds' where id = ${b.participantId}`,
      );
    });
    const bob = await participant(b.participantId);
    await new Promise((r) => setTimeout(r, 300));
    const [claim, expiry] = await Promise.all([claimWaitlistOffer(db(), tokenOf(bob)), expireWaitlistOffer(db(), b.participantId, 1)]);
    const after = await participant(b.participantId);
    if (claim.ok) {
      expect(expiry.outcome).toBe("gone");
      expect(after.status).toBe("pending");
    } else {
      expect(expiry.outcome).toBe("expired");
      expect(after.status).toBe("waitlisted");
    }
    const history = await db().execute<{ to_status: string }>(
      sql`select to_status from participant_status_history where participant_id = ${b.participantId}`,
    );
    expect(history.length).toBe(1);
  });

  it("a public registration never takes a seat held for the waitlist", async () => {
    const event = await createEvent({ capacity: 1 });
    const a = await register(event.id, "Alice");
    const b = await register(event.id, "Bob");
    await cancelOwnRegistration(db(), tokenOf(await participant(a.participantId)));
    // The seat is free but Bob is waiting: a newcomer joins the waitlist behind him.
    const late = await register(event.id, "Late");
    expect(late.waitlisted).toBe(true);
    expect(await waitlistPosition(db(), late.participantId)).toBe(2);
    expect((await participant(b.participantId)).status).toBe("waitlisted");
    const off = await db()
      .update(events)
      .set({ waitlistEnabled: false })
      .where(and(eq(events.id, event.id)))
      .returning();
    expect(off).toHaveLength(1);
  });
});
