// Issue 18: an event's language and a participant's own choice decide the words and the dates of
// their emails, tickets and certificates; an organizer's wording is kept per language.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { loadSettings } from "@/lib/certificates/load-settings";
import { renderCertificatePdf } from "@/lib/certificates/render-certificate";
import { db } from "@/lib/db/client";
import { eventEmailTemplates, participants, type Event } from "@/lib/db/schema";
import { composeEmail } from "@/lib/email/compose-email";
import { defaultTemplatesFor } from "@/lib/email/templates/defaults";
import { resetEmailTemplate } from "@/lib/email/templates/reset-email-template";
import { saveEmailTemplate } from "@/lib/email/templates/save-email-template";
import { renderTicketPdf } from "@/lib/tickets/render-ticket";
import { generateTicketCode } from "@/lib/tickets/ticket-code";
import { closeConnections, createEvent, resetDb, uniqueSuffix } from "../helpers/db";
import { createUser } from "../helpers/participants";
import { pdfText } from "../helpers/tickets";

beforeEach(resetDb);
afterAll(closeConnections);

const march15 = { startsAt: new Date("2027-03-15T08:00:00Z"), endsAt: new Date("2027-03-15T10:00:00Z"), timeZone: "Europe/Athens" };

async function addParticipant(event: Event, overrides: Partial<typeof participants.$inferInsert> = {}) {
  const [row] = await db()
    .insert(participants)
    .values({ eventId: event.id, firstName: "Ελένη", lastName: "Ευδοκίου", email: `eleni-${uniqueSuffix()}@example.com`, ...overrides })
    .returning();
  return row;
}

describe("emails in the participant's language", () => {
  it("a Greek event's default email is Greek, with the date as Greek writes it in the event's zone", async () => {
    const event = await createEvent({ title: "Εργαστήριο Δεδομένων", language: "el", ...march15 });
    const email = await composeEmail(db(), event, await addParticipant(event), "registration_received");
    expect(email.subject).toBe("Λάβαμε την εγγραφή σας για την εκδήλωση «Εργαστήριο Δεδομένων»");
    expect(email.text).toContain("Αγαπητέ/ή Ελένη,");
    // 08:00Z is 10:00 in Athens in March (EET, before the switch to summer time).
    expect(email.text).toContain("Δευ 15 Μαρτίου 2027, 10:00–12:00");
    expect(email.text).not.toContain("March");
    expect(email.html).toContain('lang="el"');
    expect(email.html).toContain("Λαμβάνετε αυτό το email επειδή εγγραφήκατε");
  });

  it("a participant who chose English on a Greek event's page gets English, and the reverse", async () => {
    const greekEvent = await createEvent({ language: "el", ...march15 });
    const english = await composeEmail(db(), greekEvent, await addParticipant(greekEvent, { language: "en" }), "registration_received");
    expect(english.subject).toMatch(/^We received your registration/);
    expect(english.text).toContain("Mon, 15 March 2027, 10:00–12:00");
    expect(english.html).toContain('lang="en"');
    const englishEvent = await createEvent({ language: "en", ...march15 });
    const greek = await composeEmail(db(), englishEvent, await addParticipant(englishEvent, { language: "el" }), "approved");
    expect(greek.subject).toMatch(/επιβεβαιώθηκε$/);
  });

  it("keeps an organizer's wording per language: the Greek template serves Greek readers only", async () => {
    const organizer = await createUser("organizer");
    const event = await createEvent({ createdBy: organizer.id, language: "en" });
    const saved = await saveEmailTemplate(db(), organizer, event.id, {
      kind: "approved",
      language: "el",
      subject: "Καλώς ήρθατε, {{first_name}}",
      body: "Το εισιτήριο: {{ticket_url}}",
    });
    expect(saved).toMatchObject({ ok: true, isDefault: false, language: "el" });
    const greekReader = await composeEmail(db(), event, await addParticipant(event, { language: "el" }), "approved");
    expect(greekReader.subject).toBe("Καλώς ήρθατε, Ελένη");
    const englishReader = await composeEmail(db(), event, await addParticipant(event), "approved");
    expect(englishReader.subject).toBe(defaultTemplatesFor("en").approved.subject.replace("{{event_title}}", event.title));

    // Saving the Greek default wording stores nothing; resetting one language leaves the other.
    await saveEmailTemplate(db(), organizer, event.id, { kind: "approved", language: "en", subject: "Own {{first_name}}", body: "Hi" });
    expect(await resetEmailTemplate(db(), organizer, event.id, "approved", "el")).toEqual({ ok: true, language: "el" });
    const rows = await db().select().from(eventEmailTemplates).where(eq(eventEmailTemplates.eventId, event.id));
    expect(rows.map((r) => r.language)).toEqual(["en"]);
  });

  it("an unsupported language code for a template means the event's language", async () => {
    const organizer = await createUser("organizer");
    const event = await createEvent({ createdBy: organizer.id, language: "el" });
    const saved = await saveEmailTemplate(db(), organizer, event.id, {
      kind: "approved",
      language: "xx",
      subject: "Α {{first_name}}",
      body: "Β",
    });
    expect(saved).toMatchObject({ ok: true, language: "el" });
  });

  it("a stored participant language that is not supported falls back to the event's", async () => {
    const event = await createEvent({ language: "el", ...march15 });
    const participant = { ...(await addParticipant(event)), language: "fr" as never };
    const email = await composeEmail(db(), event, participant, "registration_received");
    expect(email.subject).toMatch(/^Λάβαμε/);
  });
});

describe("documents in the participant's language", () => {
  it("draws a Greek ticket's labels and date in Greek", async () => {
    const event = { title: "Συνέδριο", venue: "", ...march15, language: "el" as const };
    const text = await pdfText(await renderTicketPdf(event, { firstName: "Ελένη", lastName: "Ευδοκίου" }, generateTicketCode()));
    expect(text).toContain("ΕΙΣΙΤΗΡΙΟ ΕΙΣΟΔΟΥ");
    expect(text).toContain("Θα ανακοινωθεί");
    expect(text).toContain("15 Μαρτίου 2027");
    expect(text).not.toContain("ADMISSION TICKET");
    const english = await pdfText(
      await renderTicketPdf(event, { firstName: "Ελένη", lastName: "Ευδοκίου", language: "en" }, generateTicketCode()),
    );
    expect(english).toContain("ADMISSION TICKET");
    expect(english).toContain("15 March 2027");
  });

  it("writes “Presented to” and the issue date in the certificate holder's language", async () => {
    const event = await createEvent({ language: "el", ...march15 });
    const loaded = await loadSettings(db(), event.id);
    const issuedAt = new Date("2026-12-01T10:00:00Z");
    const greek = (
      await pdfText(await renderCertificatePdf(event, loaded, { firstName: "Ελένη", lastName: "Ευδοκίου" }, "0".repeat(26), issuedAt))
    ).replace(/\s+/g, " ");
    expect(greek).toContain("Απονέμεται στον/στην");
    expect(greek).toContain("Εκδόθηκε στις 1 Δεκεμβρίου 2026");
    expect(greek).not.toContain("Presented to");
    const english = (
      await pdfText(
        await renderCertificatePdf(event, loaded, { firstName: "Ada", lastName: "L", language: "en" }, "0".repeat(26), issuedAt),
      )
    ).replace(/\s+/g, " ");
    expect(english).toContain("Presented to");
    expect(english).toContain("Issued 1 December 2026");
  });
});
