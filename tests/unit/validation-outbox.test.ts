// The outbox URL: a search and a page, with anything malformed falling back to the plain first page.
import { describe, expect, it } from "vitest";
import { outboxHref, parseOutboxList } from "@/lib/validation/outbox";

describe("the outbox's URL", () => {
  it("reads a search and a page, and ignores what does not parse", () => {
    expect(parseOutboxList({ q: "  Ελένη ", page: "3" })).toEqual({ q: "Ελένη", page: 3 });
    expect(parseOutboxList({ q: ["ελενη", "x"], page: ["2", "9"] })).toEqual({ q: "ελενη", page: 2 });
    expect(parseOutboxList({ q: "x".repeat(201), page: "-1" })).toEqual({ q: undefined, page: 1 });
    expect(parseOutboxList({ q: "   ", page: "2.5" })).toEqual({ q: undefined, page: 1 });
    expect(parseOutboxList({})).toEqual({ q: undefined, page: 1 });
  });

  it("writes a short link that keeps the search across pages", () => {
    expect(outboxHref({})).toBe("/outbox");
    expect(outboxHref({ page: 1 })).toBe("/outbox");
    expect(outboxHref({ q: "Ελένη & co", page: 2 })).toBe("/outbox?q=%CE%95%CE%BB%CE%AD%CE%BD%CE%B7+%26+co&page=2");
  });
});
