// The event form's validation messages in the organizer's language. The zod schema
// (lib/validation/events.ts) is shared with the tests and keeps its English messages; the form (in
// the browser) and its server actions show each issue through the catalogue instead, by its field
// and kind, so both speak the dashboard's language.
import type { z } from "zod";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const TEXT_FIELDS = new Set(["title", "description", "venue", "organizerName", "organizerEmail", "organizerPhone", "organizerUrl"]);
const CHOICES = new Set(["registrationOpen", "approvalMode", "language", "waitlist", "registrationChallenge", "ticketDelivery"]);
const RANGES: Record<string, string> = {
  timeZone: "errors.timeZone",
  capacity: "errors.capacity",
  rsvpReminderDays: "errors.reminder",
  waitlistOfferHours: "errors.offerHours",
};

/** One message per field (a "_form" issue under _form), with `t` scoped to the events namespace. */
export function localizedEventErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    out[field] ??= messageFor(field, issue, t);
  }
  return out;
}

function messageFor(field: string, issue: z.core.$ZodIssue, t: Translate): string {
  if (field in RANGES) return t(RANGES[field]);
  if (CHOICES.has(field)) return t(`errors.choose.${field}`);
  if (field === "slug") {
    if (issue.code === "too_big") return t("errors.slugLong", { max: Number(issue.maximum) });
    if (issue.code === "invalid_format") return t("errors.slugFormat");
    return t("errors.slugShort", { min: 3 });
  }
  if (field === "startsAt" || field === "endsAt") {
    if (issue.code === "custom") return t("errors.endBeforeStart");
    return t(field === "startsAt" ? "errors.startDateTime" : "errors.endDateTime");
  }
  if (TEXT_FIELDS.has(field)) {
    const label = t(`form.labels.${field}`);
    if (issue.code === "too_big") return t("errors.tooLong", { field: label, max: Number(issue.maximum) });
    if (issue.code === "custom") {
      // The control-character check comes first; the format checks of the organizer's contact after it.
      if (issue.message.includes("not allowed")) return t("errors.badCharacters", { field: label });
      if (field === "organizerEmail") return t("errors.organizerEmail");
      if (field === "organizerPhone") return t("errors.organizerPhone");
      if (field === "organizerUrl") return t("errors.organizerUrl");
    }
    return t("errors.required", { field: label });
  }
  return t("errors.invalid");
}

/** What saveEvent refuses (its English field errors), in the organizer's language. */
export function localizedSaveErrors(errors: Record<string, string>, t: Translate): Record<string, string> {
  return Object.fromEntries(Object.keys(errors).map((field) => [field, t(field === "slug" ? "errors.slugTaken" : "errors.notFound")]));
}
