// The organizer's hand on the waitlist (lib/waitlist/manage-waitlist.ts), on a real worker process
// (the compiled bundle, outbox transport), seat counters checked after every test:
// - promoting by hand takes a seat only if one exists (or the person already holds an offer's seat),
//   gets the ticket under automatic approval and writes the status history;
// - removing someone closes up the positions of the rest, and the removed person is never offered;
// - switching the waitlist off: the public form says full and offers no joining; an offer already
//   made stands (the seat was promised, as manage-waitlist.ts documents), the people waiting keep
//   their place but get no offer until it is switched on again;
// - raising the capacity sends offers to exactly as many people as seats were added.
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { events, messages, participants } from "@/lib/db/schema";
import { saveEvent } from "@/lib/events/save-event";
import { registrationState } from "@/lib/events/registration-state";
import { CHANGES, changeParticipantStatus } from "@/lib/participants/change-participant-status";
import { registerParticipant } from "@/lib/participants/register-participant";
import { rsvpKey, signRsvpToken } from "@/lib/rsvp/rsvp-token";
import { eventSchema } from "@/lib/validation/events";
import { claimWaitlistOffer } from "@/lib/waitlist/claim-waitlist-offer";
import { expireWaitlistOffer } from "@/lib/waitlist/expire-waitlist-offer";
import { promoteFromWaitlist, removeFromWaitlist, setWaitlistEnabled } from "@/lib/waitlist/manage-waitlist";
import { waitlistPosition } from "@/lib/waitlist/waitlist-position";
import { createEvent, registration } from "../helpers/db";
import { eventForm } from "../helpers/forms";
import { createUser, historyOf } from "../helpers/participants";
import { expectSeatCountersRight } from "../helpers/seats";
import { startWorkerProcess, until, type WorkerProcess } from "../helpers/worker-process";

let worker: WorkerProcess;
beforeAll(async () => {
  worker = startWorkerProcess({ LOG_LEVEL: "info" });
  await worker.waitForLog("ready", 60_000);
}, 90_000);
afterAll(async () => {
  worker.kill();
  await worker.exited;
});

async function participant(id: string) {
  const [p] = await db().select().from(participants).where(eq(participants.id, id));
  return p;
}

async function messageKinds(id: string) {
  const rows = await db().select({ kind: messages.kind, status: messages.status }).from(messages).where(eq(messages.participantId, id));
  return rows.map((r) => r.kind);
}

async function seatsOf(eventId: string) {
  const [e] = await db().select({ seatsTaken: events.seatsTaken, capacity: events.capacity }).from(events).where(eq(events.id, eventId));
  return e;
}

function tokenOf(p: { id: string; eventId: string; rsvpTokenVersion: number }) {
  return signRsvpToken(rsvpKey(), { participantId: p.id, eventId: p.eventId, version: p.rsvpTokenVersion });
}

async function register(eventId: string, name: string) {
  const r = await registerParticipant(
    db(),
    eventId,
    registration({ firstName: name, email: `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com` }),
  );
  if (!r.ok) throw new Error(`registration of ${name} failed: ${r.reason}`);
  return r.participantId;
}

/** Every job of this queue for this event has finished (none created, retrying or active). */
async function queueIdle(name: string, eventId: string) {
  const [r] = await db().execute<{ n: number }>(
    sql`select count(*)::int as n from pgboss.job where name = ${name} and data->>'eventId' = ${eventId} and state in ('created', 'retry', 'active')`,
  );
  return r.n === 0;
}

async function approvedWithTicket(id: string) {
  const p = await participant(id);
  return p.status === "approved" && p.ticketCode !== null;
}

