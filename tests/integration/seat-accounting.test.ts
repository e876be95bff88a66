// Seats are counted once, atomically (DESIGN.md invariant 7): the counter on the event row decides
// every take, and equals the seats really held after every path that takes or frees one.
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { events, participants } from "@/lib/db/schema";
import { saveEvent } from "@/lib/events/save-event";
import { approveParticipants } from "@/lib/participants/approve-participants";
import { deleteParticipantData } from "@/lib/participants/delete-participant-data";
import { registerParticipant } from "@/lib/participants/register-participant";
import { rejectParticipants } from "@/lib/participants/reject-participants";
import { findSeatCounterMismatches } from "@/lib/participants/seat-accounting";
import { closeConnections, createEvent, jobsFor, participantsOf, registration, resetDb } from "../helpers/db";
import { createUser } from "../helpers/participants";
import { expectSeatCountersRight } from "../helpers/seats";

beforeEach(resetDb);
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

async function seatsTaken(eventId: string) {
  const [row] = await db().select({ n: events.seatsTaken }).from(events).where(eq(events.id, eventId));
  return row.n;
}

describe("seat accounting", () => {
  it("200 concurrent registrations for 50 seats admit exactly 50", async () => {
    const event = await createEvent({ capacity: 50, waitlistEnabled: false });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => registerParticipant(db(), event.id, registration({ email: `rush-${i}@example.com` }))),
    );
    const admitted = results.filter((r) => r.ok);
    expect(admitted).toHaveLength(50);
    expect(results.filter((r) => !r.ok && r.reason === "full")).toHaveLength(150);
    expect(await participantsOf(event.id)).toHaveLength(50);
    expect(await seatsTaken(event.id)).toBe(50);
    // A refused registration leaves no job behind: the whole transaction rolled back.
    const [jobs] = await db().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'registration.process'`);
    expect(jobs.n).toBe(50);
  });

  it("an event without a capacity keeps no counter", async () => {
    const event = await createEvent({ capacity: null });
    const results = await Promise.all(Array.from({ length: 20 }, () => registerParticipant(db(), event.id, registration())));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await seatsTaken(event.id)).toBeNull();
  });

  it("a duplicate on a full event hears 'duplicate' (marked full), a newcomer 'full'", async () => {
    const event = await createEvent({ capacity: 1, waitlistEnabled: false });
    expect((await registerParticipant(db(), event.id, registration({ email: "ada@example.com" }))).ok).toBe(true);
    expect(await registerParticipant(db(), event.id, registration({ email: "ada@example.com" }))).toEqual({
      ok: false,
      reason: "duplicate",
      eventId: event.id,
      full: true,
    });
    expect(await registerParticipant(db(), event.id, registration({ email: "bob@example.com" }))).toEqual({ ok: false, reason: "full" });
    expect(await seatsTaken(event.id)).toBe(1);
  });

  it("a refused duplicate takes no seat, also when many arrive at once", async () => {
    // Room for all 20, so every one of them reaches the unique index and rolls back without a seat.
    const event = await createEvent({ capacity: 50 });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => registerParticipant(db(), event.id, registration({ email: "same@example.com" }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "duplicate")).toHaveLength(19);
    expect(await seatsTaken(event.id)).toBe(1);
  });

  it("rejection frees a seat, approval of someone rejected takes it back, deletion frees it", async () => {
    const owner = await createUser("owner");
    const event = await createEvent({ capacity: 2 });
    const a = await registerParticipant(db(), event.id, registration());
    const b = await registerParticipant(db(), event.id, registration());
    if (!a.ok || !b.ok) throw new Error("registration failed");
    expect(await seatsTaken(event.id)).toBe(2);

    await rejectParticipants(db(), owner, event.id, { ids: [a.participantId] });
    expect(await seatsTaken(event.id)).toBe(1);
    // Rejecting again changes nothing and frees nothing twice.
    await rejectParticipants(db(), owner, event.id, { ids: [a.participantId] });
    expect(await seatsTaken(event.id)).toBe(1);
    expect((await registerParticipant(db(), event.id, registration())).ok).toBe(true);
    expect(await seatsTaken(event.id)).toBe(2);

    // The organizer's choice may fill the event past its capacity; the counter still tells the truth.
    await approveParticipants(db(), owner, event.id, { ids: [a.participantId] });
    expect(await seatsTaken(event.id)).toBe(3);
    // Approving someone pending takes no second seat.
    await approveParticipants(db(), owner, event.id, { ids: [b.participantId] });
    expect(await seatsTaken(event.id)).toBe(3);

    await deleteParticipantData(db(), owner, event.id, a.participantId);
    expect(await seatsTaken(event.id)).toBe(2);
  });

  it("a bulk rejection of a filter frees every seat it took, concurrent with registrations", async () => {
    const owner = await createUser("owner");
    const event = await createEvent({ capacity: 100 });
    await Promise.all(Array.from({ length: 40 }, () => registerParticipant(db(), event.id, registration())));
    await Promise.all([
      rejectParticipants(db(), owner, event.id, { filter: { status: "pending" } }),
      ...Array.from({ length: 20 }, () => registerParticipant(db(), event.id, registration())),
    ]);
    const held = (await participantsOf(event.id)).filter((p) => p.status === "pending").length;
    expect(await seatsTaken(event.id)).toBe(held);
  });

  it("automatic approval records the system as the actor and takes no second seat", async () => {
    const { default: registrationProcessJob } = await import("@/jobs/registration-process");
    const { handlerOf } = await import("../helpers/run-job");
    const handle = handlerOf(registrationProcessJob);
    const event = await createEvent({ capacity: 5, approvalMode: "automatic" });
    const r = await registerParticipant(db(), event.id, registration());
    if (!r.ok) throw new Error("registration failed");
    await handle(db(), { participantId: r.participantId });
    const [p] = await participantsOf(event.id);
    expect(p.status).toBe("approved");
    expect(await jobsFor("participant.approved", r.participantId)).toHaveLength(1);
    expect(await seatsTaken(event.id)).toBe(1);
  });

  it("an event that gains a capacity counts its seats; one that loses it stops counting", async () => {
    const owner = await createUser("owner");
    const event = await createEvent({ capacity: null });
    await Promise.all(Array.from({ length: 3 }, () => registerParticipant(db(), event.id, registration())));
    const input = {
      title: event.title,
      slug: event.slug,
      description: "",
      venue: event.venue,
      startsAt: "2030-05-01T09:00",
      endsAt: "2030-05-01T17:00",
      timeZone: event.timeZone,
      capacity: 10,
      rsvpReminderDays: null,
      registrationOpen: true,
      approvalMode: "manual" as const,
    };
    expect((await saveEvent(db(), owner, input, event.id)).ok).toBe(true);
    expect(await seatsTaken(event.id)).toBe(3);
    expect((await saveEvent(db(), owner, { ...input, capacity: null }, event.id)).ok).toBe(true);
    expect(await seatsTaken(event.id)).toBeNull();
  });

  it("the consistency check finds a counter that drifted", async () => {
    const event = await createEvent({ capacity: 5 });
    await registerParticipant(db(), event.id, registration());
    await db().update(events).set({ seatsTaken: 4 }).where(eq(events.id, event.id));
    expect(await findSeatCounterMismatches(db())).toEqual([{ eventId: event.id, seatsTaken: 4, held: 1 }]);
    // Put it right again, as a drifted counter would be repaired, so the afterEach check passes.
    await db().update(events).set({ seatsTaken: 1 }).where(eq(events.id, event.id));
    expect(await db().select().from(participants)).toHaveLength(1);
  });
});
