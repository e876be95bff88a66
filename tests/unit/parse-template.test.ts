import { describe, expect, it } from "vitest";
import { parseTemplate, templateProblems } from "@/lib/email/parse-template";
import { placeholders, placeholdersFor } from "@/lib/email/placeholders";
import { messageKinds } from "@/lib/db/schema/messages";

const problems = (source: string, kind?: Parameters<typeof parseTemplate>[1]) => parseTemplate(source, kind).problems;

describe("placeholder parsing", () => {
  it("finds no problem in text with known placeholders, spaces inside the braces included", () => {
    expect(problems("Dear {{first_name}} {{ last_name }}, see you at {{venue}}.", "approved")).toEqual([]);
  });

  it("reports an unknown placeholder with the text as written", () => {
    expect(problems("Hello {{nickname}}!")).toEqual([
      {
        text: "{{nickname}}",
        message: "Unknown placeholder “{{nickname}}”. Use one of the placeholders listed beside the editor.",
        code: "unknown",
        values: { text: "{{nickname}}" },
      },
    ]);
  });

  it("reports a placeholder in the wrong case and suggests the right one", () => {
    expect(problems("Dear {{First_Name}},")).toEqual([
      {
        text: "{{First_Name}}",
        message: "Unknown placeholder “{{First_Name}}”: did you mean {{first_name}}?",
        code: "unknownGuess",
        values: { text: "{{First_Name}}", guess: "{{first_name}}" },
      },
    ]);
    expect(problems("{{EVENT_TITLE}}")[0].message).toContain("did you mean {{event_title}}?");
    expect(problems("{{first name}}")[0].message).toContain("did you mean {{first_name}}?");
  });

  it("reports an unclosed placeholder at the end of the text, before a line break and before the next one", () => {
    expect(problems("Dear {{first_name")).toEqual([
      {
        text: "{{first_name",
        message: "“{{first_name” is not closed: placeholders end with }}, as in {{first_name}}.",
        code: "notClosedGuess",
        values: { text: "{{first_name", close: "}}", guess: "{{first_name}}" },
      },
    ]);
    expect(problems("Dear {{first_name,\nsee you}}")[0].text).toBe("{{first_name,");
    const twoOnALine = problems("{{first_name {{last_name}}");
    expect(twoOnALine).toHaveLength(1);
    expect(twoOnALine[0].text).toBe("{{first_name");
  });

  it("reports a placeholder that this kind of email has no value for", () => {
    expect(problems("Download: {{ticket_url}}", "registration_received")).toEqual([
      {
        text: "{{ticket_url}}",
        message: "“{{ticket_url}}” has no value in the “Registration received” email: use it only where it is listed.",
        code: "notAvailable",
        values: { text: "{{ticket_url}}", kind: "registration_received" },
      },
    ]);
    expect(problems("{{reason}}", "approved")[0].text).toBe("{{reason}}");
    expect(problems("{{rsvp_url}}", "rsvp_request")).toEqual([]);
    expect(problems("{{ticket_url}}", "ticket_resend")).toEqual([]);
  });

  it("reports empty braces, stray closing tags, mismatched and unclosed sections", () => {
    expect(problems("Hi {{}}")[0].message).toContain("“{{}}” is an empty placeholder");
    expect(problems("text {{/reason}}", "rejected")[0].message).toBe(
      "“{{/reason}}” closes a section that was never opened: add {{#reason}} where the optional text starts, or remove it.",
    );
    expect(problems("{{#reason}}Reason: {{reason}}", "rejected")[0].message).toBe(
      "“{{#reason}}” is never closed: add {{/reason}} where the optional text ends.",
    );
    expect(problems("{{#reason}}{{#email}}x{{/reason}}{{/email}}", "rejected")[0].message).toContain(
      "“{{/reason}}” closes {{#reason}}, but the open section is “{{#email}}”",
    );
    expect(problems("{{#Reason}}x{{/Reason}}")[0].message).toContain("did you mean {{#reason}}?");
  });

  it("reports every problem once, in the order written", () => {
    const found = problems("{{foo}} {{First_Name}} {{foo}} {{venue", "approved");
    expect(found.map((p) => p.text)).toEqual(["{{foo}}", "{{First_Name}}", "{{venue"]);
  });

  it("reads an optional section and drops the lines its standalone tags stand on", () => {
    const { nodes, problems: found } = parseTemplate("Sorry.\n  {{#reason}}\nReason: {{reason}}\n{{/reason}}\nBye", "rejected");
    expect(found).toEqual([]);
    expect(nodes).toEqual([
      { type: "text", value: "Sorry.\n" },
      {
        type: "section",
        name: "reason",
        children: [
          { type: "text", value: "Reason: " },
          { type: "value", name: "reason" },
          { type: "text", value: "\n" },
        ],
      },
      { type: "text", value: "Bye" },
    ]);
  });

  it("treats extra braces around a placeholder as text", () => {
    expect(parseTemplate("{{{first_name}}}").nodes).toEqual([
      { type: "text", value: "{" },
      { type: "value", name: "first_name" },
      { type: "text", value: "}" },
    ]);
  });

  it("checks the subject and the body separately", () => {
    expect(templateProblems({ subject: "{{Event_Title}}", body: "{{reason}}" }, "approved")).toEqual({
      subject: [expect.objectContaining({ text: "{{Event_Title}}" })],
      body: [expect.objectContaining({ text: "{{reason}}" })],
    });
  });
});

describe("the placeholder list", () => {
  it("defines each name once, with a description and a sample value", () => {
    const names = placeholders.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of placeholders) {
      expect(p.description.length, p.name).toBeGreaterThan(10);
      expect(p.sample.length, p.name).toBeGreaterThan(0);
    }
  });

  it("gives every kind of email the participant and event placeholders, and the links only where they exist", () => {
    for (const kind of messageKinds) {
      expect(placeholdersFor(kind).map((p) => p.name)).toEqual(
        expect.arrayContaining(["first_name", "last_name", "full_name", "email", "event_title", "event_date", "venue", "event_url"]),
      );
    }
    const kindsOf = (name: string) => messageKinds.filter((k) => placeholdersFor(k).some((p) => p.name === name));
    expect(kindsOf("rsvp_url")).toEqual(["rsvp_request"]);
    expect(kindsOf("ticket_url")).toEqual(["approved", "ticket_resend"]);
    expect(kindsOf("reason")).toEqual(["rejected", "cancelled"]);
  });
});