describe("the organizer's waitlist controls on a real worker", () => {
  it("promoting by hand takes a seat only if one exists, gets the ticket under automatic approval and is in the history", async () => {
    const owner = await createUser("organizer");
    const event = await createEvent({ capacity: 1, approvalMode: "automatic", createdBy: owner.id });
    const alice = await register(event.id, "Alice");
    const bob = await register(event.id, "Bob");
    const carol = await register(event.id, "Carol");
    const dan = await register(event.id, "Dan");
    expect((await participant(bob)).status).toBe("waitlisted");

    // Full: promoting Carol would take a seat that does not exist.
    expect(await promoteFromWaitlist(db(), owner, event.id, carol, { overCapacity: false })).toEqual({ ok: false, reason: "full" });
    expect((await participant(carol)).status).toBe("waitlisted");
    expect(await historyOf([carol])).toHaveLength(0);
    expect((await seatsOf(event.id)).seatsTaken).toBe(1);

    // A seat exists (no refill was asked for it): the organizer's pick takes it, ahead of Bob.
    await db().update(events).set({ capacity: 2 }).where(eq(events.id, event.id));
    expect(await promoteFromWaitlist(db(), owner, event.id, carol, { overCapacity: false })).toMatchObject({ ok: true, changed: 1 });
    await until(
      "Carol approved with her ticket, by email",
      async () => (await approvedWithTicket(carol)) && (await messageKinds(carol)).includes("approved"),
      90_000,
      worker.output,
    );
    const carolHistory = await historyOf([carol]);
    expect(carolHistory.map((h) => [h.fromStatus, h.toStatus])).toEqual(
      expect.arrayContaining([
        ["waitlisted", "pending"],
        ["pending", "approved"],
      ]),
    );
    expect(carolHistory.find((h) => h.toStatus === "pending")).toMatchObject({ changedBy: owner.id, changedByName: owner.name });
    expect((await seatsOf(event.id)).seatsTaken).toBe(2);
    expect(await waitlistPosition(db(), bob)).toBe(1);
    expect(await waitlistPosition(db(), dan)).toBe(2);
    await expectSeatCountersRight();

    // Alice's seat freed by the organizer goes to Bob as an offer; promoting Bob, who already holds
    // that seat, takes nothing more although the event is full.
    expect(
      await changeParticipantStatus(db(), owner, event.id, { ids: [alice] }, { ...CHANGES.cancel, job: null, reason: null }),
    ).toMatchObject({ ok: true, changed: 1 });
    await until("Bob offered Alice's seat", async () => (await participant(bob)).status === "offered", 90_000, worker.output);
    expect((await seatsOf(event.id)).seatsTaken).toBe(2);
    expect(await promoteFromWaitlist(db(), owner, event.id, bob, { overCapacity: false })).toMatchObject({ ok: true, changed: 1 });
    await until("Bob approved with his ticket", () => approvedWithTicket(bob), 90_000, worker.output);
    // His offer's expiry, when it comes, finds him admitted and frees nothing.
    expect((await expireWaitlistOffer(db(), bob, 1)).outcome).toBe("gone");
    expect(await seatsOf(event.id)).toEqual({ seatsTaken: 2, capacity: 2 });
    expect((await participant(dan)).status).toBe("waitlisted");

    // Over the capacity only when the organizer says so.
    expect(await promoteFromWaitlist(db(), owner, event.id, dan, { overCapacity: false })).toEqual({ ok: false, reason: "full" });
    expect(await promoteFromWaitlist(db(), owner, event.id, dan, { overCapacity: true })).toMatchObject({ ok: true, changed: 1 });
    await until("Dan approved with his ticket", () => approvedWithTicket(dan), 90_000, worker.output);
    expect(await seatsOf(event.id)).toEqual({ seatsTaken: 3, capacity: 2 });
    await until("the refills settled", () => queueIdle("waitlist.refill", event.id), 90_000, worker.output);
    await expectSeatCountersRight();
  }, 300_000);

  it("removing someone closes up the positions behind them, and the removed are never offered a seat", async () => {
    const owner = await createUser("organizer");
    const event = await createEvent({ capacity: 1, approvalMode: "automatic", createdBy: owner.id });
    const alice = await register(event.id, "Alice");
    const bob = await register(event.id, "Bob");
    const carol = await register(event.id, "Carol");
    const dan = await register(event.id, "Dan");
    const eve = await register(event.id, "Eve");
    expect(await Promise.all([bob, carol, dan, eve].map((id) => waitlistPosition(db(), id)))).toEqual([1, 2, 3, 4]);

    expect(await removeFromWaitlist(db(), owner, event.id, carol, { reason: "Duplicate", notify: true })).toMatchObject({
      ok: true,
      changed: 1,
    });
    expect((await participant(carol)).status).toBe("cancelled");
    expect(await waitlistPosition(db(), carol)).toBeNull();
    expect(await Promise.all([bob, dan, eve].map((id) => waitlistPosition(db(), id)))).toEqual([1, 2, 3]);
    const [removal] = await historyOf([carol]);
    expect(removal).toMatchObject({ fromStatus: "waitlisted", toStatus: "cancelled", reason: "Duplicate", changedBy: owner.id });
    await until("Carol's removal email", async () => (await messageKinds(carol)).includes("cancelled"), 90_000, worker.output);
    // Removing only from the waitlist frees no seat.
    expect((await seatsOf(event.id)).seatsTaken).toBe(1);

    // Alice cancels; Bob is offered her seat; the organizer removes Bob (no email): the seat he held
    // goes to Dan, the next still waiting, never to Carol.
    expect(
      await changeParticipantStatus(db(), owner, event.id, { ids: [alice] }, { ...CHANGES.cancel, job: null, reason: null }),
    ).toMatchObject({ ok: true, changed: 1 });
    await until("Bob offered", async () => (await participant(bob)).status === "offered", 90_000, worker.output);
    expect(await removeFromWaitlist(db(), owner, event.id, bob, { reason: null, notify: false })).toMatchObject({ ok: true, changed: 1 });
    await until("Dan offered the seat Bob held", async () => (await participant(dan)).status === "offered", 90_000, worker.output);
    await until("the refills settled", () => queueIdle("waitlist.refill", event.id), 90_000, worker.output);
    // Bob's offer link no longer admits him.
    expect(await claimWaitlistOffer(db(), tokenOf(await participant(bob)))).toMatchObject({ ok: false });
    expect((await participant(bob)).status).toBe("cancelled");
    expect(await messageKinds(bob)).not.toContain("cancelled");
    const carolNow = await participant(carol);
    expect(carolNow).toMatchObject({ status: "cancelled", offerCount: 0 });
    expect(await messageKinds(carol)).not.toContain("waitlist_offer");
    expect((await participant(eve)).status).toBe("waitlisted");
    expect(await waitlistPosition(db(), dan)).toBe(1);
    expect(await waitlistPosition(db(), eve)).toBe(2);
    expect((await seatsOf(event.id)).seatsTaken).toBe(1);
    await expectSeatCountersRight();
  }, 300_000);

  it("switched off: the public form says full and offers no joining; an offer made stands; those waiting wait until it is on again", async () => {
    const owner = await createUser("organizer");
    const event = await createEvent({ capacity: 1, approvalMode: "automatic", createdBy: owner.id });
    const alice = await register(event.id, "Alice");
    const bob = await register(event.id, "Bob");
    const carol = await register(event.id, "Carol");
    expect(
      await changeParticipantStatus(db(), owner, event.id, { ids: [alice] }, { ...CHANGES.cancel, job: null, reason: null }),
    ).toMatchObject({ ok: true, changed: 1 });
    await until("Bob offered", async () => (await participant(bob)).status === "offered", 90_000, worker.output);

    expect(await setWaitlistEnabled(db(), owner, event.id, { enabled: false })).toEqual({
      ok: true,
      enabled: false,
      changed: true,
      removal: null,
    });
    const [row] = await db().select().from(events).where(eq(events.id, event.id));
    // What the public page shows (lib/events/public-event-page.ts passes the same flag).
    expect(registrationState(row)).toBe("full");
    const late = await registerParticipant(db(), event.id, registration({ firstName: "Late" }));
    expect(late).toEqual({ ok: false, reason: "full" });
    const [lateRow] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(participants)
      .where(and(eq(participants.eventId, event.id), eq(participants.firstName, "Late")));
    expect(lateRow.n).toBe(0);

    // Bob's offer, made before the switch, still admits him; Carol keeps her place.
    expect(await claimWaitlistOffer(db(), tokenOf(await participant(bob)))).toEqual({ ok: true, alreadyClaimed: false });
    await until("Bob approved with his ticket", () => approvedWithTicket(bob), 90_000, worker.output);
    expect(await waitlistPosition(db(), carol)).toBe(1);

    // A seat freed while it is off is offered to nobody.
    expect(
      await changeParticipantStatus(db(), owner, event.id, { ids: [bob] }, { ...CHANGES.cancel, job: null, reason: null }),
    ).toMatchObject({ ok: true, changed: 1 });
    await until("the refill after Bob's cancellation ran", () => queueIdle("waitlist.refill", event.id), 90_000, worker.output);
    expect((await participant(carol)).status).toBe("waitlisted");
    expect(await messageKinds(carol)).not.toContain("waitlist_offer");
    expect((await seatsOf(event.id)).seatsTaken).toBe(0);
    await expectSeatCountersRight();

    // Switched on again: the seat freed meanwhile goes to Carol, first in line.
    expect(await setWaitlistEnabled(db(), owner, event.id, { enabled: true })).toMatchObject({ ok: true, changed: true });
    await until("Carol offered once on again", async () => (await participant(carol)).status === "offered", 90_000, worker.output);
    expect((await seatsOf(event.id)).seatsTaken).toBe(1);
    await until("the refills settled", () => queueIdle("waitlist.refill", event.id), 90_000, worker.output);
    await expectSeatCountersRight();
  }, 300_000);

  it("a capacity raised by three offers seats to exactly the first three waiting", async () => {
    const owner = await createUser("organizer");
    const form = (capacity: string) =>
      eventSchema.parse(
        eventForm({
          slug: `raise-${randomUUID().slice(0, 8)}`,
          startsAt: "2027-03-01T09:30",
          endsAt: "2027-03-01T17:00",
          capacity,
          approvalMode: "automatic",
        }),
      );
    const first = form("2");
    const created = await saveEvent(db(), owner, first);
    if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
    const eventId = created.eventId;
    const seated = [await register(eventId, "A1"), await register(eventId, "A2")];
    const waiting: string[] = [];
    for (let i = 0; i < 5; i++) waiting.push(await register(eventId, `W${i}`));
    expect((await participant(waiting[4])).status).toBe("waitlisted");
    await until("the first two approved", async () => (await Promise.all(seated.map(approvedWithTicket))).every(Boolean), 90_000);
    await until("the joins' refills settled", () => queueIdle("waitlist.refill", eventId), 90_000, worker.output);

    const raised = await saveEvent(db(), owner, { ...first, capacity: 5 }, eventId);
    expect(raised.ok).toBe(true);
    await until(
      "three offers sent",
      async () => {
        const [r] = await db().execute<{ n: number }>(
          sql`select count(*)::int as n from messages where event_id = ${eventId} and kind = 'waitlist_offer' and status = 'sent'`,
        );
        return r.n >= 3;
      },
      90_000,
      worker.output,
    );
    await until("the refills settled", () => queueIdle("waitlist.refill", eventId), 90_000, worker.output);
    const statuses = await Promise.all(waiting.map(async (id) => (await participant(id)).status));
    expect(statuses).toEqual(["offered", "offered", "offered", "waitlisted", "waitlisted"]);
    const [offers] = await db().execute<{ n: number; people: number }>(
      sql`select count(*)::int as n, count(distinct participant_id)::int as people from messages where event_id = ${eventId} and kind = 'waitlist_offer'`,
    );
    expect(offers).toEqual({ n: 3, people: 3 });
    expect(await seatsOf(eventId)).toEqual({ seatsTaken: 5, capacity: 5 });
    expect(await waitlistPosition(db(), waiting[3])).toBe(4);
    await expectSeatCountersRight();
  }, 300_000);
});
