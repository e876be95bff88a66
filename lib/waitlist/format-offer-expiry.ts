// "Until when" in an offer email and on the manage page: in the event's own time zone, named.
export function formatInTimeZone(at: Date, timeZone: string, locale = "en-GB"): string {
  return `${new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "full", timeStyle: "short" }).format(at)} (${timeZone})`;
}
