// Starting bulk RSVP sends: who is asked (a selection or all matching a filter, approved only), one
// operation per request however often it is sent, nobody matching leaving nothing behind, and
// "Send RSVP email" for one participant.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { messages, operationItems, operations, participants } from "@/lib/db/schema";
import rsvpSingleJob from "@/jobs/rsvp-single";
import { describeRecipients } from "@/lib/rsvp/describe-recipients";
import { findRsvpInvitation } from "@/lib/rsvp/find-rsvp-invitation";
import { requestRsvpEmail } from "@/lib/rsvp/request-rsvp-email";
import { startRsvpSend } from "@/lib/rsvp/start-rsvp-send";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { addParticipants, createUser, jobPayloads } from "../helpers/participants";
import { handlerOf } from "../helpers/run-job";

const sendSingle = handlerOf(rsvpSingleJob);

beforeEach(resetDb);
afterAll(closeConnections);

const notAnswered = { filter: { status: "approved" as const, rsvp: "none" as const } };

async function seed() {
  const owner = await createUser("owner");
  const event = await createEvent({ title: "RSVP Day" });
  const people = await addParticipants(event.id, [
    { firstName: "Ada", lastName: "Lovelace", status: "approved" },
    { firstName: "Grace", lastName: "Hopper", status: "approved", rsvpAnswer: "attending", rsvpAnsweredAt: new Date() },
    { firstName: "Alan", lastName: "Turing", status: "approved", rsvpAnswer: "declined", rsvpAnsweredAt: new Date() },
    { firstName: "Edsger", lastName: "Dijkstra", status: "approved" },
    { firstName: "Barbara", lastName: "Liskov", status: "pending" },
    { firstName: "Donald", lastName: "Knuth", status: "rejected" },
  ]);
  return { owner, event, people };
}

const opCount = async () => (await db().select().from(operations)).length;
const itemsOf = async (operationId: string) => db().select().from(operationItems).where(eq(operationItems.operationId, operationId));

describe("starting a bulk RSVP send", () => {
  it("to everyone approved who has not answered: one operation, one item each, its total and one rsvp.bulk job", async () => {
    const { owner, event, people } = await seed();
    const result = await startRsvpSend(db(), owner, event.id, notAnswered, randomUUID());
    expect(result).toMatchObject({ ok: true, total: 2, duplicate: false, leftOut: 0 });
    if (!result.ok) return;
    const [op] = await db().select().from(operations).where(eq(operations.id, result.operationId));
    expect(op).toMatchObject({
      kind: "rsvp_email",
      state: "running",
      total: 2,
      processed: 0,
      createdBy: owner.id,
      createdByName: owner.name,
    });
    expect(describeRecipients(op.params)).toBe("Approved participants · RSVP not answered");
    const items = await itemsOf(op.id);
    expect(items.map((i) => i.participantId).sort()).toEqual([people[0].id, people[3].id].sort());
    expect(items.every((i) => i.status === "pending")).toBe(true);
    expect(await jobPayloads("rsvp.bulk")).toEqual([{ operationId: op.id }]);
  });

  it("to a selection asks only its approved participants of this event", async () => {
    const { owner, event, people } = await seed();
    const other = await createEvent();
    const [stranger] = await addParticipants(other.id, [{ firstName: "Eve", lastName: "Else", status: "approved" }]);
    const ids = [people[0].id, people[1].id, people[4].id, stranger.id];
    // Re-asking those who answered, so that only the scoping decides who is asked.
    const result = await startRsvpSend(db(), owner, event.id, { ids }, randomUUID(), { reask: true });
    expect(result).toMatchObject({ ok: true, total: 2, leftOut: 1, answered: 0 });
    if (!result.ok) return;
    expect((await itemsOf(result.operationId)).map((i) => i.participantId).sort()).toEqual([people[0].id, people[1].id].sort());
  });

  it("by default skips approved participants who already answered, and says how many", async () => {
    const { owner, event } = await seed();
    const result = await startRsvpSend(db(), owner, event.id, { filter: { status: "approved" } }, randomUUID());
    expect(result).toMatchObject({ ok: true, total: 2, answered: 2 });
  });

  it("with nobody matching says so and leaves no operation, item or job", async () => {
    const { owner, event } = await seed();
    expect(await startRsvpSend(db(), owner, event.id, { filter: { q: "nobody-by-this-name" } }, randomUUID())).toMatchObject({
      ok: false,
      reason: "nobody",
      matched: 0,
    });
    // Matching people, none of them approved.
    expect(await startRsvpSend(db(), owner, event.id, { filter: { status: "pending" } }, randomUUID())).toMatchObject({
      ok: false,
      reason: "nobody",
      matched: 1,
    });
    expect(await opCount()).toBe(0);
    expect((await db().select().from(operationItems)).length).toBe(0);
    expect(await jobPayloads("rsvp.bulk")).toEqual([]);
  });

  it("the same request sent twice, even at the same moment, is one operation and one job", async () => {
    const { owner, event } = await seed();
    const requestId = randomUUID();
    const [a, b] = await Promise.all([
      startRsvpSend(db(), owner, event.id, notAnswered, requestId),
      startRsvpSend(db(), owner, event.id, notAnswered, requestId),
    ]);
    const again = await startRsvpSend(db(), owner, event.id, notAnswered, requestId);
    expect(a.ok && b.ok && again.ok).toBe(true);
    if (!a.ok || !b.ok || !again.ok) return;
    expect(new Set([a.operationId, b.operationId, again.operationId]).size).toBe(1);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(again.duplicate).toBe(true);
    expect(await opCount()).toBe(1);
    expect(await jobPayloads("rsvp.bulk")).toHaveLength(1);
  });

  it("two different requests for the same people are two operations, by design", async () => {
    const { owner, event } = await seed();
    const a = await startRsvpSend(db(), owner, event.id, notAnswered, randomUUID());
    const b = await startRsvpSend(db(), owner, event.id, notAnswered, randomUUID());
    expect(a.ok && b.ok && a.operationId !== b.operationId).toBe(true);
    expect(await jobPayloads("rsvp.bulk")).toHaveLength(2);
  });

  it("is refused for another organizer's event, and once the event has started", async () => {
    const { owner, event } = await seed();
    const stranger = await createUser("organizer");
    expect(await startRsvpSend(db(), stranger, event.id, notAnswered, randomUUID())).toEqual({ ok: false, reason: "not_found" });
    await db().execute(sql`update events set starts_at = now() - interval '1 hour' where id = ${event.id}`);
    expect(await startRsvpSend(db(), owner, event.id, notAnswered, randomUUID())).toEqual({ ok: false, reason: "started" });
    expect(await opCount()).toBe(0);
  });
});

