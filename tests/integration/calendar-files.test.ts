// Calendar files, parsed back from what the provider (the fake Resend) received: the ticket email's
// .ics (text/calendar, METHOD:REQUEST, a UID stable per event and participant, DTSTART/DTEND the
// event's wall-clock time in its zone, the venue and the event page); a notified change of time or
// venue sends SEQUENCE + 1 under the same UID; cancelling the event sends METHOD:CANCEL, closes
// registration and is done once.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runAnnouncementSend } from "@/lib/announcements/run-announcement-send";
import { calendarUid } from "@/lib/calendar/event-calendar";
import { db } from "@/lib/db/client";
import { announcements, events, messageAttachments, messages } from "@/lib/db/schema";
import { createResendTransport } from "@/lib/email/resend-transport";
import { RateLimiter } from "@/lib/email/rate-limiter";
import { cancelEvent } from "@/lib/events/cancel-event";
import { saveEvent } from "@/lib/events/save-event";
import { registerParticipant } from "@/lib/participants/register-participant";
import { sendTicketEmail } from "@/lib/tickets/send-ticket-email";
import { eventSchema } from "@/lib/validation/events";
import { registration } from "../helpers/db";
import { fakeResendForFile } from "../helpers/fake-resend-for-file";
import { eventForm } from "../helpers/forms";
import { addParticipants, createUser } from "../helpers/participants";

const fake = await fakeResendForFile({ apiKey: "re_ics" });
const resend = () =>
  createResendTransport({ apiKey: "re_ics", baseUrl: fake.url, timeoutMs: 5_000, limiter: new RateLimiter({ requestsPerSecond: 50 }) });

/** The properties of the VEVENT (lines unfolded, parameters dropped), and the calendar's METHOD. */
function parseIcs(text: string) {
  const lines = text
    .replace(/\r\n[ \t]/g, "")
    .replace(/\n[ \t]/g, "")
    .split(/\r?\n/);
  const prop = (name: string, from = 0) => {
    const line = lines.slice(from).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
    return line?.slice(line.indexOf(":") + 1);
  };
  const start = lines.indexOf("BEGIN:VEVENT");
  return {
    method: prop("METHOD"),
    uid: prop("UID", start),
    start: prop("DTSTART", start),
    end: prop("DTEND", start),
    sequence: Number(prop("SEQUENCE", start)),
    location: prop("LOCATION", start),
    url: prop("URL", start),
    status: prop("STATUS", start),
    summary: prop("SUMMARY", start),
  };
}

function icsOf(email: (typeof fake.received)[number]) {
  const ics = email.attachments?.find((a) => a.filename?.endsWith(".ics"));
  if (!ics?.content) throw new Error(`no .ics in the email to ${email.to[0]}`);
  expect(ics.content_type).toMatch(/^text\/calendar; charset=utf-8; method=(REQUEST|CANCEL)$/);
  return parseIcs(Buffer.from(ics.content, "base64").toString("utf8"));
}

async function setUp() {
  const organizer = await createUser("organizer");
  // 09:30–17:00 in Athens in winter (UTC+2).
  const created = await saveEvent(
    db(),
    organizer,
    eventSchema.parse(
      eventForm({
        slug: "calendar-day",
        title: "Calendar, Day; One",
        startsAt: "2027-03-10T09:30",
        endsAt: "2027-03-10T17:00",
        venue: "Hall A, Athens",
      }),
    ),
  );
  if (!created.ok) throw new Error("event not saved");
  const [maria] = await addParticipants(created.eventId, [{ firstName: "Μαρία", lastName: "Π", status: "approved" }]);
  await addParticipants(created.eventId, [{ firstName: "Pat", lastName: "Pending", status: "pending" }]);
  return { organizer, eventId: created.eventId, maria };
}

async function deliverAnnouncementOf(eventId: string, method: "REQUEST" | "CANCEL") {
  const all = await db().select().from(announcements).where(eq(announcements.eventId, eventId));
  const mine = all.find((x) => x.calendarMethod === method);
  if (!mine) throw new Error(`no ${method} announcement`);
  await runAnnouncementSend(db(), mine.id, { transport: resend() });
  return mine;
}

