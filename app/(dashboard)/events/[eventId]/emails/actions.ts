"use server";
// Email template editor: save, reset to default, live preview. Each action checks the session and
// the event itself through eventAction (the page's checks do not protect an action called
// directly), parses with zod, then calls one use-case.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eventAction, organizerEvent, refusalText } from "@/lib/actions/event-action";
import { requireOrganizer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { messagingWords, templateIssueText } from "@/lib/i18n/template-field-messages";
import { defaultTemplatesFor } from "@/lib/email/templates/defaults";
import { resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { previewEmailTemplate, type PreviewAnswer } from "@/lib/email/templates/preview-email-template";
import { resetEmailTemplate } from "@/lib/email/templates/reset-email-template";
import { saveEmailTemplate } from "@/lib/email/templates/save-email-template";
import { BODY_MAX, emailTemplateDraftSchema, kindSchema, type EmailTemplateFormState } from "@/lib/validation/email-templates";

/** What was typed, sent back with errors so nothing is lost (capped: the field allows no more). */
function kept(raw: Record<string, string>) {
  return { subject: (raw.subject ?? "").slice(0, 1000), body: (raw.body ?? "").slice(0, BODY_MAX + 1000) };
}

export const saveEmailTemplateAction = eventAction({
  // saveEmailTemplate parses the draft itself (its errors are per field, as lists).
  schema: z.record(z.string(), z.string()),
  noEvent: async (raw): Promise<EmailTemplateFormState> => ({
    error: await refusalText(await requireOrganizer(), "noEvent"),
    values: kept(raw),
  }),
  run: async ({ user, event, raw }): Promise<EmailTemplateFormState> => {
    const locale = await userLocale();
    const result = await saveEmailTemplate(db(), user, event.id, raw, locale);
    const t = translator(locale, "messaging");
    if (!result.ok) {
      // An `error` without field errors: the event went away meanwhile.
      if (result.error) return { error: await refusalText(user, "noEvent"), values: kept(raw) };
      const { _form, kind, ...fieldErrors } = result.fieldErrors ?? {};
      return { error: _form?.[0] ?? kind?.[0] ?? t("templates.notSaved"), fieldErrors, values: kept(raw) };
    }
    revalidatePath(`/events/${event.id}/emails`);
    const kind = t(`templates.kinds.${result.template.kind}`);
    return {
      ok: true,
      message: result.isDefault ? t("templates.savedDefault", { kind }) : t("templates.savedCustom", { kind }),
      values: { subject: result.template.subject, body: result.template.body },
    };
  },
});

export const resetEmailTemplateAction = eventAction({
  schema: z.object({ kind: kindSchema, language: z.string().max(10).optional() }),
  read: (form) => ({ kind: form.get("kind"), language: form.get("language") ?? undefined }),
  invalid: async (): Promise<EmailTemplateFormState> => ({ error: messagingWords(await userLocale())("templates.validation.kind") }),
  run: async ({ user, event, input }): Promise<EmailTemplateFormState> => {
    const result = await resetEmailTemplate(db(), user, event.id, input.kind, input.language);
    // The only refusal: the event went away meanwhile.
    if (!result.ok) return { error: await refusalText(user, "noEvent") };
    revalidatePath(`/events/${event.id}/emails`);
    const t = translator(await userLocale(), "messaging");
    return {
      ok: true,
      message: t("templates.resetDone", { kind: t(`templates.kinds.${input.kind}`) }),
      values: { ...defaultTemplatesFor(result.language)[input.kind] },
    };
  },
});

export async function previewEmailTemplateAction(
  eventId: string,
  language: string,
  input: { kind: string; subject: string; body: string },
): Promise<PreviewAnswer> {
  const access = await organizerEvent(eventId);
  if (!access) return { ok: false, error: await refusalText(await requireOrganizer(), "noEvent") };
  const parsed = emailTemplateDraftSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: templateIssueText(parsed.error.issues[0], messagingWords(await userLocale())) };
  return previewEmailTemplate(access.event, parsed.data.kind, parsed.data, resolveLocale(language, access.event.language));
}
