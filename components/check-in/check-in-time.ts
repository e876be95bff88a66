// When someone was checked in, as the door reads it in its language and the event's time zone: the
// time alone today ("09:30"), with the day before today ("1 Dec, 09:30" / "1 Δεκ, 09:30").
import { intlTag, type Locale } from "@/lib/i18n/locales";

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, timeZone: string, kind: "day" | "time" | "date"): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${kind}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === "day"
        ? { dateStyle: "short" }
        : kind === "time"
          ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
          : { day: "numeric", month: "short" };
    // "day" only compares calendar days, so one fixed tag serves every language.
    f = new Intl.DateTimeFormat(kind === "day" ? "en-CA" : intlTag(locale), { ...options, timeZone });
    if (formats.size > 100) formats.clear();
    formats.set(key, f);
  }
  return f;
}

export function formatCheckInTime(iso: string, timeZone: string, locale: Locale): string {
  const at = new Date(iso);
  const day = (d: Date) => format(locale, timeZone, "day").format(d);
  const time = format(locale, timeZone, "time").format(at);
  if (day(at) === day(new Date())) return time;
  return `${format(locale, timeZone, "date").format(at)}, ${time}`;
}
