// Operation-item reasons are stored as codes and worded in the reader's language; plain text (a
// provider's message, a row from before the codes) is shown as it was stored.
import { describe, expect, it } from "vitest";
import { type ItemReason, itemReason, parseItemReason } from "@/lib/operations/item-reason";
import { reasonText } from "../helpers/item-reasons";

const every: ItemReason[] = [
  { code: "deleted" },
  { code: "notApproved", status: "rejected" },
  { code: "eventStarted" },
  { code: "alreadyEmailed" },
  { code: "alreadyCertified" },
  { code: "leftAsItWas", status: "waitlisted" },
  { code: "changedMeanwhile" },
  { code: "renderFailed", detail: "font missing" },
  { code: "gaveUp", step: "send", detail: "rate limited" },
  { code: "gaveUp", step: "cancel", detail: "timeout" },
  { code: "gaveUp", step: "generate", detail: "timeout" },
  { code: "orphaned", kind: "rsvp_email" },
  { code: "orphaned", kind: "certificates_generate" },
  { code: "orphaned", kind: "certificates_email" },
  { code: "orphaned", kind: "announcement_email" },
  { code: "orphaned", kind: "participants_cancel" },
];

describe("operation item reasons", () => {
  it("reads back every code it stores", () => {
    for (const r of every) expect(parseItemReason(itemReason(r))).toEqual(r);
  });

  it("words each code in English as the worker used to store it", () => {
    expect(reasonText(itemReason({ code: "deleted" }))).toBe("The participant was deleted.");
    expect(reasonText(itemReason({ code: "notApproved", status: "rejected" }))).toBe("No longer approved (now Rejected).");
    expect(reasonText(itemReason({ code: "gaveUp", step: "send", detail: "rate limited" }))).toBe(
      "Not sent after several attempts: rate limited",
    );
    expect(reasonText(itemReason({ code: "orphaned", kind: "rsvp_email" }))).toMatch(/stopped unexpectedly/);
  });

  it("words each code in Greek, with the status in Greek, never as a raw key or code", () => {
    for (const r of every) {
      const el = reasonText(itemReason(r), "el");
      expect(el).toMatch(/[\u0370-\u03ff]/);
      expect(el).not.toMatch(/itemReasons|reason:|\{/);
      expect(el).not.toBe(reasonText(itemReason(r), "en"));
    }
    expect(reasonText(itemReason({ code: "leftAsItWas", status: "waitlisted" }), "el")).toContain("Στη λίστα αναμονής");
  });

  it("shows plain text, a malformed code and an unknown status as they are", () => {
    expect(reasonText("Resend: the domain is not verified")).toBe("Resend: the domain is not verified");
    expect(reasonText('reason:{"code":"nonsense"}')).toBe('reason:{"code":"nonsense"}');
    expect(reasonText("reason:{not json")).toBe("reason:{not json");
    expect(reasonText(itemReason({ code: "notApproved", status: "mystery" }))).toBe("No longer approved (now mystery).");
    expect(reasonText(null)).toBe("");
  });

  it("keeps a long error's stored form whole within the column's 1,000 characters", () => {
    const stored = itemReason({ code: "renderFailed", detail: "x".repeat(5000) });
    expect(stored.length).toBeLessThanOrEqual(1000);
    expect(parseItemReason(stored)).toMatchObject({ code: "renderFailed" });
  });
});
