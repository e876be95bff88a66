import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { registerParticipant } from "@/lib/participants/register-participant";
import { closeConnections, createEvent, jobsFor, participantsOf, registration, resetDb } from "../helpers/db";
import { expectSeatCountersRight } from "../helpers/seats";

beforeEach(resetDb);
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

describe("public registration", () => {
  it("creates a pending participant and enqueues its processing", async () => {
    const event = await createEvent();
    const result = await registerParticipant(db(), event.id, registration({ email: "ada@example.com", organisation: "Engines Ltd" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rows = await participantsOf(event.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: result.participantId,
      email: "ada@example.com",
      organisation: "Engines Ltd",
      phone: null,
      status: "pending",
      source: "form",
    });
    expect(rows[0].consentAt).toBeInstanceOf(Date);
    expect(await jobsFor("registration.process", result.participantId)).toHaveLength(1);
  });

  it("stores names exactly as given, scripts and non-Latin scripts included", async () => {
    const event = await createEvent();
    const names = [
      { firstName: `<script>alert("x")</script>`, lastName: "O'Brien & Sons" },
      { firstName: "Γιώργος", lastName: "Παπαδόπουλος" },
      { firstName: "李", lastName: "小龍" },
      { firstName: "José", lastName: "Ñúñez-Ødegård" },
    ];
    for (const name of names) {
      const result = await registerParticipant(db(), event.id, registration(name));
      expect(result.ok).toBe(true);
    }
    const stored = (await participantsOf(event.id)).map((p) => ({ firstName: p.firstName, lastName: p.lastName }));
    expect(stored).toEqual(expect.arrayContaining(names));
  });

  it("refuses the same email again whatever its case, keeping one participant", async () => {
    const event = await createEvent();
    expect((await registerParticipant(db(), event.id, registration({ email: "ada@example.com" }))).ok).toBe(true);
    // The form lower-cases emails; the database index refuses other casings even if a caller does not.
    expect(await registerParticipant(db(), event.id, registration({ email: "ADA@Example.com" }))).toEqual({
      ok: false,
      reason: "duplicate",
      eventId: event.id,
      full: false,
    });
    expect(await registerParticipant(db(), event.id, registration({ email: "ada@example.com" }))).toEqual({
      ok: false,
      reason: "duplicate",
      eventId: event.id,
      full: false,
    });
    expect(await participantsOf(event.id)).toHaveLength(1);
  });

  it("lets the same email register for two different events", async () => {
    const [a, b] = [await createEvent(), await createEvent()];
    expect((await registerParticipant(db(), a.id, registration({ email: "ada@example.com" }))).ok).toBe(true);
    expect((await registerParticipant(db(), b.id, registration({ email: "ada@example.com" }))).ok).toBe(true);
  });

  it("refuses registrations when the event is closed, and enqueues nothing", async () => {
    const event = await createEvent({ registrationOpen: false });
    expect(await registerParticipant(db(), event.id, registration())).toEqual({ ok: false, reason: "closed" });
    expect(await participantsOf(event.id)).toHaveLength(0);
  });

  it("refuses registrations once the event has ended", async () => {
    const event = await createEvent({ startsAt: new Date(Date.now() - 3 * 3600_000), endsAt: new Date(Date.now() - 3600_000) });
    expect(await registerParticipant(db(), event.id, registration())).toEqual({ ok: false, reason: "closed" });
  });

  it("lets an organizer add a participant to a closed event from the dashboard", async () => {
    const event = await createEvent({ registrationOpen: false });
    const result = await registerParticipant(db(), event.id, registration(), "dashboard");
    expect(result.ok).toBe(true);
    expect((await participantsOf(event.id))[0].source).toBe("dashboard");
  });

  it("refuses registrations when the event is full", async () => {
    const event = await createEvent({ capacity: 2, waitlistEnabled: false });
    expect((await registerParticipant(db(), event.id, registration())).ok).toBe(true);
    expect((await registerParticipant(db(), event.id, registration())).ok).toBe(true);
    expect(await registerParticipant(db(), event.id, registration())).toEqual({ ok: false, reason: "full" });
    expect(await participantsOf(event.id)).toHaveLength(2);
  });

  it("answers not_found for an event that does not exist", async () => {
    expect(await registerParticipant(db(), "00000000-0000-4000-8000-000000000000", registration())).toEqual({
      ok: false,
      reason: "not_found",
    });
  });

  it("never exceeds the capacity under 30 concurrent registrations", async () => {
    const event = await createEvent({ capacity: 5, waitlistEnabled: false });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => registerParticipant(db(), event.id, registration({ email: `person-${i}@example.com` }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok)).toEqual(Array(25).fill({ ok: false, reason: "full" }));
    const rows = await participantsOf(event.id);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(await jobsFor("registration.process", row.id)).toHaveLength(1);
  });

  it("registers one participant when the same email is submitted 10 times at once", async () => {
    const event = await createEvent();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        registerParticipant(db(), event.id, registration({ email: i % 2 ? "ada@example.com" : "ADA@example.com" })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array(9).fill({ ok: false, reason: "duplicate", eventId: event.id, full: false }));
    const rows = await participantsOf(event.id);
    expect(rows).toHaveLength(1);
    expect(await jobsFor("registration.process", rows[0].id)).toHaveLength(1);
  });
});
