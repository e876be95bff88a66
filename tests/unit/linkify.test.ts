import { describe, expect, it } from "vitest";
import { linkifyText, safeHttpUrl } from "@/lib/text/linkify";

describe("linkifyText", () => {
  it("links http and https addresses and keeps the text around them", () => {
    expect(linkifyText("Programme: https://example.org/day?x=1 and http://a.gr.")).toEqual([
      { kind: "text", text: "Programme: " },
      { kind: "link", text: "https://example.org/day?x=1", href: "https://example.org/day?x=1" },
      { kind: "text", text: " and " },
      { kind: "link", text: "http://a.gr", href: "http://a.gr/" },
      { kind: "text", text: "." },
    ]);
  });

  it("leaves sentence punctuation out of the address but keeps a bracket the address opened", () => {
    expect(linkifyText("(see https://example.org/x), https://en.wikipedia.org/wiki/Foo_(bar)!").filter((s) => s.kind === "link")).toEqual([
      { kind: "link", text: "https://example.org/x", href: "https://example.org/x" },
      { kind: "link", text: "https://en.wikipedia.org/wiki/Foo_(bar)", href: "https://en.wikipedia.org/wiki/Foo_(bar)" },
    ]);
  });

  it("never links other schemes, and markup stays text", () => {
    const text = 'javascript:alert(1) data:text/html,<b>x</b> <a href="https://x.org">y</a> mailto:a@b.org';
    const segments = linkifyText(text);
    expect(segments.every((s) => s.kind === "text" || s.href.startsWith("https://"))).toBe(true);
    // The quote ends the address: the attribute's markup is not part of any link.
    expect(segments.filter((s) => s.kind === "link").map((s) => s.text)).toEqual(["https://x.org"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("a text without addresses is one text segment", () => {
    expect(linkifyText("Bring a laptop.")).toEqual([{ kind: "text", text: "Bring a laptop." }]);
  });
});

describe("safeHttpUrl", () => {
  it("accepts http(s) with a host and refuses credentials and other schemes", () => {
    expect(safeHttpUrl("https://example.org/a")).toBe("https://example.org/a");
    expect(safeHttpUrl("https://user:pw@example.org/")).toBeNull();
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("ftp://example.org")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
  });
});
