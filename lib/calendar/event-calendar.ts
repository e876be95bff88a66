// One participant's calendar entry for an event (RFC 5545, written by the `ics` package): a stable
// UID per event and participant, so an update or a cancellation replaces the entry calendars already
// hold; SEQUENCE from the event (raised on each notified change); times as UTC instants, which are
// exact whatever the event's zone and the reader's; the venue; the event page; the method:
// - REQUEST in emails (a confirmation, a ticket, an update: calendars offer to add or update it),
// - CANCEL when the event is cancelled (STATUS:CANCELLED, calendars remove it),
// - PUBLISH for the file downloaded from the public page.
// Pure string work, a fraction of a millisecond: made in the worker with the email it goes with.
import { createEvent, type EventAttributes } from "ics";
import slugify from "@sindresorhus/slugify";
import type { Event } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { messagesFor } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";

export type CalendarMethod = "REQUEST" | "CANCEL" | "PUBLISH";

type CalendarEvent = Pick<
  Event,
  "id" | "slug" | "title" | "description" | "venue" | "startsAt" | "endsAt" | "timeZone" | "calendarSequence" | "cancelledAt"
>;
type Attendee = { id: string; firstName: string; lastName: string; email: string };

export function calendarUid(eventId: string, participantId: string): string {
  return `${eventId}.${participantId}@${new URL(env().APP_URL).hostname}`;
}

export function eventPageUrl(slug: string): string {
  return new URL(`/e/${slug}`, env().APP_URL).toString();
}

/** "Events <events@example.com>" → { name, email }. */
function organizer(): { name: string; email: string } {
  const from = env().EMAIL_FROM;
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  return m ? { name: m[1] || m[2], email: m[2] } : { name: from, email: from };
}

// Lines of the description are the organizer's text: the package escapes commas, semicolons and
// newlines. Control characters other than newline are dropped (they cannot appear in a content line).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is what this pattern is for
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F]/g;
const clean = (s: string) => s.replace(CONTROL, "");

export function eventCalendar(event: CalendarEvent, attendee: Attendee, method: CalendarMethod, locale: Locale = "en"): string {
  return calendarText(event, calendarUid(event.id, attendee.id), method, attendee, locale);
}

/** The event alone (no attendee), as the public page's "Download .ics" gives it. */
export function publicEventCalendar(
  event: Pick<CalendarEvent, "id" | "slug" | "title" | "description" | "venue" | "startsAt" | "endsAt" | "timeZone" | "calendarSequence">,
): string {
  return calendarText({ ...event, cancelledAt: null }, `${event.id}@${new URL(env().APP_URL).hostname}`, "PUBLISH", null, "en");
}

/** "Time zone: Europe/Athens", in the language of the email the entry goes with. */
function timeZoneLine(locale: Locale, timeZone: string): string {
  return messagesFor(locale).messaging.defaultTexts.calendarTimeZone.replace("{{time_zone}}", timeZone);
}

function calendarText(event: CalendarEvent, uid: string, method: CalendarMethod, attendee: Attendee | null, locale: Locale): string {
  const url = eventPageUrl(event.slug);
  const cancelled = method === "CANCEL";
  const attrs: EventAttributes = {
    uid,
    method,
    // A cancellation is one more revision of the entry: it must outrank the last update.
    sequence: event.calendarSequence,
    productId: "eventdesk/ics",
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: clean(event.title),
    description: clean(`${event.description ? `${event.description}\n\n` : ""}${url}\n${timeZoneLine(locale, event.timeZone)}`),
    location: event.venue ? clean(event.venue) : undefined,
    url,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
  };
  if (method !== "PUBLISH" && attendee) {
    const org = organizer();
    attrs.organizer = { name: clean(org.name), email: org.email };
    attrs.attendees = [
      {
        name: clean(`${attendee.firstName} ${attendee.lastName}`),
        email: attendee.email,
        rsvp: false,
        partstat: cancelled ? "DECLINED" : "ACCEPTED",
        role: "REQ-PARTICIPANT",
      },
    ];
  }
  const { error, value } = createEvent(attrs);
  if (error || !value) throw new Error(`calendar entry not made: ${error?.message ?? "no value"}`);
  return value;
}

/** The attachment for an email (in the email's language): text/calendar with its method, as mail clients expect it. */
export function calendarAttachment(
  event: CalendarEvent,
  attendee: Attendee,
  method: Exclude<CalendarMethod, "PUBLISH">,
  locale: Locale = "en",
) {
  return {
    filename: `${slugify(event.slug, { decamelize: false }).slice(0, 60) || "event"}.ics`,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: Buffer.from(eventCalendar(event, attendee, method, locale), "utf8"),
  };
}
