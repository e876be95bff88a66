// The event form's validation messages in the organizer's language: English says what the schema
// says, Greek says it in Greek, for each kind of mistake, and saveEvent's refusals too.
import { describe, expect, it } from "vitest";
import { localizedEventErrors, localizedSaveErrors } from "@/lib/i18n/event-form-messages";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { eventSchema } from "@/lib/validation/events";
import { fieldErrors } from "@/lib/validation/fields";
import { eventForm } from "../helpers/forms";

const t = (locale: Locale) => {
  const tr = translator(locale, "events");
  return (key: string, values?: Record<string, string | number>) => tr(key as never, values as never);
};

const bad = eventForm({
  title: "",
  slug: "ab",
  description: "x".repeat(20_001),
  startsAt: "2026-12-01T17:00",
  endsAt: "2026-12-01T09:30",
  timeZone: "Mars/Olympus_Mons",
  capacity: "0",
  organizerEmail: "nobody",
  organizerUrl: "javascript:alert(1)",
  venue: "Hall\u0007",
});

function errors(locale: Locale, input = bad) {
  const result = eventSchema.safeParse(input);
  expect(result.success).toBe(false);
  return localizedEventErrors(result.error!, t(locale));
}

describe("the event form's messages", () => {
  it("in English are the schema's own messages", () => {
    const english = errors("en");
    const schema = fieldErrors(eventSchema.safeParse(bad).error!);
    for (const field of ["title", "slug", "endsAt", "timeZone", "capacity", "organizerEmail", "organizerUrl", "venue"])
      expect(english[field], field).toBe(schema[field]);
    expect(english.description).toBe("Description must be at most 20,000 characters");
  });

  it("in Greek are Greek for every field the organizer got wrong", () => {
    const greek = errors("el");
    expect(greek).toMatchObject({
      title: "Το πεδίο «Τίτλος» είναι υποχρεωτικό",
      slug: "Το slug πρέπει να έχει τουλάχιστον 3 χαρακτήρες",
      description: "Το πεδίο «Περιγραφή» μπορεί να έχει έως 20.000 χαρακτήρες",
      venue: "Το πεδίο «Χώρος» περιέχει μη επιτρεπτούς χαρακτήρες",
      endsAt: "Η λήξη πρέπει να είναι μετά την έναρξη",
      timeZone: "Επιλέξτε μια έγκυρη ζώνη ώρας",
      organizerEmail: "Πληκτρολογήστε μια έγκυρη διεύθυνση email, π.χ. name@example.com",
    });
    for (const message of Object.values(greek)) expect(message).toMatch(/\p{Script=Greek}/u);
  });

  it("translates saveEvent's refusals by field", () => {
    expect(localizedSaveErrors({ slug: "Another event already uses this URL slug" }, t("el"))).toEqual({
      slug: "Αυτό το slug χρησιμοποιείται ήδη από άλλη εκδήλωση",
    });
    expect(localizedSaveErrors({ _form: "This event does not exist or you cannot edit it." }, t("en"))).toEqual({
      _form: "This event does not exist or you cannot edit it.",
    });
  });
});
