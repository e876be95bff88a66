// The registration form's rules: used by the public form in the browser, by its server action,
// and (later) by the dashboard's "add participant" and the CSV import.
import { z } from "zod";
import type { Question } from "@/lib/questions/definitions";
import { email, optionalText, text } from "./fields";

export const participantFields = z.object({
  firstName: text("First name", 100),
  lastName: text("Last name", 100),
  email,
  organisation: optionalText("Organisation", 200),
  phone: optionalText("Phone", 40).refine(
    (v) => v === undefined || /^[+()0-9.\-\s]{5,40}$/.test(v),
    "Enter a phone number using digits, spaces and + - ( )",
  ),
});

export const registrationSchema = participantFields.extend({
  consent: z
    .union([z.literal("on"), z.literal("true"), z.literal(true)], { error: "Please agree so that we can process your registration" })
    .transform(() => true as const),
});

export type ParticipantInput = z.output<typeof participantFields>;
export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;

/** What the public registration form shows after a submit. */
export type RegistrationState = {
  status: "idle" | "error" | "registered";
  /** Registered on the waitlist of a full event. */
  waitlisted?: boolean;
  fieldErrors?: Record<string, string>;
  message?: string;
  values?: Record<string, string>;
  /** What was typed for the event's own questions (multiple choice: several values). */
  answerValues?: Record<string, string | string[]>;
  /**
   * The event's questions as the server checked them: the form renders these, not the ones it was
   * opened with, so a question the organizer added meanwhile appears (highlighted) instead of an
   * error about a field the page does not show.
   */
  questions?: Question[];
  email?: string;
};

/** What "Delete participant and all their data" answers. */
export type DeleteParticipantState = { error?: string; deleted?: boolean };
