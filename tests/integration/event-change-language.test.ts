// Issue 18: the automatic "the event changed" and "the event is cancelled" emails are written to each
// participant in their language (their stored choice, else the event's), the date as that language
// writes it in the event's time zone, the calendar entry's words too; an organizer's own announcement
// is sent as written. Checked on what the provider (the fake Resend) received.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runAnnouncementSend } from "@/lib/announcements/run-announcement-send";
import { startAnnouncement } from "@/lib/announcements/start-announcement";
import { db } from "@/lib/db/client";
import { announcements } from "@/lib/db/schema";
import { RateLimiter } from "@/lib/email/rate-limiter";
import { createResendTransport } from "@/lib/email/resend-transport";
import { cancelEvent } from "@/lib/events/cancel-event";
import { saveEvent } from "@/lib/events/save-event";
import { eventSchema } from "@/lib/validation/events";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";
import { eventForm } from "../helpers/forms";
import { addParticipants, createUser } from "../helpers/participants";

const fake = await fakeResendForFile({ apiKey: "re_change_language" });
const resend = () =>
  createResendTransport({
    apiKey: "re_change_language",
    baseUrl: fake.url,
    timeoutMs: 5_000,
    limiter: new RateLimiter({ requestsPerSecond: 50 }),
  });

const form = (overrides: Record<string, unknown>) =>
  eventSchema.parse(
    eventForm({
      slug: "change-language",
      title: "Σεμινάριο GDPR",
      startsAt: "2027-03-10T09:30",
      endsAt: "2027-03-10T17:00",
      venue: "Αίθουσα Α",
      ...overrides,
    }),
  );

async function setUp(eventLanguage: "en" | "el") {
  const organizer = await createUser("organizer");
  const created = await saveEvent(db(), organizer, form({ language: eventLanguage }));
  if (!created.ok) throw new Error("event not saved");
  const [eleni, emma, nobody] = await addParticipants(created.eventId, [
    { firstName: "Ελένη", lastName: "Π", status: "approved", language: "el" },
    { firstName: "Emma", lastName: "E", status: "approved", language: "en" },
    // No choice of her own: the event's language.
    { firstName: "Nora", lastName: "N", status: "approved", language: null },
  ]);
  return { organizer, eventId: created.eventId, eleni, emma, nobody };
}

async function send(eventId: string, method: "REQUEST" | "CANCEL") {
  const all = await db().select().from(announcements).where(eq(announcements.eventId, eventId));
  const mine = all.find((a) => a.calendarMethod === method);
  if (!mine) throw new Error(`no ${method} announcement`);
  await runAnnouncementSend(db(), mine.id, { transport: resend() });
  return mine;
}

const to = (address: string) => {
  const email = fake.received.find((e) => e.to[0] === address);
  if (!email) throw new Error(`nothing sent to ${address}`);
  const ics = email.attachments?.find((a) => a.filename?.endsWith(".ics"));
  return {
    ...email,
    ics: ics?.content
      ? Buffer.from(ics.content, "base64")
          .toString("utf8")
          .replace(/\r\n[ \t]/g, "")
      : "",
  };
};

describe("event-change emails in the participant's language", () => {
  it("a moved event: the Greek participant reads Greek with a Greek date, the English one English", async () => {
    const { organizer, eventId, eleni, emma } = await setUp("en");
    // Into summer time (EEST) on a Thursday.
    const moved = await saveEvent(
      db(),
      organizer,
      form({ language: "en", startsAt: "2027-07-01T10:00", endsAt: "2027-07-01T16:00" }),
      eventId,
      {
        notifyParticipants: true,
      },
    );
    expect(moved).toMatchObject({ ok: true, notified: 3 });
    const stored = await send(eventId, "REQUEST");
    // The history shows the event's language.
    expect(stored.subject).toBe("Updated: {{event_title}}");

    const greek = to(eleni.email);
    expect(greek.subject).toBe("Αλλαγή: Σεμινάριο GDPR");
    expect(greek.text).toContain("Αγαπητέ/ή Ελένη,");
    expect(greek.text).toContain("Η ώρα ή ο τόπος της εκδήλωσης «Σεμινάριο GDPR» άλλαξε.");
    expect(greek.text).toContain("Πότε: Πέμ 1 Ιουλίου 2027, 10:00–16:00 (EEST)");
    expect(greek.text).toContain("Πού: Αίθουσα Α");
    expect(greek.text).toContain("Διαχείριση της εγγραφής μου");
    expect(greek.text).not.toMatch(/Dear|When:|Thu|July/);
    expect(greek.html).toContain('lang="el"');
    expect(greek.ics).toContain("Ζώνη ώρας: Europe/Athens");

    const english = to(emma.email);
    expect(english.subject).toBe("Updated: Σεμινάριο GDPR");
    expect(english.text).toContain("Dear Emma,");
    expect(english.text).toContain("When: Thu, 1 July 2027, 10:00–16:00 (EEST)");
    expect(english.text).toContain("Where: Αίθουσα Α");
    expect(english.text).not.toMatch(/Πότε|Ιουλίου/);
    expect(english.ics).toContain("Time zone: Europe/Athens");
  });

  it("a cancelled Greek event: its own language for those who chose none, English for the one who chose it", async () => {
    const { organizer, eventId, emma, nobody } = await setUp("el");
    expect(await cancelEvent(db(), organizer, eventId)).toMatchObject({ ok: true, recipients: 3 });
    const stored = await send(eventId, "CANCEL");
    expect(stored.subject).toBe("Ακύρωση: {{event_title}}");

    const greek = to(nobody.email);
    expect(greek.subject).toBe("Ακύρωση: Σεμινάριο GDPR");
    expect(greek.text).toContain("Η εκδήλωση «Σεμινάριο GDPR» (Τετ 10 Μαρτίου 2027, 09:30–17:00 (EET)) ακυρώθηκε.");

    const english = to(emma.email);
    expect(english.subject).toBe("Cancelled: Σεμινάριο GDPR");
    expect(english.text).toContain("Σεμινάριο GDPR (Wed, 10 March 2027, 09:30–17:00 (EET)) has been cancelled.");
  });

  it("an organizer's own announcement is sent as written, its date in the event's language, to everyone", async () => {
    const { organizer, eventId, eleni, emma } = await setUp("el");
    const started = await startAnnouncement(db(), organizer, eventId, {
      subject: "Αλλαγή αίθουσας",
      body: "Καλημέρα {{first_name}}, η εκδήλωση {{event_date}} γίνεται στην Αίθουσα Β.",
      filter: { status: "approved" },
      sendAt: null,
      requestId: crypto.randomUUID(),
    });
    expect(started).toMatchObject({ ok: true });
    const [row] = await db().select().from(announcements).where(eq(announcements.eventId, eventId));
    await runAnnouncementSend(db(), row.id, { transport: resend() });
    for (const p of [eleni, emma]) {
      const email = to(p.email);
      expect(email.subject).toBe("Αλλαγή αίθουσας");
      expect(email.text).toContain(`Καλημέρα ${p.firstName}, η εκδήλωση Τετ 10 Μαρτίου 2027, 09:30–17:00 (EET) γίνεται στην Αίθουσα Β.`);
    }
  });
});
