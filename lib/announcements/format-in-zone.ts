// A moment as the event's wall clock shows it, with the zone named: "1 Dec 2026, 09:30 (Europe/Athens)",
// in the reader's language ("1 Δεκ 2026, 09:30 (Europe/Athens)").
import { intlTag, type Locale } from "@/lib/i18n/locales";

export function formatInZone(at: Date, timeZone: string, locale: Locale = "en"): string {
  const text = new Intl.DateTimeFormat(intlTag(locale), { timeZone, dateStyle: "medium", timeStyle: "short" }).format(at);
  return `${text} (${timeZone})`;
}
