// The participants table's query: search, filters, sorting and paging, always within one event.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listParticipants } from "@/lib/db/queries/participants";
import { parseParticipantList, participantListHref } from "@/lib/validation/participant-list";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { addManyParticipants, addParticipants } from "../helpers/participants";

beforeEach(resetDb);
afterAll(closeConnections);

const HOUR = 3600_000;
const base = Date.now() - 100 * HOUR;

async function seed() {
  const event = await createEvent();
  const other = await createEvent();
  await addParticipants(event.id, [
    {
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@engines.example",
      organisation: "Analytical Engines",
      status: "approved",
      source: "form",
      createdAt: new Date(base + 1 * HOUR),
    },
    {
      firstName: "Grace",
      lastName: "Hopper",
      email: "grace@navy.example",
      organisation: "US Navy",
      status: "pending",
      source: "csv",
      createdAt: new Date(base + 2 * HOUR),
    },
    {
      firstName: "Ελένη",
      lastName: "Παπαδοπούλου",
      email: "eleni@example.gr",
      organisation: "Πανεπιστήμιο Αθηνών",
      status: "pending",
      source: "dashboard",
      createdAt: new Date(base + 3 * HOUR),
    },
    {
      firstName: "Alan",
      lastName: "Turing",
      email: "alan@bletchley.example",
      organisation: null,
      status: "rejected",
      source: "form",
      createdAt: new Date(base + 4 * HOUR),
    },
    {
      firstName: "Kurt",
      lastName: "Gödel",
      email: "KURT@vienna.example",
      organisation: "100% Logic_Lab",
      status: "cancelled",
      source: "form",
      createdAt: new Date(base + 5 * HOUR),
    },
  ]);
  // Same names in another event: never listed here.
  await addParticipants(other.id, [{ firstName: "Ada", lastName: "Lovelace", email: "ada@engines.example", status: "pending" }]);
  return event;
}

const list = (eventId: string, query: Record<string, string> = {}) => listParticipants(db(), eventId, parseParticipantList(query));
const names = (r: Awaited<ReturnType<typeof list>>) => r.rows.map((p) => p.firstName);

