// A participant's answer through their RSVP link: what the link opens, recording and changing the
// answer, links that are not valid (altered, cut, extended, replaced, for another event), the page
// turning read-only once the event starts, and declining freeing the seat.
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countSeatsTaken, listEventsForUser } from "@/lib/db/queries/events";
import { participants } from "@/lib/db/schema";
import { registerParticipant } from "@/lib/participants/register-participant";
import { answerRsvp } from "@/lib/rsvp/answer-rsvp";
import { findRsvpInvitation } from "@/lib/rsvp/find-rsvp-invitation";
import { rsvpKey, signRsvpToken } from "@/lib/rsvp/rsvp-token";
import { closeConnections, createEvent, registration, resetDb } from "../helpers/db";
import { addParticipants, createUser, statusOf } from "../helpers/participants";
import { expectSeatCountersRight } from "../helpers/seats";

beforeEach(resetDb);
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

const tokenFor = (p: { id: string; eventId: string; rsvpTokenVersion: number }) =>
  signRsvpToken(rsvpKey(), { participantId: p.id, eventId: p.eventId, version: p.rsvpTokenVersion });

async function approvedParticipant(overrides: Parameters<typeof createEvent>[0] = {}) {
  const event = await createEvent({ title: "Data Day", ...overrides });
  const [p] = await addParticipants(event.id, [{ firstName: "Ada", lastName: "Lovelace", status: "approved" }]);
  return { event, p, token: tokenFor(p) };
}

describe("opening an RSVP link", () => {
  it("shows the event and the participant's first name, with no answer yet", async () => {
    const { event, p, token } = await approvedParticipant();
    const invitation = await findRsvpInvitation(db(), token);
    expect(invitation).toMatchObject({ participantId: p.id, firstName: "Ada", answer: null, answeredAt: null, closed: null });
    expect(invitation?.event).toMatchObject({ id: event.id, title: "Data Day" });
    // Nothing else about the participant travels to the public page.
    expect(Object.keys(invitation!)).not.toContain("email");
    expect(Object.keys(invitation!)).not.toContain("lastName");
  });

  it("finds nothing for a wrong, cut, extended or replaced link, or one signed for another event", async () => {
    const { p, token } = await approvedParticipant();
    const other = await createEvent();
    const forOtherEvent = signRsvpToken(rsvpKey(), { participantId: p.id, eventId: other.id, version: 0 });
    for (const bad of [token.slice(0, -1), `${token}x`, `${token.slice(0, -2)}AA`, "not-a-token", forOtherEvent]) {
      expect(await findRsvpInvitation(db(), bad), bad).toBeNull();
      expect(await answerRsvp(db(), bad, "declined")).toEqual({ ok: false, reason: "invalid" });
    }
    await db().update(participants).set({ rsvpTokenVersion: 1 }).where(eq(participants.id, p.id));
    expect(await findRsvpInvitation(db(), token)).toBeNull();
    expect(await answerRsvp(db(), token, "declined")).toEqual({ ok: false, reason: "invalid" });
    expect((await statusOf(p.id)).rsvpAnswer).toBeNull();
    // The new link works.
    expect(await findRsvpInvitation(db(), tokenFor({ ...p, rsvpTokenVersion: 1 }))).not.toBeNull();
  });

  it("refuses an answer posted without a token", async () => {
    expect(await answerRsvp(db(), undefined, "attending")).toEqual({ ok: false, reason: "invalid" });
    expect(await answerRsvp(db(), "", "attending")).toEqual({ ok: false, reason: "invalid" });
  });

  it("a participant of another event opens their own event, never this one", async () => {
    const { event } = await approvedParticipant();
    const other = await createEvent({ title: "Other Day" });
    const [q] = await addParticipants(other.id, [{ firstName: "Grace", lastName: "Hopper", status: "approved" }]);
    const invitation = await findRsvpInvitation(db(), tokenFor(q));
    expect(invitation?.event.id).toBe(other.id);
    expect(invitation?.event.id).not.toBe(event.id);
  });
});

