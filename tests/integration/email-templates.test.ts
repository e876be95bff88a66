// Per-event email templates against a real PostgreSQL: what composeEmail sends, and the save /
// reset use-cases the editor's server actions call (the actions add only the session check).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { eventEmailTemplates, participants, type Event } from "@/lib/db/schema";
import { composeEmail } from "@/lib/email/compose-email";
import { defaultTemplates } from "@/lib/email/templates/defaults";
import { previewEmailTemplate } from "@/lib/email/templates/preview-email-template";
import { resetEmailTemplate } from "@/lib/email/templates/reset-email-template";
import { EVENT_NOT_FOUND, saveEmailTemplate } from "@/lib/email/templates/save-email-template";
import { closeConnections, createEvent, resetDb, uniqueSuffix } from "../helpers/db";
import { createUser } from "../helpers/participants";

beforeEach(resetDb);
afterAll(closeConnections);

async function addParticipant(event: Event, overrides: Partial<typeof participants.$inferInsert> = {}) {
  const [row] = await db()
    .insert(participants)
    .values({ eventId: event.id, firstName: "Ada", lastName: "Lovelace", email: `ada-${uniqueSuffix()}@example.com`, ...overrides })
    .returning();
  return row;
}

async function templatesOf(eventId: string) {
  return db().select().from(eventEmailTemplates).where(eq(eventEmailTemplates.eventId, eventId));
}

const custom = { kind: "approved", subject: "Ticket inside, {{first_name}}", body: "Hello {{full_name}},\n\nGet it here: {{ticket_url}}" };

describe("composing an email from the event's template", () => {
  it("uses the default wording while the event has no template of that kind", async () => {
    const event = await createEvent({ title: "Data Day" });
    const participant = await addParticipant(event);
    const email = await composeEmail(db(), event, participant, "approved", {
      ticket_url: "http://localhost:3000/t/abc",
      ticket_attached: "yes",
    });
    expect(email.subject).toBe("You're confirmed for Data Day");
    expect(email.text).toContain("Your ticket is attached to this email as a PDF.");
    expect(email.text).toContain("You can also download it at any time: http://localhost:3000/t/abc");
  });

  it("uses the event's own wording once saved, for that event and kind only", async () => {
    const organizer = await createUser("organizer");
    const [event, other] = [await createEvent({ title: "Data Day", createdBy: organizer.id }), await createEvent({ title: "Other Day" })];
    expect(await saveEmailTemplate(db(), organizer, event.id, custom)).toMatchObject({ ok: true, isDefault: false });
    const participant = await addParticipant(event, { firstName: "Μαρία", lastName: "Παπαδοπούλου" });

    const email = await composeEmail(db(), event, participant, "approved", {
      ticket_url: "http://localhost:3000/t/abc",
      ticket_attached: "yes",
    });
    expect(email.subject).toBe("Ticket inside, Μαρία");
    // The body as written, then the "Manage my registration" link every participant email ends with.
    expect(email.text).toMatch(
      /^Hello Μαρία Παπαδοπούλου,\n\nGet it here: http:\/\/localhost:3000\/t\/abc\n\n--\nManage my registration: http:\/\/localhost:3000\/rsvp\/[A-Za-z0-9_-]{48}$/,
    );
    expect(email.html).toContain('<a href="http://localhost:3000/t/abc"');

    const registered = await composeEmail(db(), event, participant, "registration_received");
    expect(registered.subject).toBe("We received your registration for Data Day");
    const elsewhere = await composeEmail(db(), other, await addParticipant(other), "approved");
    expect(elsewhere.subject).toBe("You're confirmed for Other Day");
  });

  it("fills the rejection reason from the participant, or leaves its section out when there is none", async () => {
    const event = await createEvent({ title: "Data Day" });
    const withReason = await addParticipant(event, { status: "rejected", rejectionReason: "Fully <booked>" });
    const email = await composeEmail(db(), event, withReason, "rejected");
    expect(email.text).toContain("Reason: Fully <booked>");
    expect(email.html).toContain("Reason: Fully &lt;booked&gt;");
    const given = await composeEmail(db(), event, withReason, "rejected", { reason: "Given with the change" });
    expect(given.text).toContain("Reason: Given with the change");
    const without = await composeEmail(db(), event, await addParticipant(event, { status: "rejected" }), "rejected");
    expect(without.text).not.toContain("Reason");
  });

  it("falls back to the default wording when a stored template no longer passes the checks", async () => {
    const event = await createEvent({ title: "Data Day" });
    await db()
      .insert(eventEmailTemplates)
      .values({ eventId: event.id, kind: "approved", subject: "Hi {{nickname}}", body: "{{nickname}}" });
    const email = await composeEmail(db(), event, await addParticipant(event), "approved");
    expect(email.subject).toBe("You're confirmed for Data Day");
  });
});

