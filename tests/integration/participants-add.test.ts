// Adding a participant by hand from the dashboard: the public form's rules, the event's capacity,
// but not its "registration closed"; no consent is recorded on the participant's behalf.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { registerParticipant } from "@/lib/participants/register-participant";
import { participantFields } from "@/lib/validation/participants";
import { closeConnections, createEvent, jobsFor, participantsOf, resetDb } from "../helpers/db";
import { expectSeatCountersRight } from "../helpers/seats";

beforeEach(resetDb);
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

const input = (overrides: Record<string, string> = {}) =>
  participantFields.parse({
    firstName: "Ελένη",
    lastName: "Παπαδοπούλου",
    email: "Eleni@Example.gr",
    organisation: "",
    phone: "+30 210 1234567",
    ...overrides,
  });

describe("adding a participant by hand", () => {
  it("adds a pending participant with the dashboard source, no consent, and enqueues its processing", async () => {
    const event = await createEvent();
    const result = await registerParticipant(db(), event.id, input(), "dashboard");
    expect(result.ok).toBe(true);
    const [p] = await participantsOf(event.id);
    expect(p).toMatchObject({
      firstName: "Ελένη",
      email: "eleni@example.gr",
      organisation: null,
      phone: "+30 210 1234567",
      source: "dashboard",
      status: "pending",
      consentAt: null,
    });
    expect(await jobsFor("registration.process", p.id)).toHaveLength(1);
  });

  it("adds to an event whose registration is closed", async () => {
    const event = await createEvent({ registrationOpen: false });
    expect((await registerParticipant(db(), event.id, input(), "dashboard")).ok).toBe(true);
  });

  it("still respects the event's capacity", async () => {
    const event = await createEvent({ capacity: 1 });
    expect((await registerParticipant(db(), event.id, input(), "dashboard")).ok).toBe(true);
    expect(await registerParticipant(db(), event.id, input({ email: "second@example.com" }), "dashboard")).toEqual({
      ok: false,
      reason: "full",
    });
    expect(await participantsOf(event.id)).toHaveLength(1);
  });

  it("refuses an email already registered for the event, whatever its case", async () => {
    const event = await createEvent();
    await registerParticipant(db(), event.id, input(), "dashboard");
    expect(await registerParticipant(db(), event.id, input({ email: "ELENI@example.GR" }), "dashboard")).toMatchObject({
      ok: false,
      reason: "duplicate",
    });
  });

  it("applies the public form's rules to what the organizer types", () => {
    const result = participantFields.safeParse({ firstName: "", lastName: "x".repeat(101), email: "nope", phone: "call me" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["firstName", "lastName", "email", "phone"]));
  });
});
