"use server";
// Email template editor: save, reset to default, live preview. Each action checks the session and
// the event itself (the page's checks do not protect an action called directly), parses with zod,
// then calls one use-case.
import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { messageKindLabels } from "@/lib/email/placeholders";
import { defaultTemplates } from "@/lib/email/templates/defaults";
import { previewEmailTemplate, type PreviewAnswer } from "@/lib/email/templates/preview-email-template";
import { resetEmailTemplate } from "@/lib/email/templates/reset-email-template";
import { EVENT_NOT_FOUND, saveEmailTemplate } from "@/lib/email/templates/save-email-template";
import { BODY_MAX, emailTemplateDraftSchema, kindSchema, type EmailTemplateFormState } from "@/lib/validation/email-templates";
import { formToObject } from "@/lib/validation/fields";

/** What was typed, sent back with errors so nothing is lost (capped: the field allows no more). */
function kept(raw: Record<string, string>) {
  return { subject: (raw.subject ?? "").slice(0, 1000), body: (raw.body ?? "").slice(0, BODY_MAX + 1000) };
}

export async function saveEmailTemplateAction(eventId: string, _prev: EmailTemplateFormState, form: FormData): Promise<EmailTemplateFormState> {
  const user = await requireOrganizer();
  const raw = formToObject(form);
  const values = kept(raw);
  if (typeof eventId !== "string" || !(await getEventForUser(db(), user, eventId))) return { error: EVENT_NOT_FOUND, values };
  const result = await saveEmailTemplate(db(), user, eventId, raw);
  if (!result.ok) {
    const { _form, kind, ...fieldErrors } = result.fieldErrors ?? {};
    return { error: result.error ?? _form?.[0] ?? kind?.[0] ?? "Not saved: please correct the problems shown below.", fieldErrors, values };
  }
  revalidatePath(`/events/${eventId}/emails`);
  const label = messageKindLabels[result.template.kind];
  return {
    ok: true,
    message: result.isDefault ? `Saved. The “${label}” email uses the default wording.` : `Saved. The “${label}” email now uses your wording.`,
    values: { subject: result.template.subject, body: result.template.body },
  };
}

export async function resetEmailTemplateAction(eventId: string, _prev: EmailTemplateFormState, form: FormData): Promise<EmailTemplateFormState> {
  const user = await requireOrganizer();
  const kind = kindSchema.safeParse(form.get("kind"));
  if (!kind.success) return { error: "Choose one of the emails listed." };
  if (typeof eventId !== "string") return { error: EVENT_NOT_FOUND };
  const result = await resetEmailTemplate(db(), user, eventId, kind.data);
  if (!result.ok) return { error: result.error };
  revalidatePath(`/events/${eventId}/emails`);
  return {
    ok: true,
    message: `Reset. The “${messageKindLabels[kind.data]}” email uses the default wording again.`,
    values: { ...defaultTemplates[kind.data] },
  };
}

export async function previewEmailTemplateAction(eventId: string, input: { kind: string; subject: string; body: string }): Promise<PreviewAnswer> {
  const user = await requireOrganizer();
  const event = typeof eventId === "string" ? await getEventForUser(db(), user, eventId) : null;
  if (!event) return { ok: false, error: EVENT_NOT_FOUND };
  const parsed = emailTemplateDraftSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0].message };
  return previewEmailTemplate(event, parsed.data.kind, parsed.data);
}
