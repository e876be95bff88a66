// The question definitions and the answer schema built from them: the one zod schema the public form
// runs in the browser and its action runs again on the server.
import { describe, expect, it } from "vitest";
import { answersSchema, isShown, rawFromAnswers } from "@/lib/questions/answers-schema";
import { type Question, QUESTION_LIMITS } from "@/lib/questions/definitions";
import { formatAnswer } from "@/lib/questions/format-answer";
import { mergeQuestionList, questionListSchema } from "@/lib/questions/question-schema";
import { roleQuestion } from "../helpers/questions";

const role = roleQuestion;
const school: Question = {
  id: "school0001",
  key: "school",
  type: "short_text",
  label: "School",
  help: "",
  required: true,
  showWhen: { questionId: role.id, value: "optteach01" },
};
const age: Question = { id: "age0000001", key: "age", type: "number", label: "Age", help: "", required: false, min: 16, max: 99 };
const diet: Question = {
  id: "diet000001",
  key: "diet",
  type: "multiple_choice",
  label: "Diet",
  help: "",
  required: false,
  options: [
    { id: "vegan00001", label: "Vegan" },
    { id: "gluten0001", label: "No gluten" },
  ],
};
const photos: Question = { id: "photos0001", key: "photos", type: "yes_no", label: "Photos", help: "", required: true };
const start: Question = { id: "date000001", key: "start", type: "date", label: "Start", help: "", required: false };
const country: Question = { id: "country001", key: "country", type: "country", label: "Country", help: "", required: false };
const all = [role, school, age, diet, photos, start, country];

