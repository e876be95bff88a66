// Issue 18 on the registration questions: a refused answer is worded in the page's language (the
// public form in Greek says it in Greek, in the browser and on the server alike), and without a
// translator, or in English, it reads exactly as the schema's English message.
import { describe, expect, it } from "vitest";
import { answerFieldErrors, answersSchema } from "@/lib/questions/answers-schema";
import { checkRegistrationAnswers, NEW_QUESTION_ERROR, QUESTIONS_SEEN_FIELD } from "@/lib/questions/check-registration-answers";
import type { Question } from "@/lib/questions/definitions";
import { translator } from "@/lib/i18n/translator";

const questions: Question[] = [
  {
    id: "rolerole01",
    key: "role",
    type: "single_choice",
    label: "Role",
    help: "",
    required: true,
    display: "radio",
    options: [{ id: "optteach01", label: "Teacher" }],
  },
  { id: "agenumber1", key: "age", type: "number", label: "Age", help: "", required: false, min: 18, max: 99 },
  { id: "shorttext1", key: "note", type: "short_text", label: "Note", help: "", required: false },
  {
    id: "diet000001",
    key: "diet",
    type: "multiple_choice",
    label: "Diet",
    help: "",
    required: true,
    options: [{ id: "vegan00001", label: "Vegan" }],
  },
];
const bad = { q_rolerole01: "nope", q_agenumber1: "7", q_shorttext1: "x".repeat(2000) };

const translate = (locale: "en" | "el") => {
  const t = translator(locale, "public");
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
};

describe("refused answers in the page's language", () => {
  const parsed = answersSchema(questions).safeParse(bad);
  if (parsed.success) throw new Error("expected the answers to be refused");

  it("English through the catalogue reads as the schema's own messages", () => {
    const plain = answerFieldErrors(parsed.error);
    expect(plain).toEqual({
      q_rolerole01: "Choose one of the options listed",
      q_agenumber1: "Enter a number of at least 18",
      q_shorttext1: expect.stringMatching(/^Your answer must be at most [\d,]+ characters$/),
      q_diet000001: "Choose at least one option",
    });
    expect(answerFieldErrors(parsed.error, translate("en"))).toEqual(plain);
  });

  it("Greek words every refusal in Greek, with its number", () => {
    const greek = answerFieldErrors(parsed.error, translate("el"));
    expect(greek.q_rolerole01).toBe("Επιλέξτε μία από τις επιλογές της λίστας");
    expect(greek.q_agenumber1).toBe("Γράψτε έναν αριθμό τουλάχιστον 18");
    expect(greek.q_shorttext1).toMatch(/^Η απάντησή σας μπορεί να έχει έως [\d.]+ χαρακτήρες$/);
    expect(greek.q_diet000001).toBe("Επιλέξτε τουλάχιστον μία επιλογή");
  });

  it("the server's check of a form opened before a new required question says so in Greek", () => {
    const form = new FormData();
    form.set(QUESTIONS_SEEN_FIELD, "agenumber1");
    form.set("q_agenumber1", "30");
    const english = checkRegistrationAnswers(questions.slice(0, 2), form);
    expect(!english.ok && english.fieldErrors.q_rolerole01).toBe(NEW_QUESTION_ERROR);
    const greek = checkRegistrationAnswers(questions.slice(0, 2), form, translate("el"));
    expect(!greek.ok && greek.fieldErrors.q_rolerole01).toBe("Η ερώτηση προστέθηκε αφού ανοίξατε τη φόρμα: απαντήστε την, παρακαλούμε.");
  });
});
