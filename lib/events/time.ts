// Event times are stored as instants (timestamptz) with the event's IANA time zone beside them.
// Forms edit the wall-clock time in that zone; pages show it in that zone too.
import { TZDate } from "@date-fns/tz";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** "2026-12-01T09:30" in "Europe/Athens" → the instant. */
export function zonedLocalToInstant(local: string, timeZone: string): Date {
  const m = LOCAL.exec(local);
  if (!m) throw new Error(`not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = m.map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime());
}

/** The instant → "2026-12-01T09:30" as the wall clock reads in the zone (for <input type=datetime-local>). */
export function instantToZonedLocal(instant: Date, timeZone: string): string {
  const z = new TZDate(instant.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${z.getFullYear()}-${p(z.getMonth() + 1)}-${p(z.getDate())}T${p(z.getHours())}:${p(z.getMinutes())}`;
}

// Times are on the 24-hour clock in every language (Greek defaults to π.μ./μ.μ. otherwise).
// Building an Intl.DateTimeFormat costs far more than using one (it showed in the profiles of the
// event page and of every email): kept per locale, zone and style, a handful in practice.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, timeZone: string, style: "day" | "time" | "zone"): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === "day"
        ? { timeZone, weekday: "short", day: "numeric", month: "long", year: "numeric" }
        : style === "time"
          ? { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
          : { timeZone, timeZoneName: "short" };
    format = new Intl.DateTimeFormat(locale, options);
    if (formats.size >= 500) formats.clear();
    formats.set(key, format);
  }
  return format;
}

// Every email and page of an event writes the same few dates: the sentence is kept too (formatting
// one still showed in the worker's profile per registration email, ~2% of its CPU).
const sentences = new Map<string, string>();

export function formatEventDate(startsAt: Date, endsAt: Date, timeZone: string, locale = "en-GB"): string {
  const key = `${startsAt.getTime()}|${endsAt.getTime()}|${timeZone}|${locale}`;
  let sentence = sentences.get(key);
  if (sentence === undefined) {
    sentence = eventDateSentence(startsAt, endsAt, timeZone, locale);
    if (sentences.size >= 1000) sentences.clear();
    sentences.set(key, sentence);
  }
  return sentence;
}

function eventDateSentence(startsAt: Date, endsAt: Date, timeZone: string, locale: string): string {
  const day = dateFormat(locale, timeZone, "day");
  const time = dateFormat(locale, timeZone, "time");
  const zoneName =
    dateFormat(locale, timeZone, "zone")
      .formatToParts(startsAt)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  const sameDay = day.format(startsAt) === day.format(endsAt);
  if (sameDay) return `${day.format(startsAt)}, ${time.format(startsAt)}–${time.format(endsAt)} (${zoneName})`;
  return `${day.format(startsAt)} ${time.format(startsAt)} – ${day.format(endsAt)} ${time.format(endsAt)} (${zoneName})`;
}
