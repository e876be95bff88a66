// "Add to calendar" for the public confirmation: Google and Outlook compose links (the event's own
// details, nothing about the participant, so nothing to sign) and the event's .ics download.
type LinkEvent = { slug: string; title: string; venue: string | null; startsAt: Date; endsAt: Date; eventUrl: string };

const compact = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

export type CalendarLinks = { google: string; outlook: string; ics: string };

export function calendarLinks(e: LinkEvent): CalendarLinks {
  const google = new URL("https://calendar.google.com/calendar/render");
  google.search = new URLSearchParams({
    action: "TEMPLATE",
    text: e.title,
    dates: `${compact(e.startsAt)}/${compact(e.endsAt)}`,
    details: e.eventUrl,
    location: e.venue ?? "",
  }).toString();
  const outlook = new URL("https://outlook.live.com/calendar/0/deeplink/compose");
  outlook.search = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: e.title,
    startdt: e.startsAt.toISOString(),
    enddt: e.endsAt.toISOString(),
    body: e.eventUrl,
    location: e.venue ?? "",
  }).toString();
  return { google: google.toString(), outlook: outlook.toString(), ics: `/e/${encodeURIComponent(e.slug)}/calendar` };
}
