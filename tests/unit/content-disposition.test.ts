// The one Content-Disposition of every download: ASCII filename (Greek transliterated) + RFC 5987 filename*.
import { describe, expect, it } from "vitest";
import { asciiFilename, contentDisposition, utf8Filename } from "@/lib/http/content-disposition";

/** The two names a header carries, as a browser reads them. */
function parse(header: string) {
  const m = /^(attachment|inline); filename="([^"\\]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]*)$/.exec(header);
  if (!m) throw new Error(`not a well-formed header: ${header}`);
  return { type: m[1], ascii: m[2], utf8: decodeURIComponent(m[3]) };
}

describe("download file names", () => {
  it("transliterates Greek to ASCII and keeps the Greek in filename*", () => {
    const header = contentDisposition("certificate-Ελένη Παπαδοπούλου.pdf");
    expect(parse(header)).toEqual({
      type: "attachment",
      ascii: "certificate-eleni-papadopoulou.pdf",
      utf8: "certificate-Ελένη Παπαδοπούλου.pdf",
    });
    expect(asciiFilename("ticket-ergastirio-Ευάγγελος Αυγερινός.pdf")).toBe("ticket-ergastirio-evangelos-avgerinos.pdf");
    expect(asciiFilename("Ψυχή Χάρης Ϊώτα ΐ.PDF")).toBe("psychi-charis-iota-i.pdf");
    expect(asciiFilename("ΟΔΟΣ ΓΙΏΡΓΟΣ.csv")).toBe("odos-giorgos.csv");
  });

  it("transliterates Latin accents and other scripts", () => {
    expect(asciiFilename("José Łódź Straße.pdf")).toBe("jose-lodz-strasse.pdf");
    expect(asciiFilename("Привет.zip")).toBe("privet.zip");
  });

  it("never lets quotes, backslashes or path separators into either name", () => {
    for (const name of ['a"b\\c.csv', "../../etc/passwd", 'x"; filename="evil.exe', "C:\\Users\\x.pdf"]) {
      const header = contentDisposition(name);
      const { ascii, utf8 } = parse(header);
      expect(ascii).toMatch(/^[a-z0-9-]+(\.[a-z0-9]+)?$/);
      expect(utf8).not.toMatch(/["\\/]/);
      expect(header.split(";")).toHaveLength(3);
    }
    expect(parse(contentDisposition('x"; filename="evil.exe')).ascii).toBe("x-filename-evil.exe");
  });

  it("drops control and bidi characters, which could disguise a file's type", () => {
    const { ascii, utf8 } = parse(contentDisposition("\u0000invoice\u202Efdp.exe\r\nSet-Cookie: a=b.pdf"));
    expect(utf8).toBe("invoicefdp.exe Set-Cookie: a=b.pdf");
    expect(ascii).toBe("invoicefdp-exe-set-cookie-a-b.pdf");
    expect(contentDisposition("a\r\nb.pdf")).not.toMatch(/[\r\n]/);
  });

  it("shortens very long names and keeps the extension", () => {
    const long = `${"Παπαδοπούλου ".repeat(40)}.pdf`;
    const { ascii, utf8 } = parse(contentDisposition(long));
    expect(ascii.length).toBeLessThanOrEqual(104);
    expect(ascii.endsWith(".pdf")).toBe(true);
    expect([...utf8].length).toBeLessThanOrEqual(150);
    expect(utf8.endsWith(".pdf")).toBe(true);
    expect(contentDisposition(long).length).toBeLessThan(2000);
  });

  it("falls back to a plain name when nothing of the name is left", () => {
    expect(parse(contentDisposition("", { fallback: "certificate.pdf" }))).toMatchObject({
      ascii: "certificate.pdf",
      utf8: "certificate.pdf",
    });
    expect(parse(contentDisposition("   \u0000 ", { fallback: "download.csv" }))).toMatchObject({
      ascii: "download.csv",
      utf8: "download.csv",
    });
    expect(parse(contentDisposition("漢字.pdf", { fallback: "file.pdf" }))).toEqual({
      type: "attachment",
      ascii: "file.pdf",
      utf8: "漢字.pdf",
    });
    expect(utf8Filename("...", "x.pdf")).toBe("x.pdf");
  });

  it("encodes the characters RFC 5987 does not allow bare, and can say inline", () => {
    const header = contentDisposition("it's (draft) *final*.pdf", { inline: true });
    expect(header).toContain("filename*=UTF-8''it%27s%20%28draft%29%20%2Afinal%2A.pdf");
    expect(parse(header)).toEqual({ type: "inline", ascii: "its-draft-final.pdf", utf8: "it's (draft) *final*.pdf" });
  });
});
