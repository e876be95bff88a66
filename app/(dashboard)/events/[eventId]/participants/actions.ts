"use server";
// Participant actions: approve / reject (one, a selection, or all matching a filter), add a
// participant by hand, send a ticket again. eventAction checks the session and the event and
// validates the input with zod; each calls one use-case, which checks the event belongs to this
// organizer (getEventForUser) again and scopes every write to it: ids from the browser are never
// trusted on their own.
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { eventAction, NO_EVENT } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { approveParticipants } from "@/lib/participants/approve-participants";
import { CHANGES, changeParticipantStatus, type StatusChangeResult } from "@/lib/participants/change-participant-status";
import { correctParticipantEmail } from "@/lib/participants/correct-participant-email";
import { registerParticipant } from "@/lib/participants/register-participant";
import { rejectParticipants } from "@/lib/participants/reject-participants";
import { startBulkCancel } from "@/lib/participants/start-bulk-cancel";
import { requestTicketResend } from "@/lib/tickets/request-ticket-resend";
import { fieldErrors } from "@/lib/validation/fields";
import { keptValues, type ActionState, type FormState } from "@/lib/validation/form-state";
import { correctEmailSchema } from "@/lib/validation/participant-email";
import {
  bulkCancelFromForm,
  bulkCancelSchema,
  statusChangeFromForm,
  statusChangeSchema,
  ticketResendSchema,
  type StatusChangeInput,
  type StatusChangeKind,
} from "@/lib/validation/participant-status";
import { participantFields } from "@/lib/validation/participants";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const CHANGE_WORDS: Record<StatusChangeKind, { done: string; Done: string; notEligible: string }> = {
  approve: { done: "approved", Done: "Approved", notEligible: "cancelled, waitlisted, or not in this event" },
  reject: { done: "rejected", Done: "Rejected", notEligible: "cancelled, waitlisted, or not in this event" },
  cancel: { done: "cancelled", Done: "Cancelled", notEligible: "rejected, or not in this event" },
  restore: { done: "restored", Done: "Restored", notEligible: "not cancelled, or not in this event" },
  promote: { done: "moved off the waitlist", Done: "Moved off the waitlist", notEligible: "not waitlisted, or not in this event" },
};

function describe(change: StatusChangeKind, r: Extract<StatusChangeResult, { ok: true }>): string {
  const w = CHANGE_WORDS[change];
  const parts = [r.changed === 0 ? `No participant was ${w.done}.` : `${w.Done} ${plural(r.changed, "participant")}.`];
  if (r.skipped) parts.push(`${r.skipped} ${r.skipped === 1 ? "was" : "were"} already ${w.done}.`);
  if (r.ineligible) parts.push(`${plural(r.ineligible, "participant")} could not be ${w.done} (${w.notEligible}).`);
  return parts.join(" ");
}

// Cancel (optional reason and email), restore (needs a free seat), promote from the waitlist: the
// same one status transition as approve and reject (history, seats, waitlist refill).
function otherChange(input: StatusChangeInput) {
  if (input.change === "cancel")
    return { ...CHANGES.cancel, reason: input.reason ?? null, job: input.notify ? ("participant.cancelled" as const) : null };
  if (input.change === "restore") return { ...CHANGES.restore, reason: null };
  return { ...CHANGES.promote, reason: null };
}

export const changeStatusAction = eventAction({
  schema: statusChangeSchema,
  read: statusChangeFromForm,
  run: async ({ user, event, input }): Promise<ActionState> => {
    const selection = input.scope === "selection" ? { ids: input.ids } : { filter: input.filter };
    const result =
      input.change === "approve"
        ? await approveParticipants(db(), user, event.id, selection)
        : input.change === "reject"
          ? await rejectParticipants(db(), user, event.id, selection, input.reason)
          : await changeParticipantStatus(db(), user, event.id, selection, otherChange(input));
    if (!result.ok && result.reason === "full") return { error: "No seat is free for this. Raise the capacity (Edit event) first." };
    if (!result.ok) return { error: NO_EVENT };
    revalidatePath(`/events/${event.id}`, "layout");
    return { ok: true, message: describe(input.change, result) };
  },
});