describe("Send RSVP email to one participant", () => {
  it("enqueues one job per request, and the email carries a working link", async () => {
    const { owner, event, people } = await seed();
    const requestId = randomUUID();
    expect((await requestRsvpEmail(db(), owner, event.id, people[0].id, requestId)).ok).toBe(true);
    expect((await requestRsvpEmail(db(), owner, event.id, people[0].id, requestId)).ok).toBe(true);
    const payloads = await jobPayloads("rsvp.single");
    expect(payloads).toHaveLength(2);
    // Both jobs of the double click run: one email.
    for (const payload of payloads) await sendSingle(db(), payload as { participantId: string; requestId: string });
    const sent = await db().select().from(messages).where(eq(messages.participantId, people[0].id));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      key: `rsvp:single:${requestId}`,
      kind: "rsvp_request",
      status: "sent",
      operationId: null,
      subject: "Will you attend RSVP Day?",
    });
    const token = /\/rsvp\/([A-Za-z0-9_-]{48})/.exec(sent[0].text!)![1];
    expect((await findRsvpInvitation(db(), token))?.participantId).toBe(people[0].id);
    expect(sent[0].html).toContain(`/rsvp/${token}`);
  });

  it("is refused for a participant who is not approved, of another event, or once the event started", async () => {
    const { owner, event, people } = await seed();
    expect(await requestRsvpEmail(db(), owner, event.id, people[4].id, randomUUID())).toEqual({ ok: false, reason: "not_approved" });
    const other = await createEvent();
    expect(await requestRsvpEmail(db(), owner, other.id, people[0].id, randomUUID())).toEqual({ ok: false, reason: "not_found" });
    const stranger = await createUser("organizer");
    expect(await requestRsvpEmail(db(), stranger, event.id, people[0].id, randomUUID())).toEqual({ ok: false, reason: "not_found" });
    await db().execute(sql`update events set starts_at = now() - interval '1 hour' where id = ${event.id}`);
    expect(await requestRsvpEmail(db(), owner, event.id, people[0].id, randomUUID())).toEqual({ ok: false, reason: "started" });
    expect(await jobPayloads("rsvp.single")).toEqual([]);
  });

  it("sends nothing when the participant was rejected before the job ran", async () => {
    const { owner, event, people } = await seed();
    const requestId = randomUUID();
    await requestRsvpEmail(db(), owner, event.id, people[0].id, requestId);
    await db().update(participants).set({ status: "rejected" }).where(eq(participants.id, people[0].id));
    await sendSingle(db(), { participantId: people[0].id, requestId });
    expect(await db().select().from(messages).where(eq(messages.participantId, people[0].id))).toEqual([]);
  });
});