describe("saving and resetting a template", () => {
  it("stores the template, then updates the same row on the next save", async () => {
    const organizer = await createUser("organizer");
    const event = await createEvent({ createdBy: organizer.id });
    await saveEmailTemplate(db(), organizer, event.id, custom);
    const [first] = await templatesOf(event.id);
    const result = await saveEmailTemplate(db(), organizer, event.id, {
      ...custom,
      subject: "  Changed {{first_name}}  ",
      body: "Line\r\nnext",
    });
    expect(result).toEqual({
      ok: true,
      isDefault: false,
      language: "en",
      template: { kind: "approved", subject: "Changed {{first_name}}", body: "Line\nnext" },
    });
    const rows = await templatesOf(event.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "approved", subject: "Changed {{first_name}}", body: "Line\nnext" });
    expect(rows[0].updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
  });

  it("writes nothing when a placeholder is unknown, in the wrong case, unclosed or not available, and says which", async () => {
    const organizer = await createUser("organizer");
    const event = await createEvent({ createdBy: organizer.id });
    await saveEmailTemplate(db(), organizer, event.id, custom);
    const result = await saveEmailTemplate(db(), organizer, event.id, {
      kind: "approved",
      subject: "Hi {{First_Name}}",
      body: "{{nickname}} {{reason}} {{venue",
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        subject: ["Unknown placeholder “{{First_Name}}”: did you mean {{first_name}}?"],
        body: [
          "Unknown placeholder “{{nickname}}”. Use one of the placeholders listed beside the editor.",
          "“{{reason}}” has no value in the “Approved (with ticket)” email: use it only where it is listed.",
          "“{{venue” is not closed: placeholders end with }}, as in {{venue}}.",
        ],
      },
    });
    const rows = await templatesOf(event.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].subject).toBe(custom.subject);
  });

  it("refuses a 1 MB body and stores nothing", async () => {
    const organizer = await createUser("organizer");
    const event = await createEvent({ createdBy: organizer.id });
    const result = await saveEmailTemplate(db(), organizer, event.id, { ...custom, body: "x".repeat(1024 * 1024) });
    expect(result).toEqual({ ok: false, fieldErrors: { body: ["Body must be at most 20,000 characters; this one has 1,048,576"] } });
    expect(await templatesOf(event.id)).toHaveLength(0);
  });

  it("says why in the organizer's language", async () => {
    const organizer = await createUser("organizer");
    const event = await createEvent({ createdBy: organizer.id });
    const save = (overrides: Record<string, string>) => saveEmailTemplate(db(), organizer, event.id, { ...custom, ...overrides }, "el");
    expect(await save({ subject: "Hi {{First_Name}}" })).toEqual({
      ok: false,
      fieldErrors: { subject: ["Άγνωστη μεταβλητή «{{First_Name}}»: μήπως εννοείτε {{first_name}};"] },
    });
    expect(await save({ body: "x".repeat(1024 * 1024) })).toEqual({
      ok: false,
      fieldErrors: { body: ["Το κείμενο μπορεί να έχει έως 20.000 χαρακτήρες· αυτό έχει 1.048.576"] },
    });
    expect(await templatesOf(event.id)).toHaveLength(0);
  });

  it("keeps no row for wording identical to the default", async () => {
    const organizer = await createUser("organizer");
    const event = await createEvent({ createdBy: organizer.id });
    await saveEmailTemplate(db(), organizer, event.id, custom);
    const result = await saveEmailTemplate(db(), organizer, event.id, { kind: "approved", ...defaultTemplates.approved });
    expect(result).toMatchObject({ ok: true, isDefault: true });
    expect(await templatesOf(event.id)).toHaveLength(0);
  });

  it("deletes the event's template of that kind on reset, leaving its other kinds", async () => {
    const organizer = await createUser("organizer");
    const event = await createEvent({ createdBy: organizer.id });
    await saveEmailTemplate(db(), organizer, event.id, custom);
    await saveEmailTemplate(db(), organizer, event.id, { kind: "rejected", subject: "Sorry", body: "{{#reason}}{{reason}}{{/reason}}" });
    expect(await resetEmailTemplate(db(), organizer, event.id, "approved")).toEqual({ ok: true, language: "en" });
    expect((await templatesOf(event.id)).map((r) => r.kind)).toEqual(["rejected"]);
    // Resetting what is already the default is not an error.
    expect(await resetEmailTemplate(db(), organizer, event.id, "approved")).toEqual({ ok: true, language: "en" });
  });

  it("refuses to save or reset another organizer's event, as if it did not exist", async () => {
    const [author, other, owner] = [await createUser("organizer"), await createUser("organizer"), await createUser("owner")];
    const event = await createEvent({ createdBy: author.id });
    await saveEmailTemplate(db(), author, event.id, custom);

    expect(await saveEmailTemplate(db(), other, event.id, { ...custom, subject: "Hijacked" })).toEqual({
      ok: false,
      error: EVENT_NOT_FOUND,
    });
    expect(await resetEmailTemplate(db(), other, event.id, "approved")).toEqual({ ok: false, error: EVENT_NOT_FOUND });
    expect((await templatesOf(event.id)).map((r) => r.subject)).toEqual([custom.subject]);

    // The owner may edit every event.
    expect(await saveEmailTemplate(db(), owner, event.id, { ...custom, subject: "Fixed by the owner" })).toMatchObject({ ok: true });
    expect((await templatesOf(event.id)).map((r) => r.subject)).toEqual(["Fixed by the owner"]);
  });
});

