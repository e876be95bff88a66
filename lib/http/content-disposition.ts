// Every download's Content-Disposition, in one place (RFC 6266): an ASCII `filename` that any browser,
// proxy or unzip tool handles (Greek transliterated, "Ελένη Παπαδοπούλου" → "eleni-papadopoulou"),
// plus `filename*=UTF-8''…` (RFC 5987) with the real name, which current browsers prefer.
// Names come from people and organizers: control and format characters (a right-to-left override can
// disguise ".exe" as ".pdf"), quotes, backslashes and path separators never reach the header.
import slugify from "@sindresorhus/slugify";
import { normalizeSearchText } from "@/lib/db/search-text";

const MAX_ASCII_BASE = 100;
const MAX_UTF8_CHARS = 150;

// Greek letter pairs the letter-by-letter transliteration gets wrong (ELOT 743: "ου" is "ou", not
// "oy"; "αυ"/"ευ" read "av"/"ev"; "γγ" is "ng"; "χ" is "ch"), applied to the accent-free lower case text.
const GREEK_PAIRS: [RegExp, string][] = [
  [/ου/g, "ou"],
  [/αυ/g, "av"],
  [/ευ/g, "ev"],
  [/ηυ/g, "iv"],
  [/γγ/g, "ng"],
  [/γξ/g, "nx"],
  [/γχ/g, "nch"],
  [/χ/g, "ch"],
];

// C0/C1 controls and line separators (read as a space), format characters (bidi overrides,
// zero-width joiners, BOM: dropped).
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;
const FORMAT = /\p{Cf}/gu;

function splitExtension(name: string): [string, string] {
  const m = /^(.*?)(\.[A-Za-z0-9]{1,10})$/.exec(name);
  return m?.[1] ? [m[1], m[2].toLowerCase()] : [name, ""];
}

/** Without controls or path separators, with runs of whitespace as one space. */
function cleanName(name: string): string {
  return name.replace(CONTROLS, " ").replace(FORMAT, "").replace(/[/\\]/g, "-").replace(/\s+/g, " ").trim();
}

/** An ASCII, lower-case file name: letters, digits, dashes and one extension. */
export function asciiFilename(name: string, fallback = "download"): string {
  const [base, ext] = splitExtension(cleanName(name));
  let ascii = normalizeSearchText(base);
  for (const [pair, latin] of GREEK_PAIRS) ascii = ascii.replace(pair, latin);
  ascii = slugify(ascii, { decamelize: false }).slice(0, MAX_ASCII_BASE).replace(/-+$/, "");
  if (ascii) return `${ascii}${ext}`;
  // Nothing of the name is ASCII-writable (Chinese, emoji, empty): the fallback's name, the file's type.
  const [fallbackBase, fallbackExt] = splitExtension(fallback);
  return `${slugify(fallbackBase, { decamelize: false }) || "download"}${ext || fallbackExt}`;
}

/** The name as people wrote it, made safe for a header value and a file system. */
export function utf8Filename(name: string, fallback = "download"): string {
  let clean = cleanName(name).replace(/["]/g, "'").replace(/^\.+/, "");
  const chars = [...clean];
  if (chars.length > MAX_UTF8_CHARS) {
    const [base, ext] = splitExtension(clean);
    clean =
      [...base]
        .slice(0, MAX_UTF8_CHARS - ext.length)
        .join("")
        .trimEnd() + ext;
  }
  return clean || fallback;
}

/** RFC 5987 ext-value: UTF-8, percent-encoded except attr-char. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename="eleni.pdf"; filename*=UTF-8''%CE%95…` for a name in any script.
 * `fallback` (e.g. "certificate.pdf") names the file when nothing of the name survives.
 */
export function contentDisposition(name: string, opts: { inline?: boolean; fallback?: string } = {}): string {
  const fallback = opts.fallback ?? "download";
  const ascii = asciiFilename(name, fallback);
  const utf8 = utf8Filename(name, ascii);
  return `${opts.inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(utf8)}`;
}
