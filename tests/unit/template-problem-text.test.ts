// A template's placeholder problems read the same in English as the parser's own message, and in
// Greek in a Greek dashboard.
import { describe, expect, it } from "vitest";
import { parseTemplate } from "@/lib/email/parse-template";
import { templateProblemText } from "@/lib/i18n/template-problem-text";
import { messagingWords as say } from "@/lib/i18n/template-field-messages";

const broken = [
  "Dear {{frist_name}}",
  "Dear {{First_Name}}",
  "Dear {{nonsense_words}}",
  "Dear {{first_name",
  "Dear {{}}",
  "{{answer.diet}}",
  "{{/reason}}",
  "{{#reason}}{{#ticket_url}}{{/reason}}",
  "{{#reason}} never closed",
  "Link: {{rsvp_url}}",
];

describe("template problems in the catalogue", () => {
  it("words every kind of problem in English exactly as the parser does", () => {
    const problems = broken.flatMap((source) => parseTemplate(source, "approved", source.includes("answer.") ? ["meal"] : []).problems);
    expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThanOrEqual(8);
    for (const p of problems) expect(templateProblemText(p, say("en"))).toBe(p.message);
  });

  it("words them in Greek, the kind of email by its Greek name", () => {
    const [guess] = parseTemplate("Dear {{First_Name}}", "approved").problems;
    expect(templateProblemText(guess, say("el"))).toBe("Άγνωστη μεταβλητή «{{First_Name}}»: μήπως εννοείτε {{first_name}};");
    const [missing] = parseTemplate("{{rsvp_url}}", "approved").problems;
    expect(templateProblemText(missing, say("el"))).toBe(
      "Το «{{rsvp_url}}» δεν έχει τιμή στο email «Έγκριση (με εισιτήριο)»: χρησιμοποιήστε το μόνο όπου εμφανίζεται στη λίστα.",
    );
  });
});