describe("previewing a template", () => {
  it("renders for the sample participant with the event's own values and stores nothing", async () => {
    const event = await createEvent({ title: "Εργαστήριο <Δεδομένων>", venue: "Τεχνόπολη" });
    const preview = await previewEmailTemplate(event, "approved", { subject: "For {{full_name}}", body: "At {{venue}}: {{ticket_url}}" });
    expect(preview).toMatchObject({
      ok: true,
      email: {
        subject: "For Μαρία Παπαδοπούλου",
        text: "At Τεχνόπολη: http://localhost:3000/t/sample-ticket\n\n--\nManage my registration: http://localhost:3000/rsvp/sample-link",
      },
    });
    if (preview.ok) expect(preview.email.html).toContain("Εργαστήριο &lt;Δεδομένων&gt;");
    expect(await templatesOf(event.id)).toHaveLength(0);
  });

  it("answers with the problems instead of a rendering", async () => {
    const event = await createEvent();
    expect(await previewEmailTemplate(event, "rejected", { subject: "Hi", body: "{{ticket_url}}" })).toEqual({
      ok: false,
      problems: {
        subject: [],
        body: [
          {
            text: "{{ticket_url}}",
            message: "“{{ticket_url}}” has no value in the “Rejected” email: use it only where it is listed.",
            code: "notAvailable",
            values: { text: "{{ticket_url}}", kind: "rejected" },
          },
        ],
      },
    });
  });
});
