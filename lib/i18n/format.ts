// Dates, times and numbers as each language writes them, always in the event's time zone. Formats
// are cached: building an Intl formatter costs far more than using one.
import { formatEventDate } from "@/lib/events/time";
import { zoneLabel } from "@/lib/ui/format-time";
import { intlTag, type Locale } from "./locales";

const cache = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag(locale), { ...options, timeZone });
    if (cache.size >= 500) cache.clear();
    cache.set(key, format);
  }
  return format;
}

/** "Tue, 1 December 2026, 09:30–17:00 (EET)" / "Τρί 1 Δεκεμβρίου 2026, 09:30–17:00 (EET)". */
export function eventDateText(locale: Locale, event: { startsAt: Date; endsAt: Date; timeZone: string }): string {
  return formatEventDate(event.startsAt, event.endsAt, event.timeZone, intlTag(locale));
}

/** "1 December 2026" / "1 Δεκεμβρίου 2026". */
export function longDate(locale: Locale, instant: Date, timeZone: string): string {
  return dateTimeFormat(locale, timeZone, { dateStyle: "long" }).format(instant);
}

/** "1 Dec 2026, 09:30" / "1 Δεκ 2026, 09:30". */
export function dateTime(locale: Locale, instant: Date, timeZone: string): string {
  return dateTimeFormat(locale, timeZone, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" }).format(instant);
}

export function numberText(locale: Locale, value: number): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}

/** "2 Dec 2026, 23:14 EET" / "2 Δεκ 2026, 23:14 EET": a point in time in the dashboard, its zone named beside it. */
export function dateTimeWithZone(locale: Locale, instant: Date, timeZone: string): string {
  return `${dateTime(locale, instant, timeZone)} ${zoneLabel(instant, timeZone)}`;
}
