"use server";
// RSVP actions of the organizer: send the RSVP email to one participant, start a bulk send (a
// selection or all matching a filter), retry a bulk send's failed recipients. Each checks the
// session itself, validates its input with zod and calls one use-case, which checks the event is
// this organizer's and scopes every write to it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { requestRsvpEmail } from "@/lib/rsvp/request-rsvp-email";
import { retryFailedRsvp } from "@/lib/rsvp/retry-failed-rsvp";
import { startRsvpSend } from "@/lib/rsvp/start-rsvp-send";
import { formToObject } from "@/lib/validation/fields";
import { retryFailedSchema, rsvpBulkFromForm, rsvpBulkSchema, rsvpSingleSchema } from "@/lib/validation/rsvp";
import type { ActionState } from "@/lib/validation/form-state";

const NO_EVENT = "This event does not exist or you cannot manage it.";
const STARTED = "The event has started: RSVP answers can no longer be given, so no RSVP email is sent.";

export async function sendRsvpEmailAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireOrganizer();
  const parsed = rsvpSingleSchema.safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "The request was not understood." };
  const result = await requestRsvpEmail(db(), user, String(eventId), parsed.data.participantId, parsed.data.requestId);
  if (!result.ok) {
    if (result.reason === "not_approved") return { error: "Only an approved participant is asked whether they will attend." };
    if (result.reason === "started") return { error: STARTED };
    return { error: "This participant does not exist or you cannot manage them." };
  }
  revalidatePath(`/events/${eventId}`, "layout");
  return { ok: true, message: "The RSVP email is on its way: it will be sent in a moment." };
}

export async function startRsvpSendAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireOrganizer();
  const parsed = rsvpBulkSchema.safeParse(rsvpBulkFromForm(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "The request was not understood. Reload the page and try again." };
  const input = parsed.data;
  const selection = input.scope === "selection" ? { ids: input.ids } : { filter: input.filter };
  const result = await startRsvpSend(db(), user, String(eventId), selection, input.requestId);
  if (!result.ok) {
    if (result.reason === "not_found") return { error: NO_EVENT };
    if (result.reason === "started") return { error: STARTED };
    return {
      error: result.matched
        ? `None of the ${result.matched} chosen ${result.matched === 1 ? "participant is" : "participants are"} approved: only approved participants are asked. Nothing was sent.`
        : "Nobody matches: no RSVP email was sent. Change the filters or the selection and try again.",
    };
  }
  revalidatePath(`/events/${eventId}`, "layout");
  redirect(`/events/${eventId}/operations/${result.operationId}`);
}

export async function retryFailedRsvpAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireOrganizer();
  const parsed = retryFailedSchema.safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "The request was not understood." };
  const result = await retryFailedRsvp(db(), user, String(eventId), parsed.data.operationId);
  if (!result.ok) {
    const reasons = {
      not_found: "This send does not exist or you cannot manage it.",
      running: "This send is still running: wait until it completes, then retry what failed.",
      nothing: "Nothing to retry: no email of this send has failed.",
      started: STARTED,
    } as const;
    return { error: reasons[result.reason] };
  }
  revalidatePath(`/events/${eventId}`, "layout");
  return { ok: true, message: `Retrying ${result.retried} failed ${result.retried === 1 ? "email" : "emails"}.` };
}
