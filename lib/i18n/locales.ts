// The languages the product speaks. Adding one means adding its catalogue folder under messages/ and
// its code here. Everything that reads a language from outside (a URL, a cookie, a stored column)
// goes through resolveLocale, so an unsupported code never reaches a translator.
import { localeCodes } from "@/lib/db/schema/locale-codes";

export const locales = localeCodes;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The names shown in language switchers, each in its own language. */
export const localeNames: Record<Locale, string> = { en: "English", el: "Ελληνικά" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The first supported code among the candidates (e.g. URL, participant, event), else English. */
export function resolveLocale(...candidates: unknown[]): Locale {
  for (const candidate of candidates) if (isLocale(candidate)) return candidate;
  return defaultLocale;
}

/** The tag Intl formats with: Greek as written in Greece, English with day-month order. */
export function intlTag(locale: Locale): string {
  return locale === "el" ? "el-GR" : "en-GB";
}
