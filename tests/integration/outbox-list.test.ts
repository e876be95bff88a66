// The outbox list: keyset pages walk every message exactly once in both directions (rows created in
// the same microsecond included), filters by event, kind, status, delivery report and recipient, the
// search, the count cap, and an organizer seeing only their events' emails.
import { sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listMessagesForUser } from "@/lib/db/queries/messages";
import { parseOutboxParams } from "@/lib/validation/outbox";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { createUser } from "../helpers/participants";

beforeEach(resetDb);
afterAll(closeConnections);

const owner = { id: "owner", role: "owner" as const };

/** n messages for an event; every third shares its created_at with the previous one. */
async function seed(eventId: string | null, n: number, kind = "approved", status = "sent", to = "person") {
  await db().execute(sql`
    insert into messages (key, event_id, kind, from_address, to_address, subject, status, created_at)
    select ${`${kind}-${eventId ?? "none"}-`} || g, ${eventId}, ${kind}, 'e@example.org', ${to} || g || '@example.com',
           'Subject ' || g, ${status}, timestamptz '2026-11-01 10:00:00.123456+00' + (g - g % 3) * interval '1 second'
    from generate_series(1, ${n}) g`);
}

describe("the outbox list", () => {
  it("pages through every message once, older and back newer, with ties on created_at", async () => {
    const event = await createEvent();
    await seed(event.id, 125);
    const seen: string[] = [];
    let page = await listMessagesForUser(db(), owner, { pageSize: 50 });
    const firstPage = page.rows.map((r) => r.id);
    seen.push(...firstPage);
    expect(page.newer).toBeUndefined();
    while (page.older) {
      const previous = page;
      page = await listMessagesForUser(db(), owner, { pageSize: 50, before: page.older });
      seen.push(...page.rows.map((r) => r.id));
      // Back one page gives exactly the page we came from.
      const back = await listMessagesForUser(db(), owner, { pageSize: 50, after: page.newer });
      expect(back.rows.map((r) => r.id)).toEqual(previous.rows.map((r) => r.id));
    }
    expect(seen).toHaveLength(125);
    expect(new Set(seen).size).toBe(125);
    // Newest first throughout.
    const times = (await listMessagesForUser(db(), owner, { pageSize: 200 })).rows.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(page.rows).toHaveLength(25);
    expect(page.older).toBeUndefined();
  });

  it("filters by event, kind, status, delivery report and recipient, and searches", async () => {
    const [a, b] = [await createEvent(), await createEvent()];
    await seed(a.id, 10, "approved", "sent", "ada");
    await seed(b.id, 7, "rsvp_request", "failed", "bob");
    await db().execute(sql`update messages set delivery_status = 'bounced' where to_address = 'ada3@example.com'`);
    const list = async (query: Record<string, string>) =>
      (await listMessagesForUser(db(), owner, { filter: parseOutboxParams(query), pageSize: 100 })).rows;
    expect(await list({ event: a.id })).toHaveLength(10);
    expect(await list({ kind: "rsvp_request" })).toHaveLength(7);
    expect(await list({ status: "failed", event: a.id })).toHaveLength(0);
    expect((await list({ delivery: "bounced" })).map((r) => r.toAddress)).toEqual(["ada3@example.com"]);
    expect((await list({ to: "BOB2@example.com" })).map((r) => r.toAddress)).toEqual(["bob2@example.com"]);
    expect(await list({ q: "subject 1" })).toHaveLength(3); // Subject 1 and Subject 10 (ada), Subject 1 (bob)
    expect(await list({ q: "100%_" })).toHaveLength(0);
    // Malformed values are no filter, never an error.
    expect(await list({ event: "not-a-uuid", kind: "nope", status: "x" })).toHaveLength(17);
    const total = await listMessagesForUser(db(), owner, { filter: parseOutboxParams({ event: a.id }) });
    expect(total).toMatchObject({ total: 10, totalCapped: false });
  });

  it("ignores a forged cursor and shows an organizer only their own events' emails", async () => {
    const organizer = await createUser("organizer");
    const mine = await createEvent({ createdBy: organizer.id });
    const theirs = await createEvent();
    await seed(mine.id, 3);
    await seed(theirs.id, 4, "rejected");
    await seed(null, 2, "password_reset");
    const viewer = { id: organizer.id, role: "organizer" as const };
    const rows = (await listMessagesForUser(db(), viewer, {})).rows;
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.eventId === mine.id)).toBe(true);
    expect((await listMessagesForUser(db(), viewer, { before: "Zm9yZ2Vk" })).rows).toHaveLength(3);
  });
});
