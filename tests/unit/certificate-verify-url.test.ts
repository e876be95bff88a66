// The verification URL at the foot of a certificate must stay on one line: a break inside the code
// makes it unreadable to type (issue 20, item 7). Its type size shrinks with its length, and React-PDF
// is never offered a break point inside a word.
import { describe, expect, it } from "vitest";
import { keepWordWhole, verifyUrlSize } from "@/lib/certificates/certificate-document";

// The verification block's width in points (certificate-document.tsx), and the widest average glyph
// (in em) of the fonts the certificate uses.
const VERIFY_WIDTH = 200;
const WIDEST_GLYPH_EM = 0.62;
const CODE = "7KX2M9QHTR4WBC8DVNJP3FAYZE";

describe("certificate verification URL", () => {
  // Longer ones reach the 4 pt floor; certificate-pdf-text.test.ts reads a 97-character one back on one line.
  it("is sized to fit the verification block on one line", () => {
    for (const host of ["localhost:3000", "events.example.org", "registrations.example-organisation.org"]) {
      const url = `${host}/verify/${CODE}`;
      const size = verifyUrlSize(url);
      expect(size * WIDEST_GLYPH_EM * url.length).toBeLessThanOrEqual(VERIFY_WIDTH);
      expect(size).toBeLessThanOrEqual(9);
    }
  });

  it("shrinks as the URL grows, never above 9 pt nor below the 4 pt floor", () => {
    const sizes = [10, 40, 60, 80, 120, 400].map((n) => verifyUrlSize("x".repeat(n)));
    expect(sizes[0]).toBe(9);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]);
    expect(sizes.at(-1)).toBe(4);
  });

  it("offers React-PDF no break point inside a word (the code is never hyphenated or split)", () => {
    const url = `events.example.org/verify/${CODE}`;
    expect(keepWordWhole(url)).toEqual([url]);
    expect(keepWordWhole(CODE)).toEqual([CODE]);
  });
});
