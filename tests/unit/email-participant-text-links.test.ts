// Phishing through participants' text: a web address a participant typed (here in the first name)
// never becomes a link in the HTML email; the organizer's own text and the app's links still do.
import { describe, expect, it } from "vitest";
import { renderTemplate } from "@/lib/email/render-template";
import { defaultTemplates } from "@/lib/email/templates/defaults";

const vars = {
  first_name: "Visit https://evil.example/login to",
  last_name: "Smith",
  full_name: "Visit https://evil.example/login to Smith",
  email: "victim@example.com",
  event_title: "Data Skills Workshop",
  event_date: "Tue, 1 December 2026",
  venue: "Main Hall",
  event_url: "https://events.example.com/e/data-skills",
  ticket_url: "https://events.example.com/t/abcdef",
  rsvp_url: "https://events.example.com/rsvp/token",
};

describe("links in emails", () => {
  it("the approval email keeps a participant's URL as plain text", async () => {
    const { html, text } = await renderTemplate(defaultTemplates.approved, vars, "approved");
    expect(html).not.toContain('href="https://evil.example/login"');
    expect(html).not.toMatch(/<a[^>]*>[^<]*evil\.example/);
    expect(html).toContain("Visit https://evil.example/login to");
    expect(text).toContain("Visit https://evil.example/login to");
    expect(html).not.toMatch(/[\uE000\uE001]/);
    expect(text).not.toMatch(/[\uE000\uE001]/);
  });

  it("every kind's default template keeps participant URLs plain", async () => {
    for (const [kind, template] of Object.entries(defaultTemplates)) {
      const { html } = await renderTemplate(template, { ...vars, reason: "No seats" }, kind as keyof typeof defaultTemplates);
      expect(html, kind).not.toContain('href="https://evil.example');
    }
  });

  it("the organizer's own text and the app's links still become links", async () => {
    const template = {
      subject: "Hi {{first_name}}",
      body: "Hello {{first_name}},\n\nSlides: https://organizer.example/slides.\nEvent: {{event_url}}",
    };
    const { html } = await renderTemplate(template, vars);
    expect(html).toContain('href="https://organizer.example/slides"');
    expect(html).toContain('href="https://events.example.com/e/data-skills"');
    expect(html).not.toContain('href="https://evil.example/login"');
  });

  it("a participant cannot smuggle the marker characters to escape plain text", async () => {
    const template = { subject: "x", body: "Hello {{first_name}}" };
    const { html } = await renderTemplate(template, { first_name: "\uE001 https://evil.example/x \uE000" });
    expect(html).not.toContain('href="https://evil.example/x"');
  });
});
