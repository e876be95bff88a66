// Issue 18: the email template editor's and the announcement form's refusals in the organizer's
// language. English reads exactly as the schemas' own messages (which logs and e2e specs know);
// Greek is worded from the same codes.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { messagingWords, templateFieldErrors } from "@/lib/i18n/template-field-messages";
import { announcementFormSchema } from "@/lib/validation/announcements";
import { allFieldErrors, emailTemplateSchema } from "@/lib/validation/email-templates";

function refused<T>(result: z.ZodSafeParseResult<T>): z.ZodError {
  if (result.success) throw new Error("expected a refusal");
  return result.error;
}

const template = (overrides: Record<string, unknown>) =>
  refused(emailTemplateSchema.safeParse({ kind: "approved", subject: "Hi", body: "Dear {{first_name}}", ...overrides }));

const badTemplates = [
  { kind: "nonsense" },
  { subject: "" },
  { subject: "x".repeat(201) },
  { subject: "Two\nlines" },
  { subject: "Bell\u0007" },
  { subject: undefined },
  { body: "   " },
  { body: "x".repeat(20_001) },
  { body: "Null\u0000" },
  { subject: "Hi {{First_Name}}", body: "{{nickname}} {{reason}} {{venue" },
];

describe("email template refusals", () => {
  it("read in English exactly as the schema's messages", () => {
    for (const input of badTemplates) {
      const error = template(input);
      expect(templateFieldErrors(error, messagingWords("en"))).toEqual(
        // The kind's message ends with a full stop in the catalogue (as the reset action always said it).
        Object.fromEntries(Object.entries(allFieldErrors(error)).map(([f, m]) => [f, f === "kind" ? m.map((x) => `${x}.`) : m])),
      );
    }
  });

  it("read in Greek, numbers as Greek writes them", () => {
    const el = messagingWords("el");
    expect(templateFieldErrors(template({ body: "x".repeat(20_001) }), el)).toEqual({
      body: ["Το κείμενο μπορεί να έχει έως 20.000 χαρακτήρες· αυτό έχει 20.001"],
    });
    expect(templateFieldErrors(template({ subject: "Two\nlines" }), el)).toEqual({ subject: ["Το θέμα πρέπει να είναι μία γραμμή"] });
    expect(templateFieldErrors(template({ subject: "x".repeat(201) }), el)).toEqual({
      subject: ["Το θέμα μπορεί να έχει έως 200 χαρακτήρες"],
    });
    expect(templateFieldErrors(template({ kind: "nonsense" }), el)).toEqual({ kind: ["Επιλέξτε ένα από τα email της λίστας."] });
    expect(templateFieldErrors(template({ subject: "Hi {{First_Name}}" }), el)).toEqual({
      subject: ["Άγνωστη μεταβλητή «{{First_Name}}»: μήπως εννοείτε {{first_name}};"],
    });
  });
});

describe("announcement form refusals", () => {
  const now = () => new Date("2026-12-01T10:00:00Z");
  const form = (overrides: Record<string, unknown>) =>
    refused(
      announcementFormSchema("Europe/Athens", now).safeParse({
        subject: "Room change",
        body: "We moved to room 2.",
        // The form always posts its filters, blank when not narrowed.
        status: "",
        rsvp: "",
        checkedIn: "",
        requestId: "6f1c1d7e-8a59-4c1e-9a55-3c1a2b9d0e11",
        ...overrides,
      }),
    );

  it("word the time, the filters and an expired form in English and in Greek", () => {
    const cases: [Record<string, unknown>, string, string, string][] = [
      [{ when: "later" }, "sendAt", "Enter the date and time to send", "Συμπληρώστε την ημερομηνία και την ώρα αποστολής"],
      [
        { when: "later", sendAt: "2026-11-30T09:00" },
        "sendAt",
        "Choose a time in the future, or send now",
        "Επιλέξτε μια μελλοντική ώρα ή στείλτε τώρα",
      ],
      [{ when: "tomorrow" }, "when", "Choose when to send", "Επιλέξτε πότε θα σταλεί"],
      [{ status: "nonsense" }, "status", "Choose a status", "Επιλέξτε κατάσταση"],
      [{ checkedIn: "maybe" }, "checkedIn", "Choose checked in or not", "Επιλέξτε αν έχουν εισέλθει ή όχι"],
      [
        { requestId: "x" },
        "requestId",
        "This form has expired: reload the page and try again",
        "Η φόρμα έληξε: φορτώστε ξανά τη σελίδα και δοκιμάστε ξανά",
      ],
      [{ subject: "" }, "subject", "Subject is required", "Το θέμα είναι υποχρεωτικό"],
    ];
    for (const [input, field, english, greek] of cases) {
      const error = form(input);
      expect(allFieldErrors(error)[field]).toEqual([english]);
      expect(templateFieldErrors(error, messagingWords("en"))[field]).toEqual([english]);
      expect(templateFieldErrors(error, messagingWords("el"))[field]).toEqual([greek]);
    }
  });
});
