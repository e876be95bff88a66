// The daily maintenance's RSVP tasks: the automatic reminder (once, N days before the start, to
// approved participants who have not answered) and the expiry of links some time after the event.
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import expireRsvpLinks, { RSVP_LINK_EXPIRY_DAYS } from "@/jobs/maintenance-expire-rsvp-links";
import sendRsvpReminders from "@/jobs/maintenance-rsvp-reminders";
import { db } from "@/lib/db/client";
import { operationItems, operations } from "@/lib/db/schema";
import { parseEnv } from "@/lib/env";
import { findRsvpInvitation } from "@/lib/rsvp/find-rsvp-invitation";
import { rsvpKey, signRsvpToken } from "@/lib/rsvp/rsvp-token";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { addParticipants } from "../helpers/participants";
import { expectSeatCountersRight } from "../helpers/seats";
import { jobContext } from "../helpers/run-job";

beforeEach(async () => {
  await resetDb();
  await db().delete(operations);
});
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

const DAY = 24 * 3600 * 1000;
const ctx = () => jobContext(db(), { config: parseEnv({ DATABASE_URL: process.env.DATABASE_URL! }) });

async function eventWithPeople(startsInDays: number, reminderDays: number | null) {
  const startsAt = new Date(Date.now() + startsInDays * DAY);
  const event = await createEvent({ startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3600 * 1000), rsvpReminderDays: reminderDays });
  const people = await addParticipants(event.id, [
    { firstName: "Ada", lastName: "Unanswered", status: "approved" },
    { firstName: "Bob", lastName: "Unanswered", status: "approved" },
    { firstName: "Cy", lastName: "Answered", status: "approved", rsvpAnswer: "attending", rsvpAnsweredAt: new Date() },
    { firstName: "Di", lastName: "Pending", status: "pending" },
  ]);
  return { event, people };
}

describe("the automatic RSVP reminder", () => {
  it("asks the approved participants who have not answered, once, when the event is N days away", async () => {
    const { event, people } = await eventWithPeople(2, 3);
    expect(await sendRsvpReminders.handle(ctx(), null)).toEqual({ due: 1, started: 1, recipients: 2 });

    const [op] = await db().select().from(operations).where(eq(operations.eventId, event.id));
    expect(op).toMatchObject({ kind: "rsvp_email", total: 2, createdBy: null, createdByName: "Automatic reminder", state: "running" });
    const items = await db().select().from(operationItems).where(eq(operationItems.operationId, op.id));
    expect(items.map((i) => i.participantId).sort()).toEqual([people[0].id, people[1].id].sort());
    const jobs = await db().execute(sql`select id from pgboss.job where name = 'rsvp.bulk' and data->>'operationId' = ${op.id}`);
    expect([...jobs]).toHaveLength(1);

    // The next day's run finds the reminder already started: no second operation, no second email.
    expect(await sendRsvpReminders.handle(ctx(), null)).toEqual({ due: 1, started: 0, recipients: 0 });
    expect(await db().select().from(operations).where(eq(operations.eventId, event.id))).toHaveLength(1);
  });

  it("leaves events alone that are further away, have no reminder set, or have started", async () => {
    await eventWithPeople(10, 3);
    await eventWithPeople(2, null);
    await eventWithPeople(-1, 3);
    expect(await sendRsvpReminders.handle(ctx(), null)).toEqual({ due: 0, started: 0, recipients: 0 });
    expect(await db().select().from(operations)).toHaveLength(0);
  });
});

describe("expiring RSVP links after the event", () => {
  it("invalidates every link of an event that ended long enough ago, once", async () => {
    const ended = new Date(Date.now() - (RSVP_LINK_EXPIRY_DAYS + 1) * DAY);
    const old = await createEvent({ startsAt: new Date(ended.getTime() - 3600 * 1000), endsAt: ended });
    const recent = await createEvent({ startsAt: new Date(Date.now() - 2 * DAY), endsAt: new Date(Date.now() - DAY) });
    const [p] = await addParticipants(old.id, [{ firstName: "Ada", lastName: "Old", status: "approved" }]);
    const [q] = await addParticipants(recent.id, [{ firstName: "Bob", lastName: "Recent", status: "approved" }]);
    const token = (x: { id: string; eventId: string; rsvpTokenVersion: number }) =>
      signRsvpToken(rsvpKey(), { participantId: x.id, eventId: x.eventId, version: x.rsvpTokenVersion });
    const oldLink = token(p);
    const recentLink = token(q);
    expect(await findRsvpInvitation(db(), oldLink)).not.toBeNull();

    expect(await expireRsvpLinks.handle(ctx(), null)).toEqual({ events: 1, links: 1 });
    expect(await findRsvpInvitation(db(), oldLink)).toBeNull();
    // A recent event's links still open (read-only after the start).
    expect(await findRsvpInvitation(db(), recentLink)).not.toBeNull();

    expect(await expireRsvpLinks.handle(ctx(), null)).toEqual({ events: 0, links: 0 });
  });
});