// Cancelling a selection or all matching: an operation with progress (participants.cancel), its
// emails sent once each; the organizer follows it on its page.
export const startBulkCancelAction = eventAction({
  schema: bulkCancelSchema,
  read: bulkCancelFromForm,
  run: async ({ user, event, input }): Promise<ActionState> => {
    const selection = input.scope === "selection" ? { ids: input.ids } : { filter: input.filter };
    const result = await startBulkCancel(db(), user, event.id, selection, {
      requestId: input.requestId,
      reason: input.reason ?? null,
      notify: input.notify,
    });
    if (!result.ok && result.reason === "not_found") return { error: NO_EVENT };
    if (!result.ok) return { error: (await getTranslations("participants.cancellation"))("nobody") };
    revalidatePath(`/events/${event.id}`, "layout");
    redirect(`/events/${event.id}/participants/cancellations/${result.operationId}`);
  },
});

// "closed" does not apply to the dashboard: organizers may add people after registration closes.
const ADD_REASONS: Record<string, string> = {
  not_found: NO_EVENT,
  full: "The event is full. Raise its capacity (Edit event) to add more participants.",
};

export const addParticipantAction = eventAction({
  schema: participantFields,
  noEvent: (raw): FormState => ({ error: NO_EVENT, values: keptValues(raw) }),
  invalid: (error, raw): FormState => ({ fieldErrors: fieldErrors(error), values: keptValues(raw) }),
  run: async ({ event, input, raw }): Promise<FormState> => {
    const values = keptValues(raw);
    const result = await registerParticipant(db(), event.id, input, "dashboard");
    if (!result.ok) {
      if (result.reason === "duplicate")
        return { error: "Please correct the highlighted fields.", fieldErrors: { email: "Already registered for this event" }, values };
      return { error: ADD_REASONS[result.reason] ?? "The participant could not be added.", values };
    }
    revalidatePath(`/events/${event.id}`, "layout");
    redirect(`/events/${event.id}/participants/${result.participantId}?added=1`);
  },
});

const NO_PARTICIPANT = "This participant does not exist or you cannot manage them.";

export const requestTicketResendAction = eventAction({
  schema: ticketResendSchema,
  noEvent: (): ActionState => ({ error: NO_PARTICIPANT }),
  run: async ({ user, event, input }): Promise<ActionState> => {
    const result = await requestTicketResend(db(), user, event.id, input.participantId, input.requestId);
    if (!result.ok)
      return { error: result.reason === "not_approved" ? "Only an approved participant has a ticket to send." : NO_PARTICIPANT };
    revalidatePath(`/events/${event.id}`, "layout");
    return { ok: true, message: "The ticket is on its way: it will be emailed again in a moment." };
  },
});

/** Correct an address marked undeliverable, or clear the mark (the use-case scopes it to the event). */
export const correctEmailAction = eventAction({
  schema: correctEmailSchema,
  invalid: (error, raw): ActionState => ({
    error: "Please correct the address.",
    fieldErrors: fieldErrors(error),
    values: keptValues(raw),
  }),
  run: async ({ user, event, input, raw }): Promise<ActionState> => {
    const result = await correctParticipantEmail(db(), {
      eventId: event.id,
      participantId: input.participantId,
      email: input.intent === "correct" ? input.email : null,
      actor: { id: user.id, name: user.name },
    });
    if (!result.ok)
      return { error: result.error, fieldErrors: result.field ? { email: result.error } : undefined, values: keptValues(raw) };
    revalidatePath(`/events/${event.id}`, "layout");
    return { ok: true, message: "Saved." };
  },
});
