import { describe, expect, it } from "vitest";
import { allFieldErrors, emailTemplateDraftSchema, emailTemplateSchema } from "@/lib/validation/email-templates";

const form = (overrides: Record<string, unknown> = {}) => ({
  kind: "approved",
  subject: "See you at {{event_title}}",
  body: "Dear {{first_name}},\n\nYour ticket: {{ticket_url}}",
  ...overrides,
});

function errors(input: Record<string, unknown>) {
  const parsed = emailTemplateSchema.safeParse(input);
  if (parsed.success) throw new Error("expected the template to be refused");
  return allFieldErrors(parsed.error);
}

describe("email template validation", () => {
  it("accepts a template whose placeholders the kind can fill, trimming and normalising line ends", () => {
    expect(emailTemplateSchema.parse(form({ subject: "  Hi {{first_name}}  ", body: "\r\nLine one\r\nLine two\r\n" }))).toEqual({
      kind: "approved",
      subject: "Hi {{first_name}}",
      body: "Line one\nLine two",
    });
  });

  it("keeps script tags in a body as text to be escaped later", () => {
    expect(emailTemplateSchema.parse(form({ body: "<script>alert(1)</script>" })).body).toBe("<script>alert(1)</script>");
  });

  it("reports every placeholder problem with the offending text, per field", () => {
    expect(errors(form({ subject: "Hi {{First_Name}}", body: "{{reason}} and {{first_name" }))).toEqual({
      subject: ["Unknown placeholder “{{First_Name}}”: did you mean {{first_name}}?"],
      body: [
        "“{{reason}}” has no value in the “Approved (with ticket)” email: use it only where it is listed.",
        "“{{first_name” is not closed: placeholders end with }}, as in {{first_name}}.",
      ],
    });
  });

  it("limits the subject to one line of 200 characters", () => {
    expect(errors(form({ subject: "x".repeat(201) })).subject).toEqual(["Subject must be at most 200 characters"]);
    expect(errors(form({ subject: "Hello\nBcc: someone@example.com" })).subject).toEqual(["Subject must be a single line"]);
    expect(errors(form({ subject: "   " })).subject).toEqual(["Subject is required"]);
    expect(emailTemplateSchema.safeParse(form({ subject: "x".repeat(200) })).success).toBe(true);
  });

  it("refuses a 1 MB body with a message that says the limit and the size, without reading its placeholders", () => {
    const body = `${"A".repeat(1024 * 1024)} {{nonsense}}`;
    expect(errors(form({ body }))).toEqual({ body: ["Body must be at most 20,000 characters; this one has 1,048,589"] });
    expect(emailTemplateSchema.safeParse(form({ body: "x".repeat(20_000) })).success).toBe(true);
  });

  it("refuses an empty body, control characters and an unknown kind", () => {
    expect(errors(form({ body: " \n " })).body).toEqual(["Body is required"]);
    expect(errors(form({ body: "bell \u0007" })).body).toEqual(["Body contains characters that are not allowed"]);
    expect(errors(form({ kind: "newsletter" })).kind).toEqual(["Choose one of the emails listed"]);
    expect(errors({ kind: "approved" })).toMatchObject({ subject: ["Subject is required"], body: ["Body is required"] });
  });

  it("lets the preview take a draft with placeholder problems, which it reports itself", () => {
    expect(emailTemplateDraftSchema.safeParse(form({ body: "{{Nope}}" })).success).toBe(true);
  });
});
