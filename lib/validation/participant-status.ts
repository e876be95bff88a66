// Inputs of the dashboard's participant actions: approve / reject (one, a selection, or all that
// a filter matches), send the ticket again, as their forms post them.
import { z } from "zod";
import { optionalText } from "./fields";
import { REJECTION_REASON_MAX, SELECTION_MAX } from "./participant-limits";
import { participantFilterSchema } from "./participant-list";

const reason = optionalText("Reason", REJECTION_REASON_MAX);
// Cancelling by the organizer emails the participant only when asked ("Email the participant").
const notify = z.preprocess((v) => v === "on" || v === "yes", z.boolean());

export const STATUS_CHANGES = ["approve", "reject", "cancel", "restore", "promote"] as const;
export type StatusChangeKind = (typeof STATUS_CHANGES)[number];

export const statusChangeSchema = z.discriminatedUnion("scope", [
  z.object({
    scope: z.literal("selection"),
    change: z.enum(STATUS_CHANGES),
    ids: z
      .array(z.uuid("Unknown participant"), { error: "Choose at least one participant" })
      .min(1, "Choose at least one participant")
      .max(SELECTION_MAX, `Choose at most ${SELECTION_MAX} participants at a time`),
    reason,
    notify,
  }),
  z.object({
    scope: z.literal("filter"),
    change: z.enum(STATUS_CHANGES),
    filter: participantFilterSchema,
    reason,
    notify,
  }),
]);

export type StatusChangeInput = z.output<typeof statusChangeSchema>;

// A bulk cancellation runs as an operation: the confirmation carries a request id made in the
// browser, so the same confirmation sent twice starts one operation.
export const bulkCancelSchema = statusChangeSchema.and(
  z.object({ requestId: z.uuid("This form has expired: reload the page and try again") }),
);

export function bulkCancelFromForm(form: FormData) {
  const requestId = form.get("requestId");
  return { ...statusChangeFromForm(form), change: "cancel", requestId: typeof requestId === "string" ? requestId : undefined };
}

/** FormData → the shape statusChangeSchema reads (ids are repeated fields; the filter travels as q/status/source/rsvp). */
export function statusChangeFromForm(form: FormData) {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : undefined;
  };
  return {
    scope: get("scope"),
    change: get("change"),
    ids: form.getAll("ids").filter((v): v is string => typeof v === "string"),
    filter: { q: get("q"), status: get("status"), source: get("source"), rsvp: get("rsvp"), answer: get("answer"), email: get("email") },
    reason: get("reason"),
    notify: get("notify"),
  };
}

export const ticketResendSchema = z.object({
  participantId: z.uuid("Unknown participant"),
  // Made when the page was rendered: the same request sent twice (a double click) is one email.
  requestId: z.uuid("This form has expired: reload the page and try again"),
});
