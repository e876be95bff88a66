// Inputs of the RSVP actions: a participant's answer (public), and the organizer's sends (one
// participant, a selection, all matching a filter) and "Retry failed", as their forms post them.
import { z } from "zod";
import { SELECTION_MAX } from "./participant-limits";
import { participantFilterSchema } from "./participant-list";

const EXPIRED_FORM = "This form has expired: reload the page and try again";

export const rsvpAnswerSchema = z.object({
  // Checked for shape and signature by the use-case; here only bounded.
  token: z
    .string({ error: "This RSVP link is not valid." })
    .min(1, "This RSVP link is not valid.")
    .max(200, "This RSVP link is not valid."),
  answer: z.enum(["attending", "declined"], { error: "Choose “I will attend” or “I can't attend”." }),
});

export const rsvpSingleSchema = z.object({
  participantId: z.uuid("Unknown participant"),
  // Made when the page was rendered: the same request sent twice (a double click) is one email.
  requestId: z.uuid(EXPIRED_FORM),
});

// "Ask those who already answered too": off unless ticked.
const reask = z.preprocess((v) => v === "on", z.boolean());

export const rsvpBulkSchema = z.discriminatedUnion("scope", [
  z.object({
    scope: z.literal("selection"),
    ids: z
      .array(z.uuid("Unknown participant"), { error: "Choose at least one participant" })
      .min(1, "Choose at least one participant")
      .max(SELECTION_MAX, `Choose at most ${SELECTION_MAX} participants at a time`),
    requestId: z.uuid(EXPIRED_FORM),
    reask,
  }),
  z.object({ scope: z.literal("filter"), filter: participantFilterSchema, requestId: z.uuid(EXPIRED_FORM), reask }),
]);

export type RsvpBulkInput = z.output<typeof rsvpBulkSchema>;

/** FormData → the shape rsvpBulkSchema reads (ids repeated; the filter travels as q/status/source/rsvp). */
export function rsvpBulkFromForm(form: FormData) {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : undefined;
  };
  return {
    scope: get("scope"),
    ids: form.getAll("ids").filter((v): v is string => typeof v === "string"),
    filter: { q: get("q"), status: get("status"), source: get("source"), rsvp: get("rsvp"), answer: get("answer"), email: get("email") },
    requestId: get("requestId"),
    reask: get("reask"),
  };
}

export const retryFailedSchema = z.object({ operationId: z.uuid("Unknown operation") });

/** What the public RSVP form shows when an answer was not recorded (on success the page reloads). */
export type RsvpFormState = { error?: string };
