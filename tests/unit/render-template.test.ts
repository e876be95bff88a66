import { describe, expect, it } from "vitest";
import { messageKinds } from "@/lib/db/schema/messages";
import { parseTemplate } from "@/lib/email/parse-template";
import { renderTemplate, TemplateError } from "@/lib/email/render-template";
import { defaultTemplates } from "@/lib/email/templates/defaults";

const template = { subject: "Welcome to {{event_title}}", body: "Dear {{first_name}},\n\nSee you at {{venue}}." };
const vars = { first_name: "Ada", event_title: "Data Day", venue: "Main Hall" };

/** The HTML part's paragraphs' text, with React's <!-- --> separators removed. */
const html = (s: string) => s.replaceAll("<!-- -->", "");

describe("email template rendering", () => {
  it("fills placeholders in the subject, text and HTML parts", async () => {
    const out = await renderTemplate(template, vars);
    expect(out.subject).toBe("Welcome to Data Day");
    expect(out.text).toBe("Dear Ada,\n\nSee you at Main Hall.");
    expect(out.html).toContain("Dear Ada,");
    expect(out.html).toContain("See you at Main Hall.");
    expect(out.html).toContain("<title>Welcome to Data Day</title>");
  });

  it("builds the HTML part as a table layout with inline styles and the event title as its header", async () => {
    const out = await renderTemplate(template, { ...vars, event_url: "https://example.com/e/data-day" });
    expect(out.html).toMatch(/^<!DOCTYPE html/);
    expect(out.html).toContain('role="presentation"');
    expect(out.html).toMatch(/<h1 style="[^"]+">Data Day<\/h1>/);
    expect(out.html).not.toContain("<style");
    expect(html(out.html)).toContain("You are receiving this email because you registered for Data Day.");
    expect(out.html).toContain('href="https://example.com/e/data-day"');
  });

  it("accepts spaces inside the braces", async () => {
    expect((await renderTemplate({ subject: "{{ first_name }}", body: "{{  first_name}}" }, vars)).text).toBe("Ada");
  });

  it("HTML-escapes values in the HTML part and keeps them raw in the text part", async () => {
    const first_name = `<script>alert("hi")</script> & O'Brien`;
    const out = await renderTemplate(template, { ...vars, first_name });
    expect(out.html).toContain("Dear &lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; O&#x27;Brien,");
    expect(out.html).not.toContain("<script>");
    expect(out.text).toContain(`Dear ${first_name},`);
  });

  it("shows script tags written in the template itself as text", async () => {
    const out = await renderTemplate({ subject: "Hi <b>", body: "Bring <laptop> & charger\n<script>alert(1)</script>" }, {});
    expect(out.html).toContain("Bring &lt;laptop&gt; &amp; charger<br/>&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out.html).not.toContain("<script>");
    expect(out.html).toContain("<title>Hi &lt;b&gt;</title>");
    expect(out.text).toBe("Bring <laptop> & charger\n<script>alert(1)</script>");
  });

  it("does not expand placeholders or replacement patterns that appear inside values", async () => {
    const out = await renderTemplate(template, { ...vars, first_name: "{{venue}} $& $1" });
    expect(out.text).toBe("Dear {{venue}} $& $1,\n\nSee you at Main Hall.");
  });

  it("turns blank lines into paragraphs and single newlines into line breaks in HTML", async () => {
    const out = await renderTemplate({ subject: "s", body: "one\ntwo\n\nthree\r\n \r\nfour" }, {});
    expect(out.html).toMatch(/<p style="[^"]+">one<br\/>two<\/p>/);
    expect(out.html).toMatch(/<p style="[^"]+">three<\/p>/);
    expect(out.html).toMatch(/<p style="[^"]+">four<\/p>/);
    expect(out.text).toBe("one\ntwo\n\nthree\n\nfour");
  });

  it("links web addresses in the text, keeping trailing punctuation outside and escaping the address", async () => {
    const out = await renderTemplate(
      { subject: "s", body: "Page: {{event_url}}. See https://en.wikipedia.org/wiki/Ada_(name), or {{ticket_url}}" },
      { event_url: "https://example.com/e/data?x=1&y=2", ticket_url: 'https://evil.example/"><script>x</script>' },
    );
    expect(out.html).toContain('<a href="https://example.com/e/data?x=1&amp;y=2"');
    expect(out.html).toContain(">https://example.com/e/data?x=1&amp;y=2</a>.");
    expect(out.html).toContain('href="https://en.wikipedia.org/wiki/Ada_(name)"');
    // Quotes and angle brackets end an address: the rest is escaped text, never markup.
    expect(out.html).toContain('href="https://evil.example/"');
    expect(out.html).toContain("&quot;&gt;&lt;script&gt;x&lt;/script&gt;");
    expect(out.html).not.toContain("<script>");
  });

  it("does not link other schemes", async () => {
    const out = await renderTemplate({ subject: "s", body: "javascript:alert(1) and data:text/html,hi" }, {});
    expect(out.html).not.toContain("<a ");
  });

  it("keeps an optional section when its value is there and drops it, with its lines, when empty", async () => {
    const rejected = defaultTemplates.rejected;
    const base = { first_name: "Ada", event_title: "Data Day" };
    const withReason = await renderTemplate(rejected, { ...base, reason: "Fully <booked>" }, "rejected");
    expect(withReason.text).toContain("at this event.\n\nReason: Fully <booked>\n\nWe hope");
    expect(withReason.html).toContain("Reason: Fully &lt;booked&gt;");
    for (const reason of ["", "   "]) {
      const without = await renderTemplate(rejected, { ...base, reason }, "rejected");
      expect(without.text).toContain("at this event.\n\nWe hope");
      expect(without.text).not.toContain("Reason");
      expect(without.html).not.toContain("Reason");
    }
  });

  it("leaves a placeholder with no value empty", async () => {
    expect((await renderTemplate({ subject: "s", body: "Ticket: {{ticket_url}}." }, {})).text).toBe("Ticket: .");
  });

  it("refuses to render a template with problems and names them", async () => {
    const bad = { subject: "{{event_titel}}", body: "Hi {{First_Name}}, {{ticket_url}}" };
    await expect(renderTemplate(bad, vars, "registration_received")).rejects.toThrow(TemplateError);
    await expect(renderTemplate(bad, vars)).rejects.toThrow("Unknown placeholder “{{event_titel}}”");
    await expect(renderTemplate({ subject: "s", body: "{{ticket_url}}" }, vars, "rejected")).rejects.toThrow(
      "has no value in the “Rejected” email",
    );
  });

  it("strips newlines from the subject so a value cannot add headers", async () => {
    const out = await renderTemplate(template, { ...vars, event_title: "Data Day\r\nBcc: victim@example.com\n" });
    expect(out.subject).toBe("Welcome to Data Day Bcc: victim@example.com");
    expect(out.subject).not.toMatch(/[\r\n]/);
  });

  it("keeps Greek and CJK text intact in both parts", async () => {
    const out = await renderTemplate(template, { ...vars, first_name: "Γιώργος 李" });
    expect(out.text).toContain("Dear Γιώργος 李,");
    expect(out.html).toContain("Dear Γιώργος 李,");
    expect(out.html).toContain("charset=UTF-8");
  });
});

describe("default templates", () => {
  const values = {
    first_name: "Ada",
    last_name: "Lovelace",
    full_name: "Ada Lovelace",
    email: "ada@example.com",
    event_title: "Data Day",
    event_date: "Tue, 1 December 2026, 09:30–17:00 (EET)",
    venue: "Main Hall",
    event_url: "https://example.com/e/data-day",
  };

  it("exist for every kind and use only placeholders that kind can fill", () => {
    for (const kind of messageKinds) {
      const t = defaultTemplates[kind];
      expect(parseTemplate(t.subject, kind).problems, kind).toEqual([]);
      expect(parseTemplate(t.body, kind).problems, kind).toEqual([]);
    }
  });

  it("read well without the optional values (reason, ticket link): no braces, no empty lines in a row, no dangling labels", async () => {
    for (const kind of messageKinds) {
      // An RSVP request always has its link: it is what the email is for.
      const out = await renderTemplate(defaultTemplates[kind], { ...values, rsvp_url: "https://example.com/rsvp/x" }, kind);
      expect(out.text, kind).not.toMatch(/[{}]/);
      expect(out.text, kind).not.toMatch(/\n\s*\n\s*\n/);
      // A label whose value was left out ("Reason:" then a blank line) would dangle.
      expect(out.text, kind).not.toMatch(/:[ \t]*(?:\n\n|$)/);
      expect(out.text, kind).toContain("Dear Ada,");
      expect(out.subject, kind).toContain("Data Day");
    }
  });

  it("say what each kind needs: the attached ticket and its link, the RSVP link, the reason, the certificate", async () => {
    const approved = await renderTemplate(
      defaultTemplates.approved,
      { ...values, ticket_url: "https://example.com/t/abc", ticket_attached: "yes" },
      "approved",
    );
    expect(approved.text).toContain("Your ticket is attached");
    expect(approved.text).toContain("https://example.com/t/abc");
    expect(approved.html).toContain('href="https://example.com/t/abc"');
    const resend = await renderTemplate(
      defaultTemplates.ticket_resend,
      { ...values, ticket_url: "https://example.com/t/abc", ticket_attached: "yes" },
      "ticket_resend",
    );
    expect(resend.text).toContain("attached");
    // An event that sends tickets as links: the link, and no word of an attachment.
    for (const kind of ["approved", "ticket_resend"] as const) {
      const linked = await renderTemplate(
        defaultTemplates[kind],
        { ...values, ticket_url: "https://example.com/t/abc", ticket_link_only: "yes" },
        kind,
      );
      expect(linked.text, kind).toContain("https://example.com/t/abc");
      expect(linked.text, kind).not.toContain("attached");
    }
    expect(resend.text).toContain("https://example.com/t/abc");
    const rsvp = await renderTemplate(
      defaultTemplates.rsvp_request,
      { ...values, rsvp_url: "https://example.com/rsvp/xyz" },
      "rsvp_request",
    );
    expect(rsvp.text).toContain("https://example.com/rsvp/xyz");
    const certificate = await renderTemplate(defaultTemplates.certificate, values, "certificate");
    expect(certificate.text).toContain("certificate of attendance is attached");
  });
});
