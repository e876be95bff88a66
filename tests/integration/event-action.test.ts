// The event-scoped action wrapper against real rows: the event is checked through the user's access
// before the input, refusals come back as { error } (never thrown), and the use-case runs only for
// an event the user may manage. The session lookup itself is requireOrganizer's (e2e covers it).
import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { NO_EVENT, NOT_UNDERSTOOD, perField, runEventAction, type EventActionSpec } from "@/lib/actions/event-action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { setUserLanguage } from "@/lib/db/queries/users";
import { events } from "@/lib/db/schema";
import { setEventAnonymisation } from "@/lib/events/set-event-anonymisation";
import { anonymiseAfterDaysSchema, type PrivacyFormState } from "@/lib/validation/events";
import { statusChangeFromForm, statusChangeSchema } from "@/lib/validation/participant-status";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { createUser } from "../helpers/participants";

beforeEach(resetDb);
afterAll(closeConnections);

// A real use-case behind the wrapper: the Personal data setting.
const privacy: EventActionSpec<{ anonymiseAfterDays: number | null }, PrivacyFormState> = {
  schema: z.object({ anonymiseAfterDays: anonymiseAfterDaysSchema }),
  run: async ({ user, event, input }) => {
    const result = await setEventAnonymisation(db(), user, event.id, input.anonymiseAfterDays);
    return result.ok ? { saved: true } : { error: result.reason };
  },
};

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

async function sessionUser(role: "owner" | "organizer"): Promise<SessionUser> {
  const u = await createUser(role);
  return { id: u.id, name: "Test", email: `${u.id}@example.com`, role };
}

const stored = async (eventId: string) => (await db().select().from(events).where(eq(events.id, eventId)))[0].anonymiseAfterDays;

describe("event-scoped actions", () => {
  it("run the use-case for the organizer's own event", async () => {
    const organizer = await sessionUser("organizer");
    const event = await createEvent({ createdBy: organizer.id });
    expect(await runEventAction(privacy, organizer, event.id, [], form({ anonymiseAfterDays: "30" }))).toEqual({ saved: true });
    expect(await stored(event.id)).toBe(30);
  });

  it("refuse another organizer's event with the one not-found message, writing nothing", async () => {
    const owner = await sessionUser("organizer");
    const stranger = await sessionUser("organizer");
    const event = await createEvent({ createdBy: owner.id });
    expect(await runEventAction(privacy, stranger, event.id, [], form({ anonymiseAfterDays: "30" }))).toEqual({ error: NO_EVENT });
    expect(await stored(event.id)).toBeNull();
  });

  it("let the owner reach every event", async () => {
    const organizer = await sessionUser("organizer");
    const owner = await sessionUser("owner");
    const event = await createEvent({ createdBy: organizer.id });
    expect(await runEventAction(privacy, owner, event.id, [], form({ anonymiseAfterDays: "7" }))).toEqual({ saved: true });
    expect(await stored(event.id)).toBe(7);
  });

  it("answer malformed event ids and bound ids as not found instead of throwing", async () => {
    const organizer = await sessionUser("organizer");
    const event = await createEvent({ createdBy: organizer.id });
    for (const id of ["not-a-uuid", "-".repeat(36), "", 42, undefined]) {
      expect(await runEventAction(privacy, organizer, id, [], form({ anonymiseAfterDays: "1" }))).toEqual({ error: NO_EVENT });
    }
    expect(await runEventAction(privacy, organizer, event.id, [{ id: 1 }], form({ anonymiseAfterDays: "1" }))).toEqual({ error: NO_EVENT });
    expect(await stored(event.id)).toBeNull();
  });

  it("answer input the schema refuses with the shared refusal (a field it does not know: not understood), or the spec's own answer", async () => {
    const organizer = await sessionUser("organizer");
    const event = await createEvent({ createdBy: organizer.id });
    expect(await runEventAction(privacy, organizer, event.id, [], form({ anonymiseAfterDays: "abc" }))).toEqual({ error: NOT_UNDERSTOOD });
    const withFields = { ...privacy, invalid: (e: z.ZodError, raw: Record<string, string>) => perField(e, raw, "Check the fields.") };
    expect(await runEventAction(withFields, organizer, event.id, [], form({ anonymiseAfterDays: "99999" }))).toEqual({
      error: "Check the fields.",
      fieldErrors: { anonymiseAfterDays: "At most 3650 days (10 years)." },
      values: { anonymiseAfterDays: "99999" },
    });
    expect(await stored(event.id)).toBeNull();
  });

  it("check the event before the input: a stranger learns nothing from validation messages", async () => {
    const owner = await sessionUser("organizer");
    const stranger = await sessionUser("organizer");
    const event = await createEvent({ createdBy: owner.id });
    expect(await runEventAction(privacy, stranger, event.id, [], form({ anonymiseAfterDays: "abc" }))).toEqual({ error: NO_EVENT });
  });

  it("refuse a call whose argument is not a form (a crafted server-action request) instead of failing", async () => {
    const owner = await sessionUser("organizer");
    const event = await createEvent({ createdBy: owner.id });
    for (const notAForm of [undefined, null, "text", { anonymiseAfterDays: "30" }]) {
      expect(await runEventAction(privacy, owner, event.id, [], notAForm as unknown as FormData)).toEqual({ error: NOT_UNDERSTOOD });
    }
    expect(await stored(event.id)).toBeNull();
  });

  it("word a refused input they do not word themselves in the user's language", async () => {
    const owner = await sessionUser("organizer");
    const event = await createEvent({ createdBy: owner.id });
    // A real action's input: the participants page's status change, with nobody chosen.
    const statusChange: EventActionSpec<unknown, { error?: string }> = {
      schema: statusChangeSchema,
      read: (f) => statusChangeFromForm(f),
      run: async () => ({}),
    };
    const nobody = form({ scope: "selection", change: "approve" });
    const tooLong = form({ scope: "selection", change: "reject", ids: "6f1c1d7e-8a59-4c1e-9a55-3c1a2b9d0e11", reason: "x".repeat(1001) });
    expect(await runEventAction(statusChange, owner, event.id, [], nobody)).toEqual({ error: "Choose at least one participant" });
    expect(await runEventAction(statusChange, owner, event.id, [], tooLong)).toEqual({ error: "Reason must be at most 1000 characters" });
    await setUserLanguage(db(), owner.id, "el");
    expect(await runEventAction(statusChange, owner, event.id, [], nobody)).toEqual({ error: "Επιλέξτε τουλάχιστον έναν συμμετέχοντα" });
    expect(await runEventAction(statusChange, owner, event.id, [], tooLong)).toEqual({
      error: "Ο λόγος μπορεί να έχει έως 1000 χαρακτήρες",
    });
    expect(await runEventAction(statusChange, owner, event.id, [], form({ scope: "everything" }))).toEqual({
      error: "Το αίτημα δεν έγινε κατανοητό. Φορτώστε ξανά τη σελίδα και δοκιμάστε πάλι.",
    });
  });
});
