// The check-in route handlers, called as Next.js calls them, with real sessions: who may use them on
// which event, what bad bodies get, and a garbage flood from one device.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as counters from "@/app/api/events/[eventId]/check-in/counters/route";
import * as manual from "@/app/api/events/[eventId]/check-in/manual/route";
import * as scan from "@/app/api/events/[eventId]/check-in/scan/route";
import * as search from "@/app/api/events/[eventId]/check-in/search/route";
import * as undo from "@/app/api/events/[eventId]/check-in/undo/route";
import { createTicketHolder, giveEvent, signedInAccount } from "../helpers/check-in";
import { closeConnections, createEvent, resetDb } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

type Caller = { cookie?: string; device?: string };
const ctx = (eventId: string) => ({ params: Promise.resolve({ eventId }) });

function post(path: string, body: unknown, who: Caller, raw?: string, origin?: string) {
  return new Request(`http://localhost:3000${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(who.cookie ? { cookie: who.cookie } : {}),
      ...(origin ? { origin } : {}),
      "x-device-id": who.device ?? "device-0001",
    },
    body: raw ?? JSON.stringify(body),
  });
}

function get(path: string, who: Caller) {
  return new Request(`http://localhost:3000${path}`, {
    headers: { ...(who.cookie ? { cookie: who.cookie } : {}), "x-device-id": who.device ?? "device-0001" },
  });
}

const scanCode = (eventId: string, code: string, who: Caller, clientScanId = randomUUID()) =>
  scan.POST(post(`/api/events/${eventId}/check-in/scan`, { code, clientScanId }, who), ctx(eventId));

/** Every route once, with a valid body: the statuses say who got through. */
async function statuses(eventId: string, who: Caller, participantId: string) {
  return {
    scan: (await scanCode(eventId, "not a code", who)).status,
    manual: (await manual.POST(post("/m", { participantId, clientScanId: randomUUID() }, who), ctx(eventId))).status,
    undo: (await undo.POST(post("/u", { participantId }, who), ctx(eventId))).status,
    search: (await search.GET(get("/s?q=ada", who), ctx(eventId))).status,
    counters: (await counters.GET(get("/c", who), ctx(eventId))).status,
  };
}

const all = (status: number) => ({ scan: status, manual: status, undo: status, search: status, counters: status });

describe("who may use the check-in routes", () => {
  it("anonymous requests get 401 from every route and nothing is checked in", async () => {
    const event = await createEvent();
    const ada = await createTicketHolder(event.id);
    expect(await statuses(event.id, {}, ada.id)).toEqual(all(401));
    expect(await statuses(event.id, { cookie: "better-auth.session_token=forged.value" }, ada.id)).toEqual(all(401));
  });

  it("door staff reach the check-in of the events they were given, and get 404 on any other event", async () => {
    const [mine, other] = [await createEvent(), await createEvent()];
    const door = await signedInAccount("door_staff", "Dora Door");
    await giveEvent(door.id, mine.id);
    const ada = await createTicketHolder(mine.id);
    const stranger = await createTicketHolder(other.id);

    const res = await scanCode(mine.id, ada.code, door);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outcome: "admitted", staffName: "Dora Door" });
    // (manual checks the participant in, undo takes it back)
    expect(await statuses(mine.id, door, (await createTicketHolder(mine.id)).id)).toEqual(all(200));
    expect(await statuses(other.id, door, stranger.id)).toEqual(all(404));
    expect(await statuses("not-a-uuid", door, stranger.id)).toEqual(all(404));
  });

  it("an organizer reaches events they created or were given; another organizer's event is 404; the owner reaches all", async () => {
    const organizer = await signedInAccount("organizer", "Oscar Organizer");
    const owner = await signedInAccount("owner", "Olga Owner");
    const created = await createEvent({ createdBy: organizer.id });
    const given = await createEvent();
    const foreign = await createEvent();
    await giveEvent(organizer.id, given.id);
    for (const event of [created, given]) {
      const p = await createTicketHolder(event.id);
      expect(await (await scanCode(event.id, p.code, organizer)).json()).toMatchObject({
        outcome: "admitted",
        staffName: "Oscar Organizer",
      });
    }
    expect(await statuses(foreign.id, organizer, (await createTicketHolder(foreign.id)).id)).toEqual(all(404));
    const p = await createTicketHolder(foreign.id);
    expect(await (await scanCode(foreign.id, p.code, owner)).json()).toMatchObject({ outcome: "admitted" });
  });
});

