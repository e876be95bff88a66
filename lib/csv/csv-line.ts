// Writing CSV that spreadsheets open safely: RFC 4180 quoting (fields with the separator, a quote or
// a line break are quoted, quotes doubled), CRLF line ends, and values that a spreadsheet would run
// as a formula (starting with = + - @, tab or CR) neutralised with a leading apostrophe (OWASP's
// advice against CSV injection). Excel needs the UTF-8 byte-order mark to read Greek correctly.
import { contentDisposition } from "@/lib/http/content-disposition";

export const UTF8_BOM = "\uFEFF";

export type CsvFormat = "comma" | "semicolon";
export const csvSeparator = (format: CsvFormat) => (format === "semicolon" ? ";" : ",");

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number | null | undefined, separator: string): string {
  if (value === null || value === undefined) return "";
  const text = neutraliseFormula(String(value));
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: (string | number | null | undefined)[], separator: string): string {
  return `${values.map((v) => csvField(v, separator)).join(separator)}\r\n`;
}

/** Headers for a CSV download that no cache keeps. */
export function csvHeaders(filename: string): Record<string, string> {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": contentDisposition(filename, { fallback: "download.csv" }),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
