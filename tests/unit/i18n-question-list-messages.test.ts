// Issue 18: the question builder's refusals and its "Saved" in the organizer's language. English
// reads as the schema's own messages always did ("Question n: …" unless the message names the
// question); Greek is worded from the issue's place and code.
import { describe, expect, it } from "vitest";
import { questionsSavedText } from "@/lib/i18n/question-list-messages";
import { QUESTION_LIMITS } from "@/lib/questions/definitions";
import { questionListSchema } from "@/lib/questions/question-schema";
import { parseQuestionList } from "@/lib/questions/save-event-questions";
import { roleQuestion } from "../helpers/questions";

const role = roleQuestion;
const [teacher] = roleQuestion.options!;
const age = { id: "age0000001", key: "age", type: "number", label: "Age", help: "", required: false };

const refusal = (list: unknown[], locale: "en" | "el") => {
  const parsed = parseQuestionList(JSON.stringify(list), locale);
  if (parsed.ok) throw new Error("expected a refusal");
  return parsed.error;
};

/** The English the builder answered before the catalogue: the first message, numbered unless it names the question. */
function schemaWords(list: unknown[]): string {
  const issue = questionListSchema.safeParse(list).error?.issues[0];
  if (!issue) throw new Error("expected a refusal");
  const index = typeof issue.path[0] === "number" ? issue.path[0] + 1 : null;
  return index !== null && !issue.message.includes("“") ? `Question ${index}: ${issue.message}` : issue.message;
}

const bad: unknown[][] = [
  [{ ...age, label: "" }],
  [{ ...age, label: "x".repeat(QUESTION_LIMITS.label + 1) }],
  [{ ...age, label: "Bell\u0007" }],
  [age, { ...age, id: "age0000002", key: "Bad Key" }],
  [{ ...age, type: "nonsense" }],
  [{ ...age, help: "x".repeat(QUESTION_LIMITS.help + 1) }],
  [{ ...role, options: [teacher] }],
  [{ ...role, options: [teacher, { id: "optteach02", label: "teacher" }] }],
  [{ ...role, options: [teacher, { id: "optstud001", label: "" }] }],
  [{ ...age, min: 10, max: 5 }],
  [age, { ...age, id: "age0000002" }],
  [age, age],
  [{ ...age, showWhen: { questionId: role.id, value: "optteach01" } }],
  [role, { ...age, showWhen: { questionId: role.id, value: "nothere01" } }],
  Array.from({ length: 51 }, (_, i) => ({ ...age, id: `age${String(i).padStart(7, "0")}`, key: `age_${i}` })),
];

describe("the question builder's refusals", () => {
  it("read in English as the schema's messages", () => {
    for (const list of bad) expect(refusal(list, "en")).toBe(schemaWords(list));
  });

  it("read in Greek", () => {
    expect(refusal([{ ...age, label: "" }], "el")).toBe("Ερώτηση 1: Η ερώτηση είναι υποχρεωτική");
    expect(refusal([{ ...role, options: [teacher] }], "el")).toBe("Η ερώτηση «Role» χρειάζεται τουλάχιστον δύο επιλογές");
    expect(refusal([age, { ...age, id: "age0000002" }], "el")).toBe("Δύο ερωτήσεις χρησιμοποιούν το όνομα πεδίου αντικατάστασης «age»");
    expect(refusal([{ ...role, options: [teacher, { id: "optstud001", label: "" }] }], "el")).toBe(
      "Ερώτηση 1: Η επιλογή είναι υποχρεωτική",
    );
    expect(parseQuestionList("{not json", "el")).toEqual({
      ok: false,
      error: "Η φόρμα δεν έγινε κατανοητή. Φορτώστε ξανά τη σελίδα και δοκιμάστε ξανά.",
    });
    for (const list of bad) expect(refusal(list, "el")).not.toBe(refusal(list, "en"));
  });

  it("say how many questions were saved", () => {
    expect(questionsSavedText(2, "en")).toBe("Saved: the form asks 2 questions of its own.");
    expect(questionsSavedText(1, "en")).toBe("Saved: the form asks 1 question of its own.");
    expect(questionsSavedText(0, "en")).toBe("Saved: the form asks no questions of its own.");
    expect(questionsSavedText(2, "el")).toBe("Αποθηκεύτηκε: η φόρμα έχει 2 δικές της ερωτήσεις.");
  });
});
