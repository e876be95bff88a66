import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { CHALLENGE_MODES } from "@/lib/altcha/challenge-mode";
import { isTimeZone } from "@/lib/events/time";
import { optionalText, text } from "./fields";
import type { ActionError } from "./form-state";

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A field the form may leave out (absent: the event keeps its value); present and empty clears it. */
const keptText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
    .refine((v) => !/[\u0000-\u001F\u007F]/.test(v), `${label} contains characters that are not allowed`)
    .optional();

/** The organizer's web address: http(s) only, so a javascript: or data: address never becomes a link. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const localDateTime = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `${label}: choose a date and time`);

export const eventSchema = z
  .object({
    title: text("Title", 200),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .min(3, "URL slug must be at least 3 characters")
      .max(80, "URL slug must be at most 80 characters")
      .regex(SLUG, "URL slug may contain only a–z, 0–9 and single dashes"),
    description: optionalText("Description", 20_000).transform((v) => v ?? ""),
    venue: optionalText("Venue", 300).transform((v) => v ?? ""),
    startsAt: localDateTime("Start"),
    endsAt: localDateTime("End"),
    timeZone: z.string().refine(isTimeZone, "Choose a valid time zone"),
    capacity: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? Number(v) : null))
      .refine(
        (v) => v === null || (Number.isInteger(v) && v >= 1 && v <= 1_000_000),
        "Capacity must be a whole number from 1, or empty for no limit",
      ),
    rsvpReminderDays: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? Number(v) : null))
      .refine(
        (v) => v === null || (Number.isInteger(v) && v >= 1 && v <= 90),
        "Reminder must be a whole number of days from 1 to 90, or empty for none",
      ),
    registrationOpen: z.enum(["open", "closed"]).transform((v) => v === "open"),
    approvalMode: z.enum(["automatic", "manual"], { error: "Choose how registrations are approved" }),
    // The public pages', default emails' and documents' language. Absent: the event keeps its own
    // (English for a new one); an unsupported code is refused.
    language: z.enum(locales, { error: "Choose the event's language" }).optional(),
    // Absent (a form that does not show them): the event keeps its settings (new events: on, 24 h).
    waitlist: z
      .enum(["on", "off"], { error: "Choose whether a full event offers a waitlist" })
      .optional()
      .transform((v) => (v === undefined ? undefined : v === "on")),
    waitlistOfferHours: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? Number(v) : undefined))
      .refine(
        (v) => v === undefined || (Number.isInteger(v) && v >= 1 && v <= 336),
        "The time to claim a seat must be a whole number of hours from 1 to 336",
      ),
    // Absent (a form that does not show it): the event keeps its setting.
    registrationChallenge: z.enum(CHALLENGE_MODES, { error: "Choose when the registration form asks for the automatic check" }).optional(),
    // How the ticket email carries the ticket: the PDF attached, or only its link. Absent: kept.
    ticketDelivery: z.enum(["attachment", "link"], { error: "Choose how the ticket email carries the ticket" }).optional(),
    // Who runs the event, on the public page. Absent (a form that does not show them): kept.
    organizerName: keptText("Organizer name", 200),
    organizerEmail: keptText("Organizer email", 254).refine(
      (v) => !v || z.email().safeParse(v).success,
      "Enter a valid email address, like name@example.com",
    ),
    organizerPhone: keptText("Organizer phone", 40).refine(
      (v) => !v || /^\+?[0-9 ()\-./]{3,40}$/.test(v),
      "Enter a phone number using digits, spaces and + - ( )",
    ),
    organizerUrl: keptText("Organizer website", 500).refine(
      (v) => !v || isHttpUrl(v),
      "Enter a web address starting with http:// or https://",
    ),
  })
  .refine((v) => v.endsAt >= v.startsAt, { path: ["endsAt"], message: "End must be after the start" });

type ParsedEvent = z.output<typeof eventSchema>;
export type EventInput = Omit<ParsedEvent, "waitlist" | "waitlistOfferHours"> & { waitlist?: boolean; waitlistOfferHours?: number };

/** "Anonymise personal data N days after the event": empty keeps the data; else whole days, 0 (the day after it ends) to 10 years. */
export const anonymiseAfterDaysSchema = z
  .string()
  .trim()
  .max(5, "Enter a number of days from 0 to 3650, or leave it empty.")
  .transform((v) => (v === "" ? null : Number(v)))
  .pipe(
    z
      .number({ error: "Enter a whole number of days." })
      .int("Enter a whole number of days.")
      .min(0)
      .max(3650, "At most 3650 days (10 years).")
      .nullable(),
  );

/** What the Personal data form shows: the number as typed, and whether it was saved. */
export type PrivacyFormState = ActionError & { saved?: boolean; value?: string };
