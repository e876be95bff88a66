// The import's coded reasons (issue 18): each code has words in English and Greek, a row's answer
// problems read as the preview shows them in either language, and the start form's refusals are
// coded by their field.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { failureText, type ImportFailure, plainFailures, rowProblemsText } from "@/lib/imports/import-reason";
import { questionReader } from "@/lib/imports/question-columns";
import { startFormFailure, startImportFormSchema } from "@/lib/imports/start-import-form";
import { importWords } from "@/lib/imports/stored-import-reason";
import type { Question } from "@/lib/questions/definitions";

const photos: Question = { id: "photos0001", key: "photos", type: "yes_no", label: "Φωτογραφίες;", help: "", required: false };
const needs: Question = {
  id: "needs00001",
  key: "needs",
  type: "short_text",
  label: "Ανάγκες",
  help: "",
  required: false,
  showWhen: { questionId: photos.id, value: "yes" },
};
const level: Question = {
  id: "level00001",
  key: "level",
  type: "number",
  label: "Level",
  help: "",
  required: false,
  min: 1,
  max: 5,
};

describe("import reasons in each language", () => {
  it("has words for every failure in English and in Greek", () => {
    const failures: ImportFailure[] = [
      ...plainFailures.map((code) => ({ code })),
      { code: "rowTooLong", row: 1200, limitBytes: 1024 * 1024 },
      { code: "unclosedQuote", row: 3 },
      { code: "gaveUp", detail: "connection reset" },
    ];
    for (const failure of failures) {
      const en = failureText(failure, importWords("en"));
      const el = failureText(failure, importWords("el"));
      expect(en, failure.code).not.toMatch(/^(imports\.)?failures\./);
      expect(el, failure.code).not.toBe(en);
      expect(el, failure.code).toMatch(/[α-ω]/);
    }
    // Row numbers are written as the file numbers them, never "1,200".
    expect(failureText({ code: "rowTooLong", row: 1200, limitBytes: 1024 * 1024 }, importWords("en"))).toMatch(
      /^Row 1200 is longer than 1 MB/,
    );
  });

  it("words an answer the form would not keep, a refused value and unreadable characters as the preview shows them", () => {
    const read = questionReader([photos, needs, level], { [photos.id]: 0, [needs.id]: 1, [level.id]: 2 });
    const dropped = read(["όχι", "Ράμπα", "3"]);
    const refused = read(["ναι", "x", "9"]);
    const garbled = read(["ναι", "\uFFFD", "3"]);
    if (dropped.ok || refused.ok || garbled.ok) throw new Error("expected the rows to be refused");
    expect(dropped.problems).toEqual([{ code: "askedOnlyWhen", question: "Ανάγκες", target: "Φωτογραφίες;", value: { yesNo: "yes" } }]);
    expect(rowProblemsText(dropped.problems, importWords("el"))).toBe(
      "Ανάγκες: η φόρμα κάνει αυτή την ερώτηση μόνο όταν η απάντηση στο «Φωτογραφίες;» είναι «Ναι»",
    );
    expect(rowProblemsText(dropped.problems, importWords("en"))).toBe(
      "Ανάγκες: the form asks this only when “Φωτογραφίες;” is answered “Yes”",
    );
    expect(refused.problems).toEqual([{ code: "answer", question: "Level", error: "numberMax", values: { max: 5 } }]);
    expect(rowProblemsText(refused.problems, importWords("el"))).toBe("Level: Γράψτε έναν αριθμό έως 5");
    expect(rowProblemsText(garbled.problems, importWords("el"))).toMatch(/^Ανάγκες: περιέχει χαρακτήρες που δεν διαβάστηκαν/);
  });
});

describe("the start form's refusals", () => {
  it("codes each refused field, so the action words it in the organizer's language", () => {
    const parsed = startImportFormSchema.safeParse({
      encoding: "latin-9",
      delimiter: "comma",
      headerRow: "1",
      email: "",
      firstName: "0",
      lastName: "1",
      requestKey: "not-a-uuid",
    });
    if (parsed.success) throw new Error("expected the form to be refused");
    const byField = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), startFormFailure(i).code]));
    expect(byField).toMatchObject({ encoding: "chooseEncoding", requestKey: "formOutOfDate" });

    const mapping = startImportFormSchema.safeParse({
      encoding: "utf-8",
      delimiter: "comma",
      headerRow: "1",
      email: "",
      firstName: "0",
      lastName: "1",
      requestKey: crypto.randomUUID(),
    });
    if (mapping.success) throw new Error("expected the mapping to be refused");
    const failure = startFormFailure(mapping.error.issues[0]);
    expect(failure).toEqual({ code: "chooseEmailColumn" });
    expect(failureText(failure, importWords("el"))).toBe("Επιλέξτε τη στήλη με τις διευθύνσεις email.");
    expect(startFormFailure({ code: "custom", path: ["question_abc"], message: "x", input: "" } as z.core.$ZodIssue)).toEqual({
      code: "chooseColumn",
    });
  });
});
