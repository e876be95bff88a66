// The RSVP actions' inputs: an answer needs a bounded token and one of the two answers; the
// organizer's sends need a request id, and a selection is bounded like the approve/reject one.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { retryFailedSchema, rsvpAnswerSchema, rsvpBulkFromForm, rsvpBulkSchema, rsvpSingleSchema } from "@/lib/validation/rsvp";

function form(fields: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of fields) f.append(k, v);
  return f;
}

describe("RSVP inputs", () => {
  it("an answer without a token, with a huge one, or with an unknown answer is refused with a message", () => {
    expect(rsvpAnswerSchema.safeParse({ answer: "attending" }).error?.issues[0].message).toBe("This RSVP link is not valid.");
    expect(rsvpAnswerSchema.safeParse({ token: "x".repeat(201), answer: "attending" }).success).toBe(false);
    expect(rsvpAnswerSchema.safeParse({ token: "abc", answer: "maybe" }).error?.issues[0].message).toMatch(/I will attend/);
    expect(rsvpAnswerSchema.parse({ token: "abc", answer: "declined" })).toEqual({ token: "abc", answer: "declined" });
  });

  it("a send to one participant needs their id and the page's request id", () => {
    expect(rsvpSingleSchema.safeParse({ participantId: randomUUID() }).error?.issues[0].message).toMatch(/expired/);
    expect(rsvpSingleSchema.safeParse({ participantId: "1", requestId: randomUUID() }).success).toBe(false);
  });

  it("a bulk send reads a selection or a filter from the form, with a request id", () => {
    const requestId = randomUUID();
    const ids = [randomUUID(), randomUUID()];
    expect(
      rsvpBulkSchema.parse(
        rsvpBulkFromForm(
          form([
            ["scope", "selection"],
            ["ids", ids[0]],
            ["ids", ids[1]],
            ["requestId", requestId],
          ]),
        ),
      ),
    ).toEqual({
      scope: "selection",
      ids,
      requestId,
      reask: false,
    });
    const byFilter = rsvpBulkSchema.parse(
      rsvpBulkFromForm(
        form([
          ["scope", "filter"],
          ["status", "approved"],
          ["rsvp", "none"],
          ["q", " acme "],
          ["requestId", requestId],
        ]),
      ),
    );
    expect(byFilter).toMatchObject({ scope: "filter", filter: { status: "approved", rsvp: "none", q: "acme" } });
    expect(rsvpBulkSchema.safeParse(rsvpBulkFromForm(form([["scope", "filter"]]))).success).toBe(false);
    expect(
      rsvpBulkSchema.safeParse(
        rsvpBulkFromForm(
          form([
            ["scope", "selection"],
            ["requestId", requestId],
          ]),
        ),
      ).error?.issues[0].message,
    ).toBe("Choose at least one participant");
    const tooMany = Array.from({ length: 501 }, () => ["ids", randomUUID()] as [string, string]);
    expect(rsvpBulkSchema.safeParse(rsvpBulkFromForm(form([["scope", "selection"], ...tooMany, ["requestId", requestId]]))).success).toBe(
      false,
    );
  });

  it("a retry names an operation by its id", () => {
    expect(retryFailedSchema.safeParse({ operationId: "'; drop table operations; --" }).success).toBe(false);
    expect(retryFailedSchema.safeParse({ operationId: randomUUID() }).success).toBe(true);
  });
});
