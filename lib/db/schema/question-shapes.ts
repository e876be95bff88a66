// The shape of the registration questions stored on an event (events.questions) and of the answers
// stored on a participant (participants.answers). Kept with the schema so the database layer needs
// nothing above it; lib/questions/definitions.ts re-exports them with the rules that use them.

export const questionTypes = [
  "short_text",
  "long_text",
  "number",
  "date",
  "single_choice",
  "multiple_choice",
  "yes_no",
  "email",
  "phone",
  "country",
] as const;
export type QuestionType = (typeof questionTypes)[number];

export type QuestionOption = { id: string; label: string };

export type Question = {
  id: string;
  /** The name in placeholders: {{answer.<key>}}. */
  key: string;
  type: QuestionType;
  label: string;
  help: string;
  required: boolean;
  /** Single choice only: radio buttons or a dropdown. */
  display?: "radio" | "dropdown";
  options?: QuestionOption[];
  /** Number only. */
  min?: number;
  max?: number;
  /** Shown only when the question `questionId` is answered `value` (an option id, or "yes" / "no"). */
  showWhen?: { questionId: string; value: string };
  /** Removed from the form; kept for the answers given before. */
  removed?: boolean;
};

/** A stored answer: text (also dates as YYYY-MM-DD, option ids, country codes), a number, yes/no, or option ids. */
export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;