describe("answering", () => {
  it("records the answer and its time, and the answer can be changed until the event starts", async () => {
    const { p, token } = await approvedParticipant();
    const first = await answerRsvp(db(), token, "attending");
    expect(first).toMatchObject({ ok: true, answer: "attending" });
    const afterFirst = await statusOf(p.id);
    expect(afterFirst.rsvpAnswer).toBe("attending");
    expect(afterFirst.rsvpAnsweredAt).toBeInstanceOf(Date);

    const second = await answerRsvp(db(), token, "declined");
    expect(second).toMatchObject({ ok: true, answer: "declined" });
    const invitation = await findRsvpInvitation(db(), token);
    expect(invitation).toMatchObject({ answer: "declined", closed: null });
    expect(invitation!.answeredAt!.getTime()).toBeGreaterThanOrEqual(afterFirst.rsvpAnsweredAt!.getTime());
  });

  it("after the event has started shows the answer read-only and refuses changes", async () => {
    const { p, token } = await approvedParticipant();
    await answerRsvp(db(), token, "attending");
    await db().execute(sql`update events set starts_at = now() - interval '1 minute' where id = ${p.eventId}`);
    expect(await findRsvpInvitation(db(), token)).toMatchObject({ answer: "attending", closed: "started" });
    expect(await answerRsvp(db(), token, "declined")).toEqual({ ok: false, reason: "started" });
    expect((await statusOf(p.id)).rsvpAnswer).toBe("attending");
  });

  it("a rejected participant's link opens read-only and accepts no answer", async () => {
    const { p, token } = await approvedParticipant();
    await db().update(participants).set({ status: "rejected" }).where(eq(participants.id, p.id));
    expect(await findRsvpInvitation(db(), token)).toMatchObject({ closed: "inactive" });
    expect(await answerRsvp(db(), token, "attending")).toEqual({ ok: false, reason: "inactive" });
  });

  it("keeps the last of 1,000 answers posted in a loop, and the row stays consistent", async () => {
    const { p, token } = await approvedParticipant();
    const answers = Array.from({ length: 1000 }, (_, i): "attending" | "declined" => (i % 3 === 0 ? "attending" : "declined"));
    for (const answer of answers) expect((await answerRsvp(db(), token, answer)).ok).toBe(true);
    const row = await statusOf(p.id);
    expect(row.rsvpAnswer).toBe(answers[999]);
    expect(row.status).toBe("approved");

    // The same link hammered at once: every answer is applied whole, one after the other.
    const burst = await Promise.all(Array.from({ length: 200 }, (_, i) => answerRsvp(db(), token, i % 2 ? "attending" : "declined")));
    expect(burst.every((r) => r.ok)).toBe(true);
    const [check] = await db().execute<{ n: number; answered: number }>(sql`
      select count(*)::int as n, count(rsvp_answered_at)::int as answered from participants where id = ${p.id} and rsvp_answer in ('attending', 'declined')`);
    expect(check).toEqual({ n: 1, answered: 1 });
    const final = await answerRsvp(db(), token, "attending");
    expect(final.ok && final.answer).toBe("attending");
    expect((await statusOf(p.id)).rsvpAnswer).toBe("attending");
  });
});

describe("declining frees the seat", () => {
  it("for the capacity count, the public form and the events list; taking it back needs a free seat", async () => {
    const event = await createEvent({ capacity: 2, waitlistEnabled: false });
    const [ada, grace] = await addParticipants(event.id, [
      { firstName: "Ada", lastName: "Lovelace", status: "approved" },
      { firstName: "Grace", lastName: "Hopper", status: "approved" },
    ]);
    expect(await countSeatsTaken(db(), event.id)).toBe(2);
    expect(await registerParticipant(db(), event.id, registration())).toEqual({ ok: false, reason: "full" });

    expect((await answerRsvp(db(), tokenFor(ada), "declined")).ok).toBe(true);
    expect(await countSeatsTaken(db(), event.id)).toBe(1);
    const owner = await createUser("owner");
    expect((await listEventsForUser(db(), owner)).find((e) => e.id === event.id)?.participantCount).toBe(1);
    expect((await registerParticipant(db(), event.id, registration({ firstName: "Alan" }))).ok).toBe(true);

    // The seat went to someone else: Ada cannot take it back, and her "declined" stays.
    expect(await answerRsvp(db(), tokenFor(ada), "attending")).toEqual({ ok: false, reason: "full" });
    expect((await statusOf(ada.id)).rsvpAnswer).toBe("declined");
    // Grace confirming changes nothing about the count.
    expect((await answerRsvp(db(), tokenFor(grace), "attending")).ok).toBe(true);
    expect(await countSeatsTaken(db(), event.id)).toBe(2);
  });

  it("taking a seat back works while one is free", async () => {
    const event = await createEvent({ capacity: 2, waitlistEnabled: false });
    const [ada] = await addParticipants(event.id, [{ firstName: "Ada", lastName: "Lovelace", status: "approved" }]);
    await answerRsvp(db(), tokenFor(ada), "declined");
    expect(await answerRsvp(db(), tokenFor(ada), "attending")).toMatchObject({ ok: true, answer: "attending" });
    expect(await countSeatsTaken(db(), event.id)).toBe(1);
  });
});
