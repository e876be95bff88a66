"use server";
// Certificate actions of the organizer: save the design, remove an image, add/remove a participant
// from the list, start a generation or an email send, retry their failures. Each checks the session itself, validates
// its input with zod and checks the event through the organizer's access before any write.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { findParticipantByEmail, setOverride } from "@/lib/certificates/overrides";
import { removeImage, saveSettings, settingsSchema } from "@/lib/certificates/save-settings";
import { startCertificateEmail } from "@/lib/certificates/start-email";
import { retryFailedCertificates, startGeneration } from "@/lib/certificates/start-generation";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { formToObject } from "@/lib/validation/fields";
import type { ActionState } from "@/lib/validation/form-state";

const NO_EVENT = "This event does not exist or you cannot manage it.";
const uuid = z.uuid("The request was not understood. Reload the page and try again.");

async function eventFor(eventId: string) {
  const user = await requireOrganizer();
  const event = await getEventForUser(db(), user, String(eventId));
  return { user, event };
}

export async function saveSettingsAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const { event } = await eventFor(eventId);
  if (!event) return { error: NO_EVENT };
  const parsed = settingsSchema.safeParse(formToObject(form));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { error: "Check the highlighted fields.", fieldErrors };
  }
  await saveSettings(db(), event.id, parsed.data);
  revalidatePath(`/events/${event.id}/certificates`);
  return { ok: true, message: "Saved. The preview shows the new design." };
}

export async function removeImageAction(eventId: string, form: FormData): Promise<void> {
  const { event } = await eventFor(eventId);
  const kind = z.enum(["logo", "signature"]).safeParse(form.get("kind"));
  if (!event || !kind.success) return;
  await removeImage(db(), event.id, kind.data);
  revalidatePath(`/events/${event.id}/certificates`);
}

export async function setOverrideAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const { event } = await eventFor(eventId);
  if (!event) return { error: NO_EVENT };
  const parsed = z.object({ participantId: uuid, included: z.enum(["true", "false"]) }).safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  if (!(await setOverride(db(), event.id, parsed.data.participantId, parsed.data.included === "true"))) return { error: "This participant is not in this event." };
  revalidatePath(`/events/${event.id}/certificates`);
  return { ok: true };
}

export async function addByEmailAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const { event } = await eventFor(eventId);
  if (!event) return { error: NO_EVENT };
  const parsed = z.object({ email: z.string().trim().min(3, "Enter the participant's email.").max(254, "That is not an email address.") }).safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  const id = await findParticipantByEmail(db(), event.id, parsed.data.email);
  if (!id) return { error: "Nobody registered for this event with that email." };
  await setOverride(db(), event.id, id, true);
  revalidatePath(`/events/${event.id}/certificates`);
  return { ok: true, message: "Added to the list." };
}

export async function generateAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireOrganizer();
  const parsed = z.object({ requestId: uuid, reissue: z.enum(["on"]).optional() }).safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  const result = await startGeneration(db(), user, String(eventId), parsed.data.requestId, parsed.data.reissue === "on");
  if (!result.ok) return { error: result.reason === "not_found" ? NO_EVENT : "Nobody is on the list: add participants before generating." };
  revalidatePath(`/events/${eventId}/certificates`);
  return { ok: true, message: `Generating ${result.total.toLocaleString("en-GB")} certificates.` };
}

export async function emailAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireOrganizer();
  const parsed = z.object({ requestId: uuid }).safeParse(formToObject(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  const result = await startCertificateEmail(db(), user, String(eventId), parsed.data.requestId);
  if (!result.ok) return { error: result.reason === "not_found" ? NO_EVENT : "No certificates to send yet: generate them first." };
  revalidatePath(`/events/${eventId}/certificates`);
  return { ok: true, message: `Emailing ${result.total.toLocaleString("en-GB")} certificates; anyone already emailed is skipped.` };
}

export async function retryFailedAction(eventId: string, form: FormData): Promise<void> {
  const user = await requireOrganizer();
  const operationId = uuid.safeParse(form.get("operationId"));
  if (!operationId.success) return;
  await retryFailedCertificates(db(), user, String(eventId), operationId.data);
  revalidatePath(`/events/${eventId}/certificates`);
}
