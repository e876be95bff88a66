"use server";
// Certificate actions of the organizer: save the design, remove an image, add/remove a participant
// from the list, start a generation or an email send, retry their failures. eventAction checks the
// session and the event through the organizer's access and parses the input before any write.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eventAction, eventFormAction } from "@/lib/actions/event-action";
import { findParticipantByEmail, setOverride } from "@/lib/certificates/overrides";
import { removeImage, saveSettings, settingsSchema } from "@/lib/certificates/save-settings";
import { unknownPlaceholders } from "@/lib/certificates/certificate-text";
import { answerKeys } from "@/lib/questions/answer-placeholders";
import { startCertificateEmail } from "@/lib/certificates/start-email";
import { retryFailedCertificates, startGeneration } from "@/lib/certificates/start-generation";
import { db } from "@/lib/db/client";
import { fieldErrors } from "@/lib/validation/fields";
import type { ActionState } from "@/lib/validation/form-state";

const NO_EVENT = "This event does not exist or you cannot manage it.";
const uuid = z.uuid("The request was not understood. Reload the page and try again.");
const refresh = (eventId: string) => revalidatePath(`/events/${eventId}/certificates`);

export const saveSettingsAction = eventAction({
  schema: settingsSchema,
  invalid: (error): ActionState => ({ error: "Check the highlighted fields.", fieldErrors: fieldErrors(error) }),
  run: async ({ event, input }): Promise<ActionState> => {
    // {{answer.<key>}} must name one of this event's questions.
    const unknown = unknownPlaceholders(input.body, answerKeys(event));
    if (unknown.length)
      return {
        error: "Check the highlighted fields.",
        fieldErrors: { body: `Unknown placeholder ${unknown.map((n) => `{{${n}}}`).join(", ")}: this event’s form has no such question.` },
      };
    await saveSettings(db(), event.id, input);
    refresh(event.id);
    return { ok: true, message: "Saved. The preview shows the new design." };
  },
});

export const removeImageAction = eventFormAction({
  schema: z.object({ kind: z.enum(["logo", "signature"]) }),
  run: async ({ event, input }) => {
    await removeImage(db(), event.id, input.kind);
    refresh(event.id);
  },
});

export const setOverrideAction = eventAction({
  schema: z.object({ participantId: uuid, included: z.enum(["true", "false"]) }),
  run: async ({ event, input }): Promise<ActionState> => {
    if (!(await setOverride(db(), event.id, input.participantId, input.included === "true")))
      return { error: "This participant is not in this event." };
    refresh(event.id);
    return { ok: true };
  },
});

export const addByEmailAction = eventAction({
  schema: z.object({ email: z.string().trim().min(3, "Enter the participant's email.").max(254, "That is not an email address.") }),
  run: async ({ event, input }): Promise<ActionState> => {
    const id = await findParticipantByEmail(db(), event.id, input.email);
    if (!id) return { error: "Nobody registered for this event with that email." };
    await setOverride(db(), event.id, id, true);
    refresh(event.id);
    return { ok: true, message: "Added to the list." };
  },
});

export const generateAction = eventAction({
  schema: z.object({ requestId: uuid, reissue: z.enum(["on"]).optional() }),
  run: async ({ user, event, input }): Promise<ActionState> => {
    const result = await startGeneration(db(), user, event.id, input.requestId, input.reissue === "on");
    if (!result.ok)
      return { error: result.reason === "not_found" ? NO_EVENT : "Nobody is on the list: add participants before generating." };
    refresh(event.id);
    return { ok: true, message: `Generating ${result.total.toLocaleString("en-GB")} certificates.` };
  },
});

export const emailAction = eventAction({
  schema: z.object({ requestId: uuid }),
  run: async ({ user, event, input }): Promise<ActionState> => {
    const result = await startCertificateEmail(db(), user, event.id, input.requestId);
    if (!result.ok) return { error: result.reason === "not_found" ? NO_EVENT : "No certificates to send yet: generate them first." };
    refresh(event.id);
    return { ok: true, message: `Emailing ${result.total.toLocaleString("en-GB")} certificates; anyone already emailed is skipped.` };
  },
});

export const retryFailedAction = eventFormAction({
  schema: z.object({ operationId: uuid }),
  run: async ({ user, event, input }) => {
    await retryFailedCertificates(db(), user, event.id, input.operationId);
    refresh(event.id);
  },
});
