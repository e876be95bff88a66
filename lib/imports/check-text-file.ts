// Refuses files that are not text before anything is parsed: a workbook or a PDF renamed .csv, or
// any binary data, each with a failure (import-reason.ts) whose wording says what to do instead.
import type { ImportEncoding } from "./encodings";
import type { ImportFailure } from "./import-reason";

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Why the file's start is not CSV text, else null. */
export function notTextReason(sample: Uint8Array, encoding: ImportEncoding, decoded: string): ImportFailure | null {
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04])) return { code: "xlsx" };
  if (startsWith(sample, [0xd0, 0xcf, 0x11, 0xe0])) return { code: "xls" };
  if (startsWith(sample, [0x25, 0x50, 0x44, 0x46])) return { code: "pdf" };
  const utf16 = encoding === "utf-16le" || encoding === "utf-16be";
  if (!utf16 && sample.includes(0)) return BINARY;
  // Control characters other than tab and line breaks do not occur in text people typed.
  let control = 0;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) control++;
  }
  if (control > 0 && control > decoded.length * 0.01) return BINARY;
  return null;
}

const BINARY: ImportFailure = { code: "binary" };
