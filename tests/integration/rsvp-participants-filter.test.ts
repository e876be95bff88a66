// The participants table's RSVP column and filters (answered attending / declined / not answered),
// and the filter travelling with "all matching" actions, which then act on exactly what is shown.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listParticipants } from "@/lib/db/queries/participants";
import { operationItems } from "@/lib/db/schema";
import { approveParticipants } from "@/lib/participants/approve-participants";
import { startRsvpSend } from "@/lib/rsvp/start-rsvp-send";
import { parseParticipantList, participantListHref } from "@/lib/validation/participant-list";
import { statusChangeFromForm, statusChangeSchema } from "@/lib/validation/participant-status";
import { rsvpBulkFromForm, rsvpBulkSchema } from "@/lib/validation/rsvp";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { addParticipants, createUser, statusOf } from "../helpers/participants";

beforeEach(resetDb);
afterAll(closeConnections);

const answeredAt = new Date("2026-05-04T08:30:00Z");

async function seed() {
  const event = await createEvent();
  const people = await addParticipants(event.id, [
    { firstName: "Ada", lastName: "Lovelace", status: "approved", rsvpAnswer: "attending", rsvpAnsweredAt: answeredAt },
    { firstName: "Grace", lastName: "Hopper", status: "approved", rsvpAnswer: "declined", rsvpAnsweredAt: answeredAt },
    { firstName: "Alan", lastName: "Turing", status: "approved" },
    { firstName: "Barbara", lastName: "Liskov", status: "rejected" },
  ]);
  return { event, people };
}

const list = (eventId: string, query: Record<string, string> = {}) => listParticipants(db(), eventId, parseParticipantList(query));
const names = (r: Awaited<ReturnType<typeof list>>) => r.rows.map((p) => p.firstName).sort();

function form(fields: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of fields) f.append(k, v);
  return f;
}

describe("the RSVP filter", () => {
  it("lists those who answered attending, declined, or have not answered, with the answer and its time", async () => {
    const { event } = await seed();
    const attending = await list(event.id, { rsvp: "attending" });
    expect(names(attending)).toEqual(["Ada"]);
    expect(attending.rows[0]).toMatchObject({ rsvpAnswer: "attending", rsvpAnsweredAt: answeredAt });
    expect(names(await list(event.id, { rsvp: "declined" }))).toEqual(["Grace"]);
    expect(names(await list(event.id, { rsvp: "none" }))).toEqual(["Alan", "Barbara"]);
    expect(names(await list(event.id, { rsvp: "none", status: "approved" }))).toEqual(["Alan"]);
    expect((await list(event.id)).total).toBe(4);
  });

  it("ignores an unknown value in the URL and keeps a known one in links", () => {
    expect(parseParticipantList({ rsvp: "maybe" }).rsvp).toBeUndefined();
    expect(parseParticipantList({ rsvp: "declined" }).rsvp).toBe("declined");
    expect(participantListHref("e1", { rsvp: "none", status: "approved" })).toBe("/events/e1/participants?status=approved&rsvp=none");
  });

  it("travels with 'approve all matching': only the participants shown are approved", async () => {
    const event = await createEvent();
    const owner = await createUser("owner");
    const [ada, grace] = await addParticipants(event.id, [
      { firstName: "Ada", lastName: "Lovelace", status: "rejected", rsvpAnswer: "declined", rsvpAnsweredAt: answeredAt },
      { firstName: "Grace", lastName: "Hopper", status: "rejected" },
    ]);
    const parsed = statusChangeSchema.parse(
      statusChangeFromForm(
        form([
          ["scope", "filter"],
          ["change", "approve"],
          ["status", "rejected"],
          ["rsvp", "declined"],
        ]),
      ),
    );
    if (parsed.scope !== "filter") throw new Error("expected a filter");
    expect(parsed.filter.rsvp).toBe("declined");
    expect(await approveParticipants(db(), owner, event.id, { filter: parsed.filter })).toMatchObject({ ok: true, changed: 1 });
    expect((await statusOf(ada.id)).status).toBe("approved");
    expect((await statusOf(grace.id)).status).toBe("rejected");
  });

  it("travels with 'send RSVP email to all matching': only those shown are asked", async () => {
    const { event, people } = await seed();
    const owner = await createUser("owner");
    const parsed = rsvpBulkSchema.parse(
      rsvpBulkFromForm(
        form([
          ["scope", "filter"],
          ["rsvp", "none"],
          ["requestId", randomUUID()],
        ]),
      ),
    );
    if (parsed.scope !== "filter") throw new Error("expected a filter");
    const result = await startRsvpSend(db(), owner, event.id, { filter: parsed.filter }, parsed.requestId);
    // Alan and Barbara have not answered; only Alan is approved.
    expect(result).toMatchObject({ ok: true, total: 1, leftOut: 1 });
    if (!result.ok) return;
    const items = await db().select().from(operationItems).where(eq(operationItems.operationId, result.operationId));
    expect(items.map((i) => i.participantId)).toEqual([people[2].id]);
  });
});