describe("listing participants", () => {
  it("shows the event's participants newest first by default, with counts by status", async () => {
    const event = await seed();
    const result = await list(event.id);
    expect(names(result)).toEqual(["Kurt", "Alan", "Ελένη", "Grace", "Ada"]);
    expect(result.total).toBe(5);
    expect(result.statusCounts).toEqual({ pending: 2, approved: 1, rejected: 1, cancelled: 1, waitlisted: 0, offered: 0 });
  });

  it("filters by status and by source, and by both", async () => {
    const event = await seed();
    expect(names(await list(event.id, { status: "pending" }))).toEqual(["Ελένη", "Grace"]);
    expect(names(await list(event.id, { status: "cancelled" }))).toEqual(["Kurt"]);
    expect(names(await list(event.id, { source: "form" }))).toEqual(["Kurt", "Alan", "Ada"]);
    expect(names(await list(event.id, { source: "csv" }))).toEqual(["Grace"]);
    expect(names(await list(event.id, { status: "pending", source: "dashboard" }))).toEqual(["Ελένη"]);
    expect((await list(event.id, { status: "approved", source: "csv" })).total).toBe(0);
  });

  it("searches name, email and organisation, whatever the case, Greek included", async () => {
    const event = await seed();
    expect(names(await list(event.id, { q: "lovelace" }))).toEqual(["Ada"]);
    expect(names(await list(event.id, { q: "NAVY.example" }))).toEqual(["Grace"]);
    expect(names(await list(event.id, { q: "kurt@vienna" }))).toEqual(["Kurt"]);
    expect(names(await list(event.id, { q: "engines" }))).toEqual(["Ada"]);
    expect(names(await list(event.id, { q: "ΠΑΠΑΔΟΠΟΎΛΟΥ" }))).toEqual(["Ελένη"]);
    expect(names(await list(event.id, { q: "αθηνών" }))).toEqual(["Ελένη"]);
    expect(names(await list(event.id, { q: "ada lovelace" }))).toEqual(["Ada"]);
    expect(names(await list(event.id, { q: "  grace  " }))).toEqual(["Grace"]);
  });

  it("treats % and _ in the search as the characters themselves", async () => {
    const event = await seed();
    expect(names(await list(event.id, { q: "%" }))).toEqual(["Kurt"]);
    expect(names(await list(event.id, { q: "100%" }))).toEqual(["Kurt"]);
    expect(names(await list(event.id, { q: "100%lab" }))).toEqual([]);
    expect(names(await list(event.id, { q: "100_" }))).toEqual([]);
    expect(names(await list(event.id, { q: "logic_lab" }))).toEqual(["Kurt"]);
    expect(names(await list(event.id, { q: "_" }))).toEqual(["Kurt"]);
    expect(names(await list(event.id, { q: "\\" }))).toEqual([]);
  });

  it("combines the search with the filters", async () => {
    const event = await seed();
    expect(names(await list(event.id, { q: "example", status: "pending", source: "csv" }))).toEqual(["Grace"]);
  });

  it("sorts by each column in both directions", async () => {
    const event = await seed();
    // By last name: Gödel, Hopper, Lovelace, Turing, Παπαδοπούλου.
    expect(names(await list(event.id, { sort: "name" }))).toEqual(["Kurt", "Grace", "Ada", "Alan", "Ελένη"]);
    expect(names(await list(event.id, { sort: "name", dir: "desc" }))).toEqual(["Ελένη", "Alan", "Ada", "Grace", "Kurt"]);
    expect(names(await list(event.id, { sort: "email" }))).toEqual(["Ada", "Alan", "Ελένη", "Grace", "Kurt"]);
    expect(names(await list(event.id, { sort: "email", dir: "desc" }))).toEqual(["Kurt", "Grace", "Ελένη", "Alan", "Ada"]);
    // Without an organisation last, in both directions.
    expect(names(await list(event.id, { sort: "organisation" }))).toEqual(["Kurt", "Ada", "Grace", "Ελένη", "Alan"]);
    expect(names(await list(event.id, { sort: "organisation", dir: "desc" }))).toEqual(["Ελένη", "Grace", "Ada", "Kurt", "Alan"]);
    // Pending first (newest first within a status), then approved, rejected, cancelled.
    expect(names(await list(event.id, { sort: "status" }))).toEqual(["Ελένη", "Grace", "Ada", "Alan", "Kurt"]);
    expect(names(await list(event.id, { sort: "status", dir: "desc" }))).toEqual(["Kurt", "Alan", "Ada", "Ελένη", "Grace"]);
    expect(names(await list(event.id, { sort: "registered", dir: "asc" }))).toEqual(["Ada", "Grace", "Ελένη", "Alan", "Kurt"]);
  });

  it("pages 50 at a time without repeating or skipping anyone", async () => {
    const event = await createEvent();
    await addManyParticipants(event.id, 120);
    const seen: string[] = [];
    for (const page of ["1", "2", "3"]) {
      const result = await list(event.id, { sort: "name", page });
      expect(result.pageCount).toBe(3);
      seen.push(...result.rows.map((r) => r.lastName));
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen[0]).toBe("00001");
    expect(seen[50]).toBe("00051");
    expect(seen[119]).toBe("00120");
    expect((await list(event.id, { page: "4" })).rows).toEqual([]);
  });

  it("gives waitlisted and offered participants their place in the queue, by joining time, over the whole event", async () => {
    const event = await createEvent();
    const other = await createEvent();
    const at = (h: number) => new Date(base + h * HOUR);
    await addParticipants(event.id, [
      { firstName: "Seated", lastName: "A", status: "approved", createdAt: at(1) },
      // Registered last, joined the waitlist first (e.g. moved there by hand): first in line.
      { firstName: "Offered", lastName: "B", status: "offered", waitlistedAt: at(2), offerExpiresAt: at(200), createdAt: at(9) },
      { firstName: "Later", lastName: "C", status: "waitlisted", waitlistedAt: at(5), createdAt: at(3) },
      { firstName: "Sooner", lastName: "D", status: "waitlisted", waitlistedAt: at(4), createdAt: at(4) },
      { firstName: "Left", lastName: "E", status: "cancelled", waitlistedAt: at(1), createdAt: at(5) },
    ]);
    // Another event's waitlist does not count ahead of anyone here.
    await addParticipants(other.id, [
      { firstName: "Elsewhere", lastName: "F", status: "waitlisted", waitlistedAt: at(0), createdAt: at(0) },
    ]);

    const positions = (rows: { firstName: string; waitlistPosition: number | null }[]) =>
      Object.fromEntries(rows.map((r) => [r.firstName, r.waitlistPosition]));
    expect(positions((await list(event.id)).rows)).toEqual({ Seated: null, Offered: 1, Later: 3, Sooner: 2, Left: null });
    // Filtering to the waitlisted keeps the event-wide positions (the offered one is still ahead).
    expect(positions((await list(event.id, { status: "waitlisted" })).rows)).toEqual({ Later: 3, Sooner: 2 });
    expect(positions((await list(other.id)).rows)).toEqual({ Elsewhere: 1 });
  });

  it("falls back to defaults for parameters that do not parse", () => {
    expect(parseParticipantList({ q: "x".repeat(500), status: "maybe", source: "fax", sort: "id; drop", dir: "up", page: "-3" })).toEqual({
      q: undefined,
      status: undefined,
      source: undefined,
      sort: "registered",
      dir: "desc",
      page: 1,
    });
    expect(parseParticipantList({ q: ["ada", "grace"], status: "approved", sort: "name", page: "2.5" })).toMatchObject({
      q: "ada",
      status: "approved",
      sort: "name",
      dir: "asc",
      page: 1,
    });
  });

  it("writes the table's state into a short URL", () => {
    const id = "6f1c2a4e-0000-4000-8000-000000000000";
    expect(participantListHref(id, parseParticipantList({}))).toBe(`/events/${id}/participants`);
    expect(participantListHref(id, parseParticipantList({ q: "ada & co", status: "pending", sort: "name", dir: "desc", page: "3" }))).toBe(
      `/events/${id}/participants?q=ada+%26+co&status=pending&sort=name&dir=desc&page=3`,
    );
  });
});
