// What the approve / reject and ticket-resend forms may post: anything else is refused before any
// database work.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { statusChangeFromForm, statusChangeSchema, ticketResendSchema } from "@/lib/validation/participant-status";

function form(fields: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of fields) f.append(k, v);
  return f;
}

const parse = (fields: [string, string][]) => statusChangeSchema.safeParse(statusChangeFromForm(form(fields)));

describe("status change form", () => {
  it("reads a selection of ids and an optional reason", () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const result = parse([
      ["scope", "selection"],
      ["change", "reject"],
      ["ids", a],
      ["ids", b],
      ["reason", "  Full \n sorry "],
    ]);
    expect(result.success && result.data).toEqual({
      scope: "selection",
      change: "reject",
      ids: [a, b],
      reason: "Full \n sorry",
      notify: false,
    });
  });

  it("reads the filter of an all-matching change, dropping filter values that do not parse", () => {
    const result = parse([
      ["scope", "filter"],
      ["change", "approve"],
      ["q", " Ελένη "],
      ["status", "pending"],
      ["source", "fax"],
    ]);
    expect(result.success && result.data).toEqual({
      scope: "filter",
      change: "approve",
      filter: { q: "Ελένη", status: "pending", source: undefined },
      notify: false,
    });
  });

  it("refuses ids that are not uuids, an empty selection and an oversized one", () => {
    expect(
      parse([
        ["scope", "selection"],
        ["change", "approve"],
        ["ids", "1 or 1=1"],
      ]).success,
    ).toBe(false);
    expect(
      parse([
        ["scope", "selection"],
        ["change", "approve"],
      ]).success,
    ).toBe(false);
    const many = Array.from({ length: 501 }, () => ["ids", randomUUID()] as [string, string]);
    expect(parse([["scope", "selection"], ["change", "approve"], ...many]).success).toBe(false);
  });

  it("refuses an unknown change or scope", () => {
    expect(
      parse([
        ["scope", "selection"],
        ["change", "delete"],
        ["ids", randomUUID()],
      ]).success,
    ).toBe(false);
    expect(
      parse([
        ["scope", "everyone"],
        ["change", "approve"],
      ]).success,
    ).toBe(false);
  });

  it("refuses a reason over 1000 characters or with control characters", () => {
    const base: [string, string][] = [
      ["scope", "selection"],
      ["change", "reject"],
      ["ids", randomUUID()],
    ];
    const long = parse([...base, ["reason", "x".repeat(1001)]]);
    expect(long.success).toBe(false);
    expect(long.error?.issues[0].message).toBe("Reason must be at most 1000 characters");
    expect(parse([...base, ["reason", "x".repeat(1000)]]).success).toBe(true);
    expect(parse([...base, ["reason", "bell\u0007"]]).success).toBe(false);
  });
});

describe("ticket resend form", () => {
  it("needs a participant id and a request id, both uuids", () => {
    expect(ticketResendSchema.safeParse({ participantId: randomUUID(), requestId: randomUUID() }).success).toBe(true);
    const bad = ticketResendSchema.safeParse({ participantId: randomUUID(), requestId: "double-click" });
    expect(bad.error?.issues[0].message).toBe("This form has expired: reload the page and try again");
    expect(ticketResendSchema.safeParse({ requestId: randomUUID() }).success).toBe(false);
  });
});