describe("the rules the proxy applies elsewhere (these routes skip it)", () => {
  it("a cross-site POST to any door route is refused with 403 and checks nobody in; a same-site one passes", async () => {
    const event = await createEvent();
    const door = await signedInAccount("door_staff");
    await giveEvent(door.id, event.id);
    const ada = await createTicketHolder(event.id);
    const evil = "https://evil.example";
    const scanned = await scan.POST(
      post(`/api/events/${event.id}/check-in/scan`, { code: ada.code, clientScanId: randomUUID() }, door, undefined, evil),
      ctx(event.id),
    );
    const manualAnswer = await manual.POST(
      post("/m", { participantId: ada.id, clientScanId: randomUUID() }, door, undefined, evil),
      ctx(event.id),
    );
    const undone = await undo.POST(post("/u", { participantId: ada.id }, door, undefined, evil), ctx(event.id));
    expect([scanned.status, manualAnswer.status, undone.status]).toEqual([403, 403, 403]);
    expect((await scanned.json()).error).toMatch(/this site's own pages/);
    expect(await (await counters.GET(get("/c", door), ctx(event.id))).json()).toEqual({ checkedIn: 0, approved: 1 });

    const same = await scan.POST(
      post(
        `/api/events/${event.id}/check-in/scan`,
        { code: ada.code, clientScanId: randomUUID() },
        door,
        undefined,
        "http://localhost:3000",
      ),
      ctx(event.id),
    );
    expect(await same.json()).toMatchObject({ outcome: "admitted" });
  });

  it("a path with an undecodable %-escape is a 400 on the GET routes too", async () => {
    const event = await createEvent();
    const owner = await signedInAccount("owner");
    expect((await search.GET(get(`/api/events/${event.id}/check-in/search%E0%A4%A?q=ada`, owner), ctx(event.id))).status).toBe(400);
    expect((await counters.GET(get(`/api/events/${event.id}/check-in/counters%zz`, owner), ctx(event.id))).status).toBe(400);
  });

  it("answers are neither stored nor compressed, and carry HSTS when the app is served over https", async () => {
    const event = await createEvent();
    const owner = await signedInAccount("owner");
    const plain = await counters.GET(get("/c", owner), ctx(event.id));
    expect(plain.headers.get("cache-control")).toBe("private, no-store, no-transform");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const before = process.env.APP_URL;
    process.env.APP_URL = "https://door.example";
    try {
      // Refusals too: the 401 of a phone without a session.
      for (const res of [await counters.GET(get("/c", owner), ctx(event.id)), await counters.GET(get("/c", {}), ctx(event.id))]) {
        expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
        expect(res.headers.get("cache-control")).toContain("no-transform");
      }
    } finally {
      if (before === undefined) delete process.env.APP_URL;
      else process.env.APP_URL = before;
    }
  });
});

describe("requests", () => {
  it("manual check-in, search, undo and counters work together", async () => {
    const event = await createEvent();
    const door = await signedInAccount("door_staff");
    await giveEvent(door.id, event.id);
    const ada = await createTicketHolder(event.id, { firstName: "Ada", lastName: "Lovelace" });
    await createTicketHolder(event.id, { firstName: "Grace", lastName: "Hopper" });
    const grace = await createTicketHolder(event.id, { firstName: "Grace", lastName: "Kelly" });

    const found = await (await search.GET(get("/s?q=lovel", door), ctx(event.id))).json();
    expect(found.participants).toEqual([
      expect.objectContaining({ id: ada.id, name: "Ada Lovelace", status: "approved", checkedInAt: null }),
    ]);
    // Each answer carries the counters after it, as the counters route then reports them.
    const checked = await manual.POST(post("/m", { participantId: ada.id, clientScanId: randomUUID() }, door), ctx(event.id));
    expect(await checked.json()).toMatchObject({ outcome: "admitted", counters: { checkedIn: 1, approved: 3 } });
    expect(await (await counters.GET(get("/c", door), ctx(event.id))).json()).toEqual({ checkedIn: 1, approved: 3 });
    const undone = await undo.POST(post("/u", { participantId: ada.id }, door), ctx(event.id));
    expect(undone.status).toBe(200);
    expect(await undone.json()).toMatchObject({ ok: true, counters: { checkedIn: 0, approved: 3 } });
    expect(await (await counters.GET(get("/c", door), ctx(event.id))).json()).toEqual({ checkedIn: 0, approved: 3 });
    expect(await (await scanCode(event.id, grace.code, door)).json()).toMatchObject({
      outcome: "admitted",
      counters: { checkedIn: 1, approved: 3 },
    });
    // A repeat and a code that is no ticket carry them too (the page shows them instead of asking).
    expect(await (await scanCode(event.id, grace.code, door)).json()).toMatchObject({ outcome: "already", counters: { checkedIn: 1 } });
    expect(await (await scanCode(event.id, "not a code", door)).json()).toMatchObject({ outcome: "invalid", counters: { checkedIn: 1 } });
    // A participant id from another event is not found.
    const other = await createTicketHolder((await createEvent()).id);
    expect((await manual.POST(post("/m", { participantId: other.id, clientScanId: randomUUID() }, door), ctx(event.id))).status).toBe(404);
  });

  it("refuses oversized, non-JSON and malformed bodies with 413/400 before checking anyone in", async () => {
    const event = await createEvent();
    const owner = await signedInAccount("owner");
    const ada = await createTicketHolder(event.id);
    const path = `/api/events/${event.id}/check-in/scan`;
    const big = await scan.POST(
      post(path, null, owner, JSON.stringify({ code: ada.code, clientScanId: randomUUID(), pad: "x".repeat(5000) })),
      ctx(event.id),
    );
    expect(big.status).toBe(413);
    expect((await scan.POST(post(path, null, owner, "{not json"), ctx(event.id))).status).toBe(400);
    const badId = await scan.POST(post(path, { code: ada.code, clientScanId: "x" }, owner), ctx(event.id));
    expect(badId.status).toBe(400);
    expect((await badId.json()).error).toMatch(/clientScanId/);
    expect((await scan.POST(post(path, { code: 42, clientScanId: randomUUID() }, owner), ctx(event.id))).status).toBe(400);
    expect((await counters.GET(get("/c", owner), ctx(event.id))).status).toBe(200);
    expect(await (await counters.GET(get("/c", owner), ctx(event.id))).json()).toEqual({ checkedIn: 0, approved: 1 });
  });

  it("a device sending 1,000 garbage scans is refused with 429 after its budget, while other devices keep scanning", async () => {
    const event = await createEvent();
    const flooder = await signedInAccount("door_staff", "Flood");
    const colleague = await signedInAccount("door_staff", "Colleague");
    await giveEvent(flooder.id, event.id);
    await giveEvent(colleague.id, event.id);
    const tickets = await Promise.all(Array.from({ length: 3 }, () => createTicketHolder(event.id)));

    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => scanCode(event.id, `garbage-${i}`, { cookie: flooder.cookie, device: "flooding-device" })),
    );
    const elapsed = performance.now() - started;
    const byStatus: Record<number, number> = {};
    for (const r of answers) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    // The device's budget (200 per 10 s window, shared through PostgreSQL) got an answer; the rest were refused.
    expect(byStatus[200]).toBe(200);
    expect(byStatus[429]).toBe(800);
    expect(Number(answers.find((r) => r.status === 429)!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // Refusals are held for a second, so a device that waits for its answers is slowed down.
    expect(elapsed).toBeGreaterThanOrEqual(950);

    // Another phone (its own session), and another device on the flooder's own session, are unaffected.
    expect(await (await scanCode(event.id, tickets[0].code, { cookie: colleague.cookie, device: "colleague-phone" })).json()).toMatchObject(
      { outcome: "admitted" },
    );
    expect(await (await scanCode(event.id, tickets[1].code, { cookie: flooder.cookie, device: "second-phone" })).json()).toMatchObject({
      outcome: "admitted",
    });
    // The flooding device stays limited.
    const more = await Promise.all(
      Array.from({ length: 20 }, () => scanCode(event.id, tickets[2].code, { cookie: flooder.cookie, device: "flooding-device" })),
    );
    expect(more.every((r) => r.status === 429)).toBe(true);
  });

  it("rotating fake session cookies from one address is refused with 429 after a small budget", async () => {
    const event = await createEvent();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const r = await scan.POST(
        new Request(`http://localhost:3000/api/events/${event.id}/check-in/scan`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            cookie: `better-auth.session_token=fake-${i}.signature`,
            "x-device-id": `device-${i}-abcdef`,
            "x-eventdesk-peer-address": "198.51.100.66",
          },
          body: JSON.stringify({ code: "whatever", clientScanId: randomUUID() }),
        }),
        ctx(event.id),
      );
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
  });
});
