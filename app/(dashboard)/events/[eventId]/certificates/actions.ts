"use server";
// Certificate actions of the organizer: save the design, remove an image, add/remove a participant
// from the list, start a generation or an email send, retry their failures. eventAction checks the
// session and the event through the organizer's access and parses the input before any write.
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type EventActionSpec, eventAction, eventFormAction } from "@/lib/actions/event-action";
import { findParticipantByEmail, setOverride } from "@/lib/certificates/overrides";
import { removeImage, saveSettings, settingsSchema } from "@/lib/certificates/save-settings";
import { unknownPlaceholders } from "@/lib/certificates/certificate-text";
import { answerKeys } from "@/lib/questions/answer-placeholders";
import { startCertificateEmail } from "@/lib/certificates/start-email";
import { retryFailedCertificates, startGeneration } from "@/lib/certificates/start-generation";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/validation/form-state";

type T = Awaited<ReturnType<typeof getTranslations<"certificates.actions">>>;

// The schemas keep English messages (tests and the worker read them); what the organizer reads is
// the catalogue's, in their dashboard language, chosen by the field and the kind of issue.
function settingsFieldErrors(error: z.ZodError, t: T): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (out[field]) continue;
    const tooLong = issue.code === "too_big";
    if (field === "title") out[field] = t(tooLong ? "fields.titleTooLong" : "fields.titleRequired");
    else if (field === "body")
      out[field] = t(tooLong ? "fields.bodyTooLong" : issue.code === "custom" ? "fields.bodyPlaceholder" : "fields.bodyRequired");
    else if (field === "signerName") out[field] = t("fields.signerNameTooLong");
    else if (field === "signerTitle") out[field] = t("fields.signerTitleTooLong");
    else if (field === "extra") out[field] = t("fields.extraTooLong");
    else if (field === "orientation") out[field] = t("fields.orientation");
    else out[field] = t("notUnderstood");
  }
  return out;
}

/** An event action whose every answer, refusals included, is written in the user's dashboard language. */
function localized<I>(schema: z.ZodType<I>, build: (t: T) => Omit<EventActionSpec<I, ActionState>, "schema">) {
  return async (eventId: string, prev: ActionState, form: FormData): Promise<ActionState> => {
    const t = await getTranslations("certificates.actions");
    const spec: EventActionSpec<I, ActionState> = {
      schema,
      noEvent: () => ({ error: t("noEvent") }),
      invalid: () => ({ error: t("notUnderstood") }),
      ...build(t),
    };
    return eventAction(spec)(eventId, prev, form);
  };
}

const uuid = z.uuid();
const refresh = (eventId: string) => revalidatePath(`/events/${eventId}/certificates`);

export const saveSettingsAction = localized(settingsSchema, (t) => ({
  invalid: (error): ActionState => ({ error: t("checkFields"), fieldErrors: settingsFieldErrors(error, t) }),
  run: async ({ event, input }): Promise<ActionState> => {
    // {{answer.<key>}} must name one of this event's questions.
    const unknown = unknownPlaceholders(input.body, answerKeys(event));
    if (unknown.length)
      return {
        error: t("checkFields"),
        fieldErrors: { body: t("unknownPlaceholder", { placeholders: unknown.map((n) => `{{${n}}}`).join(", ") }) },
      };
    await saveSettings(db(), event.id, input);
    refresh(event.id);
    return { ok: true, message: t("saved") };
  },
}));

export const removeImageAction = eventFormAction({
  schema: z.object({ kind: z.enum(["logo", "signature"]) }),
  run: async ({ event, input }) => {
    await removeImage(db(), event.id, input.kind);
    refresh(event.id);
  },
});

export const setOverrideAction = localized(z.object({ participantId: uuid, included: z.enum(["true", "false"]) }), (t) => ({
  run: async ({ event, input }): Promise<ActionState> => {
    if (!(await setOverride(db(), event.id, input.participantId, input.included === "true"))) return { error: t("notInEvent") };
    refresh(event.id);
    return { ok: true };
  },
}));

export const addByEmailAction = localized(z.object({ email: z.string().trim().min(3, "enterEmail").max(254, "notEmail") }), (t) => ({
  invalid: (error): ActionState => ({ error: error.issues[0]?.message === "notEmail" ? t("notEmail") : t("enterEmail") }),
  run: async ({ event, input }): Promise<ActionState> => {
    const id = await findParticipantByEmail(db(), event.id, input.email);
    if (!id) return { error: t("noSuchEmail") };
    await setOverride(db(), event.id, id, true);
    refresh(event.id);
    return { ok: true, message: t("added") };
  },
}));

export const generateAction = localized(z.object({ requestId: uuid, reissue: z.enum(["on"]).optional() }), (t) => ({
  run: async ({ user, event, input }): Promise<ActionState> => {
    const result = await startGeneration(db(), user, event.id, input.requestId, input.reissue === "on");
    if (!result.ok) return { error: result.reason === "not_found" ? t("noEvent") : t("nobodyOnList") };
    refresh(event.id);
    return { ok: true, message: t("generating", { count: result.total }) };
  },
}));

export const emailAction = localized(z.object({ requestId: uuid }), (t) => ({
  run: async ({ user, event, input }): Promise<ActionState> => {
    const result = await startCertificateEmail(db(), user, event.id, input.requestId);
    if (!result.ok) return { error: result.reason === "not_found" ? t("noEvent") : t("nothingToSend") };
    refresh(event.id);
    return { ok: true, message: t("emailing", { count: result.total }) };
  },
}));

export const retryFailedAction = eventFormAction({
  schema: z.object({ operationId: uuid }),
  run: async ({ user, event, input }) => {
    await retryFailedCertificates(db(), user, event.id, input.operationId);
    refresh(event.id);
  },
});
