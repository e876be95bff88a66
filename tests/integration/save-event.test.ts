import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { events } from "@/lib/db/schema";
import { saveEvent } from "@/lib/events/save-event";
import { eventSchema } from "@/lib/validation/events";
import { closeConnections, resetDb } from "../helpers/db";
import { createUser } from "../helpers/participants";
import { eventForm } from "../helpers/forms";

beforeEach(resetDb);
afterAll(closeConnections);

const input = (overrides: Record<string, unknown> = {}) => eventSchema.parse(eventForm(overrides));

async function load(eventId: string) {
  const [row] = await db().select().from(events).where(eq(events.id, eventId));
  return row;
}

describe("saving an event", () => {
  it("stores the wall-clock times as instants in the event's time zone", async () => {
    const organizer = await createUser("organizer");
    const result = await saveEvent(
      db(),
      organizer,
      input({ startsAt: "2026-07-01T09:30", endsAt: "2026-07-01T17:00", timeZone: "America/New_York" }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await load(result.eventId);
    expect(row.startsAt.toISOString()).toBe("2026-07-01T13:30:00.000Z");
    expect(row.endsAt.toISOString()).toBe("2026-07-01T21:00:00.000Z");
    expect(row).toMatchObject({ timeZone: "America/New_York", createdBy: organizer.id, capacity: 120, approvalMode: "manual" });
  });

  it("stores the registration check setting, keeps it when a form leaves it out, and refuses unknown values", async () => {
    const organizer = await createUser("organizer");
    const result = await saveEvent(db(), organizer, input({ registrationChallenge: "always" }));
    if (!result.ok) throw new Error("not saved");
    expect((await load(result.eventId)).registrationChallenge).toBe("always");
    expect((await saveEvent(db(), organizer, input({ title: "Renamed" }), result.eventId)).ok).toBe(true);
    expect(await load(result.eventId)).toMatchObject({ title: "Renamed", registrationChallenge: "always" });
    expect((await saveEvent(db(), organizer, input({ registrationChallenge: "automatic" }), result.eventId)).ok).toBe(true);
    expect((await load(result.eventId)).registrationChallenge).toBe("automatic");
    const bad = eventSchema.safeParse(eventForm({ registrationChallenge: "sometimes" }));
    expect(bad.success).toBe(false);
  });

  it("reports a slug another event uses as a field error", async () => {
    const organizer = await createUser("organizer");
    expect((await saveEvent(db(), organizer, input({ slug: "data-day" }))).ok).toBe(true);
    expect(await saveEvent(db(), organizer, input({ slug: "data-day" }))).toEqual({
      ok: false,
      fieldErrors: { slug: "Another event already uses this URL slug" },
    });
  });

  it("lets the organizer who created an event edit it", async () => {
    const organizer = await createUser("organizer");
    const created = await saveEvent(db(), organizer, input());
    if (!created.ok) throw new Error("not created");
    const edited = await saveEvent(db(), organizer, input({ title: "Renamed", capacity: "" }), created.eventId);
    expect(edited).toEqual({ ok: true, eventId: created.eventId });
    expect(await load(created.eventId)).toMatchObject({ title: "Renamed", capacity: null });
  });

  it("refuses an edit by another organizer as if the event did not exist", async () => {
    const [author, other] = [await createUser("organizer"), await createUser("organizer")];
    const created = await saveEvent(db(), author, input({ title: "Original" }));
    if (!created.ok) throw new Error("not created");
    expect(await saveEvent(db(), other, input({ title: "Hijacked" }), created.eventId)).toEqual({
      ok: false,
      fieldErrors: { _form: "This event does not exist or you cannot edit it." },
    });
    expect((await load(created.eventId)).title).toBe("Original");
  });

  it("lets the owner edit any organizer's event", async () => {
    const [author, owner] = [await createUser("organizer"), await createUser("owner")];
    const created = await saveEvent(db(), author, input());
    if (!created.ok) throw new Error("not created");
    expect((await saveEvent(db(), owner, input({ title: "Fixed by owner" }), created.eventId)).ok).toBe(true);
    expect((await load(created.eventId)).title).toBe("Fixed by owner");
  });

  it("stores the organizer's name and contact, keeps them when a form leaves them out, and clears them when emptied", async () => {
    const organizer = await createUser("organizer");
    const contact = {
      organizerName: "  Hellenic Data Society ",
      organizerEmail: "Info@Example.org",
      organizerPhone: "+30 210 123 4567",
      organizerUrl: "https://example.org/about",
    };
    const created = await saveEvent(db(), organizer, input(contact));
    if (!created.ok) throw new Error("not created");
    expect(await load(created.eventId)).toMatchObject({
      organizerName: "Hellenic Data Society",
      organizerEmail: "info@example.org",
      organizerPhone: "+30 210 123 4567",
      organizerUrl: "https://example.org/about",
    });
    expect((await saveEvent(db(), organizer, input({ title: "Renamed" }), created.eventId)).ok).toBe(true);
    expect((await load(created.eventId)).organizerName).toBe("Hellenic Data Society");
    const cleared = { organizerName: "", organizerEmail: "", organizerPhone: "", organizerUrl: "" };
    expect((await saveEvent(db(), organizer, input(cleared), created.eventId)).ok).toBe(true);
    expect(await load(created.eventId)).toMatchObject(cleared);
  });

  it("refuses a javascript: (or any non-http) website, a bad email and a bad phone as field errors", async () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(document.cookie)",
      "data:text/html,<b>x</b>",
      "ftp://example.org",
      "example.org",
    ]) {
      const parsed = eventSchema.safeParse(eventForm({ organizerUrl: url }));
      expect(parsed.success, url).toBe(false);
      if (!parsed.success)
        expect(parsed.error.issues[0]).toMatchObject({
          path: ["organizerUrl"],
          message: "Enter a web address starting with http:// or https://",
        });
    }
    expect(eventSchema.safeParse(eventForm({ organizerUrl: "http://example.org" })).success).toBe(true);
    expect(eventSchema.safeParse(eventForm({ organizerEmail: "not an email" })).success).toBe(false);
    expect(eventSchema.safeParse(eventForm({ organizerPhone: "call me <b>now</b>" })).success).toBe(false);
    // The database refuses one too, whatever wrote it.
    const organizer = await createUser("organizer");
    const created = await saveEvent(db(), organizer, input());
    if (!created.ok) throw new Error("not created");
    await expect(db().update(events).set({ organizerUrl: "javascript:alert(1)" }).where(eq(events.id, created.eventId))).rejects.toThrow();
  });
});
