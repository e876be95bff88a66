// Small formatters for the Jobs page.
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/** "now", "42 s", "5 min", "3 h 10 min", "2 d 4 h" (or in Greek): how long something has waited. */
export function formatAge(seconds: number | null, locale: Locale = "en"): string {
  const t = translator(locale, "ops");
  if (seconds === null) return t("jobs.age.none");
  const s = Math.round(seconds);
  if (s < 1) return t("jobs.age.now");
  if (s < 60) return t("jobs.age.seconds", { s });
  if (s < 3600) return t("jobs.age.minutes", { m: Math.floor(s / 60) });
  if (s < 86_400) return t("jobs.age.hours", { h: Math.floor(s / 3600), m: Math.floor((s % 3600) / 60) });
  return t("jobs.age.days", { d: Math.floor(s / 86_400), h: Math.floor((s % 86_400) / 3600) });
}
