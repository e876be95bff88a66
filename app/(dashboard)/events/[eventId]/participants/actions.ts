"use server";
// Participant actions: approve / reject (one, a selection, or all matching a filter), add a
// participant by hand, send a ticket again. Each one checks the session itself, validates its input
// with zod and calls one use-case, which checks the event belongs to this organizer (getEventForUser)
// and scopes every write to it: ids from the browser are never trusted on their own.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { approveParticipants } from "@/lib/participants/approve-participants";
import type { StatusChangeResult } from "@/lib/participants/change-participant-status";
import { registerParticipant } from "@/lib/participants/register-participant";
import { rejectParticipants } from "@/lib/participants/reject-participants";
import { requestTicketResend } from "@/lib/tickets/request-ticket-resend";
import { fieldErrors, formToObject } from "@/lib/validation/fields";
import { keptValues, type FormState } from "@/lib/validation/form-state";
import { statusChangeFromForm, statusChangeSchema, ticketResendSchema } from "@/lib/validation/participant-status";
import { participantFields } from "@/lib/validation/participants";
import type { ActionState } from "@/lib/validation/form-state";

const NO_EVENT = "This event does not exist or you cannot manage it.";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describe(change: "approve" | "reject", r: Extract<StatusChangeResult, { ok: true }>): string {
  const done = change === "approve" ? "approved" : "rejected";
  const parts = [r.changed === 0 ? `No participant was ${done}.` : `${change === "approve" ? "Approved" : "Rejected"} ${plural(r.changed, "participant")}.`];
  if (r.skipped) parts.push(`${r.skipped} ${r.skipped === 1 ? "was" : "were"} already ${done}.`);
  if (r.ineligible) parts.push(`${plural(r.ineligible, "participant")} could not be ${done} (cancelled, or not in this event).`);
  return parts.join(" ");
}

export async function changeStatusAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireOrganizer();
  const parsed = statusChangeSchema.safeParse(statusChangeFromForm(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "The request was not understood. Reload the page and try again." };
  const input = parsed.data;
  const selection = input.scope === "selection" ? { ids: input.ids } : { filter: input.filter };
  const result =
    input.change === "approve"
      ? await approveParticipants(db(), user, String(eventId), selection)
      : await rejectParticipants(db(), user, String(eventId), selection, input.reason);
  if (!result.ok) return { error: NO_EVENT };
  revalidatePath(`/events/${eventId}`, "layout");
  return { ok: true, message: describe(input.change, result) };
}

// "closed" does not apply to the dashboard: organizers may add people after registration closes.
const ADD_REASONS: Record<string, string> = {
  not_found: NO_EVENT,
  full: "The event is full. Raise its capacity (Edit event) to add more participants.",
};

export async function addParticipantAction(eventId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizer();
  const raw = formToObject(form);
  const values = keptValues(raw);
  const event = await getEventForUser(db(), user, String(eventId));
  if (!event) return { error: NO_EVENT, values };
  const parsed = participantFields.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };
  const result = await registerParticipant(db(), event.id, parsed.data, "dashboard");
  if (!result.ok) {
    if (result.reason === "duplicate") return { error: "Please correct the highlighted fields.", fieldErrors: { email: "Already registered for this event" }, values };
    return { error: ADD_REASONS[result.reason] ?? "The participant could not be added.", values };
  }
  revalidatePath(`/events/${event.id}`, "layout");
  redirect(`/events/${event.id}/participants/${result.participantId}?added=1`);
}

export async function requestTicketResendAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireOrganizer();
  const parsed = ticketResendSchema.safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "The request was not understood." };
  const result = await requestTicketResend(db(), user, String(eventId), parsed.data.participantId, parsed.data.requestId);
  if (!result.ok) {
    return { error: result.reason === "not_approved" ? "Only an approved participant has a ticket to send." : "This participant does not exist or you cannot manage them." };
  }
  revalidatePath(`/events/${eventId}`, "layout");
  return { ok: true, message: "The ticket is on its way: it will be emailed again in a moment." };
}
