// A point in time in the dashboard's one time zone (DASHBOARD_TIME_ZONE), labelled with the zone's
// name, the same on every page, written as the user's dashboard language writes dates ("2 Dec 2026,
// 23:14 EET" / "2 Δεκ 2026, 23:14 EET"). A server component: rendered once, no flash, no guess of the
// viewer's zone (lib/ui/format-time.ts says why); the language is read once per request.
import { env } from "@/lib/env";
import { dateTimeWithZone } from "@/lib/i18n/format";
import { userLocale } from "@/lib/i18n/user-locale";

export async function LocalTime({ value }: { value: Date | string }) {
  const date = typeof value === "string" ? new Date(value) : value;
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap">
      {dateTimeWithZone(await userLocale(), date, env().DASHBOARD_TIME_ZONE)}
    </time>
  );
}