describe("calendar files", () => {
  it("the ticket email carries the event as text/calendar, in the event's time zone, with a stable UID", async () => {
    const { eventId, maria } = await setUp();
    // Through the real path: the message and its attachments are recorded, then delivered.
    const outcome = await sendTicketEmail(db(), { participantId: maria.id, kind: "ticket_resend", key: `ticket_resend:test:${maria.id}` });
    expect(outcome).toBe("sent");
    const [m] = await db().select().from(messages).where(eq(messages.participantId, maria.id));
    const files = await db().select().from(messageAttachments).where(eq(messageAttachments.messageId, m.id));
    const ics = files.find((f) => f.filename === "calendar-day.ics")!;
    expect(ics.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
    const cal = parseIcs(ics.content.toString("utf8"));
    expect(cal).toMatchObject({
      method: "REQUEST",
      uid: calendarUid(eventId, maria.id),
      // 09:30 and 17:00 in Athens (EET, UTC+2) are 07:30 and 15:00 UTC.
      start: "20270310T073000Z",
      end: "20270310T150000Z",
      sequence: 0,
      location: "Hall A\\, Athens",
      summary: "Calendar\\, Day\\; One",
      status: "CONFIRMED",
    });
    expect(cal.url).toMatch(/\/e\/calendar-day$/);
    // A second email for the same person names the same entry.
    await sendTicketEmail(db(), { participantId: maria.id, kind: "ticket_resend", key: `ticket_resend:again:${maria.id}` });
    const all = await db().select({ id: messages.id }).from(messages).where(eq(messages.participantId, maria.id));
    const uids = [];
    expect(all).toHaveLength(2);
    for (const row of all) {
      const files = await db().select().from(messageAttachments).where(eq(messageAttachments.messageId, row.id));
      expect(files.map((f) => f.contentType).sort()).toEqual(["application/pdf", "text/calendar; charset=utf-8; method=REQUEST"]);
      uids.push(parseIcs(files.find((f) => f.filename.endsWith(".ics"))!.content.toString("utf8")).uid);
    }
    expect(new Set(uids)).toEqual(new Set([calendarUid(eventId, maria.id)]));
  });

  it("a notified change of time or venue sends the approved participants the entry with SEQUENCE + 1 under the same UID", async () => {
    const { organizer, eventId, maria } = await setUp();
    // Unchanged time and venue: nothing to tell, even with the box ticked.
    const same = eventSchema.parse(
      eventForm({
        slug: "calendar-day",
        title: "Calendar, Day; One",
        startsAt: "2027-03-10T09:30",
        endsAt: "2027-03-10T17:00",
        venue: "Hall A, Athens",
      }),
    );
    expect(await saveEvent(db(), organizer, same, eventId, { notifyParticipants: true })).toMatchObject({ ok: true, notified: undefined });
    expect(await db().select().from(announcements)).toHaveLength(0);

    // Moved into summer time (EEST, UTC+3) and to another hall.
    const moved = eventSchema.parse(
      eventForm({
        slug: "calendar-day",
        title: "Calendar, Day; One",
        startsAt: "2027-07-01T10:00",
        endsAt: "2027-07-01T16:00",
        venue: "Hall B",
      }),
    );
    expect(await saveEvent(db(), organizer, moved, eventId, { notifyParticipants: true, actorName: "Oscar" })).toMatchObject({
      ok: true,
      notified: 1,
    });
    const [ev] = await db().select().from(events).where(eq(events.id, eventId));
    expect(ev.calendarSequence).toBe(1);
    await deliverAnnouncementOf(eventId, "REQUEST");
    expect(fake.received).toHaveLength(1);
    const email = fake.received[0];
    expect(email.to).toEqual([maria.email]);
    expect(email.subject).toBe("Updated: Calendar, Day; One");
    expect(email.text).toContain("Where: Hall B");
    expect(icsOf(email)).toMatchObject({
      method: "REQUEST",
      uid: calendarUid(eventId, maria.id),
      sequence: 1,
      start: "20270701T070000Z",
      end: "20270701T130000Z",
      location: "Hall B",
    });

    // Saved without "notify": the sequence stays, nobody is emailed.
    const again = eventSchema.parse(
      eventForm({ slug: "calendar-day", startsAt: "2027-07-02T10:00", endsAt: "2027-07-02T16:00", venue: "Hall C" }),
    );
    await saveEvent(db(), organizer, again, eventId);
    expect((await db().select().from(events).where(eq(events.id, eventId)))[0].calendarSequence).toBe(1);
    expect(await db().select().from(announcements)).toHaveLength(1);
  });

  it("cancelling the event sends METHOD:CANCEL with a higher SEQUENCE, closes registration, and happens once", async () => {
    const { organizer, eventId, maria } = await setUp();
    expect(await cancelEvent(db(), organizer, eventId)).toEqual({ ok: true, recipients: 1, already: false });
    expect(await cancelEvent(db(), organizer, eventId)).toEqual({ ok: true, recipients: 0, already: true });
    const [ev] = await db().select().from(events).where(eq(events.id, eventId));
    expect(ev).toMatchObject({ calendarSequence: 1, registrationOpen: false });
    expect(ev.cancelledAt).not.toBeNull();

    await deliverAnnouncementOf(eventId, "CANCEL");
    expect(fake.received.map((e) => e.to[0])).toEqual([maria.email]);
    expect(fake.received[0].subject).toBe("Cancelled: Calendar, Day; One");
    expect(icsOf(fake.received[0])).toMatchObject({
      method: "CANCEL",
      status: "CANCELLED",
      uid: calendarUid(eventId, maria.id),
      sequence: 1,
    });

    const refused = await registerParticipant(db(), eventId, registration());
    expect(refused).toMatchObject({ ok: false, reason: "closed" });
    // Re-opening registration in the form does not re-open a cancelled event.
    await saveEvent(db(), organizer, eventSchema.parse(eventForm({ slug: "calendar-day", registrationOpen: "open" })), eventId);
    expect((await db().select().from(events).where(eq(events.id, eventId)))[0].registrationOpen).toBe(false);
  });

  it("someone without access cannot cancel the event", async () => {
    const { eventId } = await setUp();
    const stranger = await createUser("organizer", "Stranger");
    expect(await cancelEvent(db(), stranger, eventId)).toEqual({ ok: false, reason: "not_found" });
    expect((await db().select().from(events).where(eq(events.id, eventId)))[0].cancelledAt).toBeNull();
  });
});
