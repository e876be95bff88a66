// The outbox URL: filters and a keyset cursor, with anything malformed falling back to no filter.
// (Replaces the page-number URL: the outbox pages by cursor now, see lib/db/queries/messages.ts.)
import { describe, expect, it } from "vitest";
import { outboxHref, parseOutboxParams } from "@/lib/validation/outbox";

const EVENT = "0b7f5c1e-7d0a-4a57-9e35-2f6c1b1c9a10";

describe("the outbox's URL", () => {
  it("reads a search, filters and a cursor, and ignores what does not parse", () => {
    expect(parseOutboxParams({ q: "  Ελένη ", event: EVENT, kind: "approved", status: "failed", delivery: "bounced" })).toMatchObject({
      q: "Ελένη",
      event: EVENT,
      kind: "approved",
      status: "failed",
      delivery: "bounced",
    });
    expect(parseOutboxParams({ q: ["ελενη", "x"], to: " Ada@Example.com " })).toMatchObject({ q: "ελενη", to: "ada@example.com" });
    expect(parseOutboxParams({ q: "x".repeat(201), event: "nope", kind: "x", status: "y", delivery: "z", before: "<script>" })).toEqual({
      q: undefined,
      event: undefined,
      kind: undefined,
      status: undefined,
      delivery: undefined,
      to: undefined,
      before: undefined,
      after: undefined,
    });
    expect(parseOutboxParams({ q: "   " }).q).toBeUndefined();
  });

  it("writes a short link that keeps the filters across pages", () => {
    expect(outboxHref({})).toBe("/outbox");
    expect(outboxHref({ q: "Ελένη & co" }, { before: "abc" })).toBe("/outbox?q=%CE%95%CE%BB%CE%AD%CE%BD%CE%B7+%26+co&before=abc");
    expect(outboxHref({ status: "failed" }, { after: "xyz" })).toBe("/outbox?status=failed&after=xyz");
  });
});
