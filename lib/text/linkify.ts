// Finds the web addresses in an organizer's own text (an event description) so the public page can
// make them links. Only http and https: anything else (javascript:, data:, mailto:) stays text.
// Returns segments, not HTML: React escapes every one, so no markup typed into the text survives.
// Participant-typed text (names, organisations, answers) is never passed through this.

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// A scheme, then anything up to white space or a character that cannot end a bare address in prose.
const ADDRESS = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends a sentence rather than the address ("see https://x.org/a.").
const TRAILING = /[.,;:!?)\]}'"»”’]+$/;

/** A safe link target, or null: parses as a URL, is http(s), has a host and no credentials. */
export function safeHttpUrl(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}

export function linkifyText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    let address = match[0];
    // Keep a closing bracket that closes one opened inside the address (Wikipedia-style links).
    const trailing = TRAILING.exec(address)?.[0] ?? "";
    if (trailing) {
      let keep = 0;
      const opens = (address.match(/\(/g) ?? []).length;
      const closes = (address.match(/\)/g) ?? []).length;
      if (trailing.startsWith(")") && opens >= closes) keep = 1;
      address = address.slice(0, address.length - trailing.length + keep);
    }
    const href = safeHttpUrl(address);
    if (!href) continue;
    const start = match.index;
    if (start > last) segments.push({ kind: "text", text: text.slice(last, start) });
    segments.push({ kind: "link", text: address, href });
    last = start + address.length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}
