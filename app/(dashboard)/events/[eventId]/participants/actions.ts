"use server";
// Participant actions: approve / reject (one, a selection, or all matching a filter), add a
// participant by hand, send a ticket again. eventAction checks the session and the event and
// validates the input with zod; each calls one use-case, which checks the event belongs to this
// organizer (getEventForUser) again and scopes every write to it: ids from the browser are never
// trusted on their own. Every message is in the organizer's language (getTranslations).
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { eventAction } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { localizedFieldErrors } from "@/lib/i18n/field-messages";
import { approveParticipants } from "@/lib/participants/approve-participants";
import { CHANGES, changeParticipantStatus, type StatusChangeResult } from "@/lib/participants/change-participant-status";
import { correctParticipantEmail } from "@/lib/participants/correct-participant-email";
import { registerParticipant } from "@/lib/participants/register-participant";
import { rejectParticipants } from "@/lib/participants/reject-participants";
import { startBulkCancel } from "@/lib/participants/start-bulk-cancel";
import { requestTicketResend } from "@/lib/tickets/request-ticket-resend";
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

const messages = () => getTranslations("participants");

async function describe(change: StatusChangeKind, r: Extract<StatusChangeResult, { ok: true }>): Promise<string> {
  const t = await getTranslations(`participants.result.${change}`);
  const parts = [r.changed === 0 ? t("none") : t("changed", { count: r.changed })];
  if (r.skipped) parts.push(t("skipped", { count: r.skipped }));
  if (r.ineligible) parts.push(t("ineligible", { count: r.ineligible }));
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
  noEvent: async (): Promise<ActionState> => ({ error: (await messages())("errors.noEvent") }),
  run: async ({ user, event, input }): Promise<ActionState> => {
    const selection = input.scope === "selection" ? { ids: input.ids } : { filter: input.filter };
    const result =
      input.change === "approve"
        ? await approveParticipants(db(), user, event.id, selection)
        : input.change === "reject"
          ? await rejectParticipants(db(), user, event.id, selection, input.reason)
          : await changeParticipantStatus(db(), user, event.id, selection, otherChange(input));
    if (!result.ok) return { error: (await messages())(result.reason === "full" ? "errors.noSeat" : "errors.noEvent") };
    revalidatePath(`/events/${event.id}`, "layout");
    return { ok: true, message: await describe(input.change, result) };
  },
});

// Cancelling a selection or all matching: an operation with progress (participants.cancel), its
// emails sent once each; the organizer follows it on its page.
export const startBulkCancelAction = eventAction({
  schema: bulkCancelSchema,
  read: bulkCancelFromForm,
  noEvent: async (): Promise<ActionState> => ({ error: (await messages())("errors.noEvent") }),
  run: async ({ user, event, input }): Promise<ActionState> => {
    const selection = input.scope === "selection" ? { ids: input.ids } : { filter: input.filter };
    const result = await startBulkCancel(db(), user, event.id, selection, {
      requestId: input.requestId,
      reason: input.reason ?? null,
      notify: input.notify,
    });
    if (!result.ok && result.reason === "not_found") return { error: (await messages())("errors.noEvent") };
    if (!result.ok) return { error: (await getTranslations("participants.cancellation"))("nobody") };
    revalidatePath(`/events/${event.id}`, "layout");
    redirect(`/events/${event.id}/participants/cancellations/${result.operationId}`);
  },
});

// "closed" does not apply to the dashboard: organizers may add people after registration closes.
const ADD_REASONS: Record<string, "errors.noEvent" | "errors.addFull"> = { not_found: "errors.noEvent", full: "errors.addFull" };

export const addParticipantAction = eventAction({
  schema: participantFields,
  noEvent: async (raw): Promise<FormState> => ({ error: (await messages())("errors.noEvent"), values: keptValues(raw) }),
  // The public form's field messages, in the organizer's language.
  invalid: async (error, raw): Promise<FormState> => {
    const t = await getTranslations("public");
    return { fieldErrors: localizedFieldErrors(error, (key, v) => t(key as never, v as never)), values: keptValues(raw) };
  },
  run: async ({ event, input, raw }): Promise<FormState> => {
    const values = keptValues(raw);
    const result = await registerParticipant(db(), event.id, input, "dashboard");
    if (!result.ok) {
      const t = await messages();
      if (result.reason === "duplicate") return { error: t("errors.correctFields"), fieldErrors: { email: t("errors.duplicate") }, values };
      return { error: t(ADD_REASONS[result.reason] ?? "errors.addFailed"), values };
    }
    revalidatePath(`/events/${event.id}`, "layout");
    redirect(`/events/${event.id}/participants/${result.participantId}?added=1`);
  },
});

export const requestTicketResendAction = eventAction({
  schema: ticketResendSchema,
  noEvent: async (): Promise<ActionState> => ({ error: (await messages())("errors.noParticipant") }),
  run: async ({ user, event, input }): Promise<ActionState> => {
    const result = await requestTicketResend(db(), user, event.id, input.participantId, input.requestId);
    const t = await messages();
    if (!result.ok) return { error: t(result.reason === "not_approved" ? "errors.notApproved" : "errors.noParticipant") };
    revalidatePath(`/events/${event.id}`, "layout");
    return { ok: true, message: t("ticketQueued") };
  },
});

/** Correct an address marked undeliverable, or clear the mark (the use-case scopes it to the event). */
const CORRECT_EMAIL_REASONS = {
  not_found: "errors.noParticipant",
  not_marked: "undeliverable.notMarked",
  taken: "undeliverable.taken",
} as const;

export const correctEmailAction = eventAction({
  schema: correctEmailSchema,
  noEvent: async (): Promise<ActionState> => ({ error: (await messages())("errors.noEvent") }),
  invalid: async (error, raw): Promise<ActionState> => {
    const field = await getTranslations("public");
    return {
      error: (await messages())("undeliverable.correctAddress"),
      fieldErrors: localizedFieldErrors(error, (key, v) => field(key as never, v as never)),
      values: keptValues(raw),
    };
  },
  run: async ({ user, event, input, raw }): Promise<ActionState> => {
    const result = await correctParticipantEmail(db(), {
      eventId: event.id,
      participantId: input.participantId,
      email: input.intent === "correct" ? input.email : null,
      actor: { id: user.id, name: user.name },
    });
    const t = await messages();
    if (!result.ok) {
      const error = t(CORRECT_EMAIL_REASONS[result.reason]);
      return { error, fieldErrors: result.field ? { email: error } : undefined, values: keptValues(raw) };
    }
    revalidatePath(`/events/${event.id}`, "layout");
    return { ok: true, message: t("undeliverable.saved") };
  },
});
