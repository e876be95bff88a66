"use server";
// Email template editor: save, reset to default, live preview. Each action checks the session and
// the event itself through eventAction (the page's checks do not protect an action called
// directly), parses with zod, then calls one use-case.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eventAction, organizerEvent } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { messageKinds } from "@/lib/db/schema";
import { templateProblems } from "@/lib/email/parse-template";
import { templateProblemText } from "@/lib/i18n/template-problem-text";
import { answerKeys } from "@/lib/questions/answer-placeholders";
import { defaultTemplatesFor } from "@/lib/email/templates/defaults";
import { resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { previewEmailTemplate, type PreviewAnswer } from "@/lib/email/templates/preview-email-template";
import { resetEmailTemplate } from "@/lib/email/templates/reset-email-template";
import { EVENT_NOT_FOUND, saveEmailTemplate } from "@/lib/email/templates/save-email-template";
import { BODY_MAX, emailTemplateDraftSchema, kindSchema, type EmailTemplateFormState } from "@/lib/validation/email-templates";

type Say = (key: string, values?: Record<string, string>) => string;

/** The placeholder problems among the save's field errors, in the organizer's language (the others as they are). */
function wordedProblems(
  fieldErrors: Record<string, string[]>,
  raw: Record<string, string>,
  event: Parameters<typeof answerKeys>[0],
  say: Say,
): Record<string, string[]> {
  const kind = messageKinds.find((k) => k === raw.kind);
  if (!kind) return fieldErrors;
  const problems = templateProblems({ subject: raw.subject ?? "", body: raw.body ?? "" }, kind, answerKeys(event));
  const out: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const mine = field === "subject" || field === "body" ? problems[field] : [];
    out[field] = messages.map((m) => {
      const problem = mine.find((p) => p.message === m);
      return problem ? templateProblemText(problem, say) : m;
    });
  }
  return out;
}

/** What was typed, sent back with errors so nothing is lost (capped: the field allows no more). */
function kept(raw: Record<string, string>) {
  return { subject: (raw.subject ?? "").slice(0, 1000), body: (raw.body ?? "").slice(0, BODY_MAX + 1000) };
}

export const saveEmailTemplateAction = eventAction({
  // saveEmailTemplate parses the draft itself (its errors are per field, as lists).
  schema: z.record(z.string(), z.string()),
  noEvent: (raw): EmailTemplateFormState => ({ error: EVENT_NOT_FOUND, values: kept(raw) }),
  run: async ({ user, event, raw }): Promise<EmailTemplateFormState> => {
    const result = await saveEmailTemplate(db(), user, event.id, raw);
    const t = translator(await userLocale(), "messaging");
    if (!result.ok) {
      const { _form, kind, ...fieldErrors } = result.fieldErrors ?? {};
      const say: Say = (key, values) => t(key as never, values as never);
      return {
        error: result.error ?? _form?.[0] ?? kind?.[0] ?? t("templates.notSaved"),
        fieldErrors: wordedProblems(fieldErrors, raw, event, say),
        values: kept(raw),
      };
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
  invalid: (): EmailTemplateFormState => ({ error: "Choose one of the emails listed." }),
  noEvent: (): EmailTemplateFormState => ({ error: EVENT_NOT_FOUND }),
  run: async ({ user, event, input }): Promise<EmailTemplateFormState> => {
    const result = await resetEmailTemplate(db(), user, event.id, input.kind, input.language);
    if (!result.ok) return { error: result.error };
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
  if (!access) return { ok: false, error: EVENT_NOT_FOUND };
  const parsed = emailTemplateDraftSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0].message };
  return previewEmailTemplate(access.event, parsed.data.kind, parsed.data, resolveLocale(language, access.event.language));
}