const parse = (raw: Record<string, string | string[]>, questions = all) => answersSchema(questions).safeParse(raw);
const errorsOf = (raw: Record<string, string | string[]>) => {
  const r = parse(raw);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("registration answers", () => {
  it("gives typed answers keyed by question id", () => {
    const r = parse({
      q_rolerole01: "optteach01",
      q_school0001: " Lyceum ",
      q_age0000001: "42",
      q_diet000001: ["gluten0001", "vegan00001"],
      q_photos0001: "no",
      q_date000001: "2026-12-31",
      q_country001: "GR",
    });
    expect(r.success && r.data).toEqual({
      rolerole01: "optteach01",
      school0001: "Lyceum",
      age0000001: 42,
      diet000001: ["vegan00001", "gluten0001"],
      photos0001: false,
      date000001: "2026-12-31",
      country001: "GR",
    });
  });

  it("asks a conditional question only when its condition is met, and never stores it otherwise", () => {
    expect(errorsOf({ q_rolerole01: "optteach01", q_photos0001: "yes" })).toEqual({ q_school0001: "This question is required" });
    const r = parse({ q_rolerole01: "optstud001", q_school0001: "ignored", q_photos0001: "yes" });
    expect(r.success && r.data).toEqual({ rolerole01: "optstud001", photos0001: true });
    expect(isShown(school, { q_rolerole01: "optstud001" }, all)).toBe(false);
  });

  it("refuses options not in the list, numbers out of range, bad dates, countries and over-long text", () => {
    expect(
      errorsOf({
        q_rolerole01: "optnothere",
        q_age0000001: "12",
        q_diet000001: ["vegan00001", "injected01"],
        q_photos0001: "maybe",
        q_date000001: "2026-02-30",
        q_country001: "XX",
      }),
    ).toEqual({
      q_rolerole01: "Choose one of the options listed",
      q_age0000001: "Enter a number of at least 16",
      q_diet000001: "Choose only options from the list",
      q_photos0001: "Answer yes or no",
      q_date000001: "Enter a date, like 2026-12-31",
      q_country001: "Choose a country from the list",
    });
    expect(errorsOf({ q_rolerole01: "optteach01", q_school0001: "x".repeat(QUESTION_LIMITS.shortText + 1), q_photos0001: "yes" })).toEqual({
      q_school0001: `Your answer must be at most ${QUESTION_LIMITS.shortText} characters`,
    });
    expect(errorsOf({ q_rolerole01: "optstud001", q_photos0001: "yes", q_age0000001: "1e400" })).toEqual({
      q_age0000001: "Enter a number, like 12 or 3.5",
    });
  });

  it("keeps markup in answers as text (escaping is each medium's job)", () => {
    const r = parse({ q_rolerole01: "optteach01", q_school0001: "<script>alert(1)</script>", q_photos0001: "yes" });
    expect(r.success && r.data.school0001).toBe("<script>alert(1)</script>");
  });

  it("lets an organizer leave required questions empty, and round-trips stored answers into the form", () => {
    expect(answersSchema(all, { enforceRequired: false }).safeParse({}).success).toBe(true);
    const answers = { rolerole01: "optteach01", photos0001: true, diet000001: ["vegan00001"], age0000001: 30 };
    const again = answersSchema(all, { enforceRequired: false }).safeParse(rawFromAnswers(all, answers));
    expect(again.success && again.data).toEqual(answers);
  });

  it("formats answers with the current option labels, a renamed option keeping its answers", () => {
    const renamed = { ...diet, options: [{ id: "vegan00001", label: "Plant-based" }, diet.options![1]] };
    expect(formatAnswer(renamed, ["vegan00001", "gluten0001"])).toBe("Plant-based, No gluten");
    expect(formatAnswer(photos, true)).toBe("Yes");
    expect(formatAnswer(country, "GR")).toBe("Greece");
  });
});

describe("question definitions", () => {
  it("accepts a valid list and refuses a condition pointing at a removed or later question", () => {
    expect(questionListSchema.safeParse(all).success).toBe(true);
    const orphan = questionListSchema.safeParse([school]);
    expect(orphan.success).toBe(false);
    expect(orphan.error?.issues[0].message).toContain("not above it");
    expect(questionListSchema.safeParse([school, role]).success).toBe(false);
    const wrongValue = questionListSchema.safeParse([role, { ...school, showWhen: { questionId: role.id, value: "nothere01" } }]);
    expect(wrongValue.error?.issues[0].message).toContain("does not offer");
  });

  it("refuses 100 questions, duplicate keys, one-option choices and reversed number bounds", () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ ...age, id: `age${String(i).padStart(7, "0")}`, key: `age_${i}` }));
    expect(questionListSchema.safeParse(many).error?.issues[0].message).toBe(
      `A form can ask at most ${QUESTION_LIMITS.questions} questions`,
    );
    expect(questionListSchema.safeParse([age, { ...start, key: "age" }]).error?.issues[0].message).toContain("placeholder name “age”");
    expect(questionListSchema.safeParse([{ ...role, options: [role.options![0]] }]).error?.issues[0].message).toContain(
      "at least two options",
    );
    expect(questionListSchema.safeParse([{ ...age, min: 10, max: 5 }]).success).toBe(false);
    expect(questionListSchema.safeParse([{ ...age, label: "x".repeat(QUESTION_LIMITS.label + 1) }]).success).toBe(false);
    expect(questionListSchema.safeParse([{ ...age, type: "script" }]).success).toBe(false);
  });

  it("keeps a removed question (and its answers' meaning) after a save that leaves it out", () => {
    const merged = mergeQuestionList(all, [role, photos]);
    expect(merged.map((q) => [q.key, Boolean(q.removed)])).toEqual([
      ["role", false],
      ["photos", false],
      ["school", true],
      ["age", true],
      ["diet", true],
      ["start", true],
      ["country", true],
    ]);
    expect(merged.find((q) => q.key === "school")?.showWhen).toBeUndefined();
    // Brought back under the same id: it is on the form again.
    expect(mergeQuestionList(merged, [role, photos, age]).find((q) => q.id === age.id)?.removed).toBeUndefined();
  });
});
