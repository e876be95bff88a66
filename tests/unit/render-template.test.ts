import { describe, expect, it } from "vitest";
import { escapeHtml, renderTemplate, unknownPlaceholders } from "@/lib/email/render-template";
import { defaultTemplates } from "@/lib/email/templates/defaults";

const template = { subject: "Welcome to {{event_title}}", body: "Dear {{first_name}},\n\nSee you at {{venue}}." };
const vars = { first_name: "Ada", event_title: "Data Day", venue: "Main Hall" };

describe("email template rendering", () => {
  it("fills placeholders in the subject, text and HTML parts", () => {
    const out = renderTemplate(template, vars);
    expect(out.subject).toBe("Welcome to Data Day");
    expect(out.text).toBe("Dear Ada,\n\nSee you at Main Hall.");
    expect(out.html).toContain("Dear Ada,");
    expect(out.html).toContain("See you at Main Hall.");
    expect(out.html).toContain("<title>Welcome to Data Day</title>");
  });

  it("accepts spaces inside the braces", () => {
    expect(renderTemplate({ subject: "{{ first_name }}", body: "{{  first_name}}" }, vars).text).toBe("Ada");
  });

  it("HTML-escapes values in the HTML part and keeps them raw in the text part", () => {
    const first_name = `<script>alert("hi")</script> & O'Brien`;
    const out = renderTemplate(template, { ...vars, first_name });
    expect(out.html).toContain("Dear &lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; O&#39;Brien,");
    expect(out.html).not.toContain("<script>");
    expect(out.text).toContain(`Dear ${first_name},`);
  });

  it("escapes the template's own text in the HTML part too", () => {
    const out = renderTemplate({ subject: "Hi", body: "Bring <laptop> & charger" }, {});
    expect(out.html).toContain("Bring &lt;laptop&gt; &amp; charger");
    expect(out.text).toBe("Bring <laptop> & charger");
  });

  it("does not expand placeholders or replacement patterns that appear inside values", () => {
    const out = renderTemplate(template, { ...vars, first_name: "{{venue}} $& $1" });
    expect(out.text).toBe("Dear {{venue}} $& $1,\n\nSee you at Main Hall.");
  });

  it("turns blank lines into paragraphs and single newlines into line breaks in HTML", () => {
    const out = renderTemplate({ subject: "s", body: "one\ntwo\n\nthree" }, {});
    expect(out.html).toContain(">one<br>two</p>");
    expect(out.html).toContain(">three</p>");
  });

  it("refuses to render and names placeholders it does not know", () => {
    const bad = { subject: "{{event_titel}}", body: "Hi {{first_name}}, {{rsvp_url}} {{rsvp_url}}" };
    expect(unknownPlaceholders(bad, Object.keys(vars))).toEqual(["event_titel", "rsvp_url"]);
    expect(() => renderTemplate(bad, vars)).toThrow("unknown placeholders: event_titel, rsvp_url");
  });

  it("reports nothing when every placeholder is known", () => {
    expect(unknownPlaceholders(template, Object.keys(vars))).toEqual([]);
  });

  it("strips newlines from the subject so a value cannot add headers", () => {
    const out = renderTemplate(template, { ...vars, event_title: "Data Day\r\nBcc: victim@example.com\n" });
    expect(out.subject).toBe("Welcome to Data Day Bcc: victim@example.com");
    expect(out.subject).not.toMatch(/[\r\n]/);
  });

  it("keeps Greek and CJK text intact in both parts", () => {
    const out = renderTemplate(template, { ...vars, first_name: "Γιώργος 李" });
    expect(out.text).toContain("Dear Γιώργος 李,");
    expect(out.html).toContain("Dear Γιώργος 李,");
    expect(out.html).toContain('<meta charset="utf-8">');
  });

  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("has default templates whose placeholders the participant variables provide", () => {
    const provided = ["first_name", "last_name", "full_name", "email", "event_title", "event_date", "venue", "event_url"];
    for (const [kind, t] of Object.entries(defaultTemplates)) {
      expect(unknownPlaceholders(t!, provided), kind).toEqual([]);
    }
  });
});
