// A point in time on an event's pages: in the event's time zone, labelled with the zone's short name
// ("2 Dec 2026, 23:14 EET"), written as the dashboard's language writes dates.
import { useLocale } from "next-intl";
import { dateTime } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locales";
import { zoneLabel } from "@/lib/ui/format-time";

export function EventTime({ value, timeZone }: { value: Date | string; timeZone: string }) {
  const date = typeof value === "string" ? new Date(value) : value;
  const locale = resolveLocale(useLocale());
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap">
      {dateTime(locale, date, timeZone)} {zoneLabel(date, timeZone)}
    </time>
  );
}
