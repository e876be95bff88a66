// A size in bytes as the reader's language writes it: "1.5 MB" / "1,5 MB", "12 bytes" / "12 byte".
// The one byte formatter of the app (import limits, image refusals, the outbox's attachments), in
// the browser and on the server alike. Sizes count in 1,024s, as the limits are set.
import { intlTag, type Locale } from "./locales";

const KIB = 1024;
const MIB = 1024 * 1024;

type Options = {
  /** Always this many decimals ("50.0 MB"); by default up to one, none when it is ".0" ("21 MB"). */
  fractionDigits?: number;
};

const cache = new Map<string, Intl.NumberFormat>();
function unitFormat(locale: Locale, unit: "byte" | "kilobyte" | "megabyte", fractionDigits: number | undefined): Intl.NumberFormat {
  const key = `${locale}|${unit}|${fractionDigits ?? ""}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlTag(locale), {
      style: "unit",
      unit,
      // "12 bytes" in words; the larger units by their symbols.
      unitDisplay: unit === "byte" ? "long" : "short",
      minimumFractionDigits: fractionDigits ?? 0,
      maximumFractionDigits: fractionDigits ?? 1,
    });
    cache.set(key, format);
  }
  return format;
}

export function formatBytes(bytes: number, locale: Locale, options: Options = {}): string {
  if (bytes < KIB) return unitFormat(locale, "byte", 0).format(bytes);
  if (bytes < MIB) return unitFormat(locale, "kilobyte", options.fractionDigits).format(bytes / KIB);
  return unitFormat(locale, "megabyte", options.fractionDigits).format(bytes / MIB);
}
