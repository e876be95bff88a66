// The HTML part comes from a layout rendered once per template, event values and shape, with each
// participant value substituted: it must be exactly what a React render of those values gives, for
// every template and every value, including values that fall back to a full render.
import { describe, expect, it } from "vitest";
import { messageKinds } from "@/lib/db/schema/messages";
import { renderTemplate, renderTemplateWithoutCache } from "@/lib/email/render-template";
import { defaultTemplates } from "@/lib/email/templates/defaults";

const event = {
  event_title: "Data Day & <Friends>",
  event_date: "1 May 2030, 09:00–17:00",
  venue: "Main Hall, https://maps.example/hall",
  event_url: "https://example.com/e/data-day",
};

const names = [
  "Ada",
  "O'Brien & <Sons>",
  '"Quoted" Name',
  "Ζωή Παπαδοπούλου",
  "José María",
  "Visit https://evil.example/login now",
  "{{first_name}}",
  "a\uE100" + "0\uE101b",
  // These change the layout or the subject's spacing: a full render.
  "two  spaces",
  " leading",
  "trailing ",
  "line\nbreak",
  "tab\there",
  "",
];

const templates = [
  {
    subject: "Welcome {{first_name}} to {{event_title}}",
    body: "Dear {{first_name}} {{last_name}},\n\nSee you at {{venue}}.\n\n{{email}}",
  },
  { subject: "Hello", body: "{{first_name}}\n{{#organisation}}From {{organisation}}{{/organisation}}\n\n\n\nBye {{full_name}}   " },
  ...messageKinds.map((kind) => ({ ...defaultTemplates[kind], kind })),
];

describe("cached email layouts", () => {
  it("give exactly the HTML of a full render, for every template and value, first time and again", async () => {
    for (const { kind, ...template } of templates as { subject: string; body: string; kind?: (typeof messageKinds)[number] }[]) {
      for (const first of names) {
        for (const organisation of ["", "ACME & Co", "Λ<>"]) {
          const vars = {
            ...event,
            first_name: first,
            last_name: "Lovelace",
            full_name: `${first} Lovelace`,
            email: "ada+test@example.com",
            organisation,
            reason: "",
            rsvp_url: "https://example.com/rsvp/abc",
            ticket_url: "https://example.com/t/abc",
          };
          const used = Object.fromEntries(
            Object.entries(vars).filter(([k]) => template.subject.includes(k) || template.body.includes(k) || k in event),
          );
          let expected: Awaited<ReturnType<typeof renderTemplateWithoutCache>>;
          try {
            expected = await renderTemplateWithoutCache(template, used, kind);
          } catch (err) {
            // A template that refuses these values refuses them with the cache too.
            await expect(renderTemplate(template, used, kind)).rejects.toThrow((err as Error).message);
            continue;
          }
          expect(await renderTemplate(template, used, kind)).toEqual(expected);
          expect(await renderTemplate(template, used, kind)).toEqual(expected);
        }
      }
    }
  });

  it("substitutes each participant's own values into a shared layout", async () => {
    const template = { subject: "Hi {{first_name}}", body: "Dear {{first_name}},\n\nSee you." };
    const a = await renderTemplate(template, { ...event, first_name: "Ada" });
    const b = await renderTemplate(template, { ...event, first_name: "Bob <b>" });
    expect(a.html).toContain("Dear Ada,");
    expect(b.html).toContain("Dear Bob &lt;b&gt;,");
    expect(b.html).toContain("<title>Hi Bob &lt;b&gt;</title>");
    expect(a.html).not.toContain("\uE100");
  });
});
