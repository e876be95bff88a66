"use server";
// Announcements: send (now or later), send a test to oneself, live preview. Each checks the session
// and the event (eventAction / organizerEvent), parses with zod, then calls one use-case.
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { eventAction, organizerEvent } from "@/lib/actions/event-action";
import { previewAnnouncement, type AnnouncementPreview } from "@/lib/announcements/announcement-template";
import { sendTestAnnouncement } from "@/lib/announcements/send-test-announcement";
import { startAnnouncement } from "@/lib/announcements/start-announcement";
import { db } from "@/lib/db/client";
import type { TemplateProblem } from "@/lib/email/parse-template";
import { firstTemplateFieldErrors, messagingWords, templateIssueText } from "@/lib/i18n/template-field-messages";
import { templateProblemText } from "@/lib/i18n/template-problem-text";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { announcementDraftSchema, announcementFormSchema } from "@/lib/validation/announcements";
import { keptValues, type ActionState } from "@/lib/validation/form-state";

type Problems = { subject: TemplateProblem[]; body: TemplateProblem[] };

/** The announcement words in the signed-in organizer's language. */
async function words() {
  const t = translator(await userLocale(), "messaging");
  return (key: Parameters<typeof t>[0] & `announcements.${string}`, values?: Record<string, string>) => t(key, values as never);
}

/** The form's fields refused by its schema, each worded in the organizer's language. */
async function invalidState(error: z.ZodError, raw: Record<string, string>): Promise<ActionState> {
  const locale = await userLocale();
  const { _form, ...fieldErrors } = firstTemplateFieldErrors(error, messagingWords(locale));
  return { error: _form ?? (await words())("announcements.correct"), fieldErrors, values: keptValues(raw) };
}

async function problemState(problems: Problems, raw: Record<string, string>): Promise<ActionState> {
  const say = messagingWords(await userLocale());
  const fieldErrors: Record<string, string> = {};
  if (problems.subject.length) fieldErrors.subject = problems.subject.map((p) => templateProblemText(p, say)).join(" ");
  if (problems.body.length) fieldErrors.body = problems.body.map((p) => templateProblemText(p, say)).join(" ");
  return { error: (await words())("announcements.problems"), fieldErrors, values: keptValues(raw) };
}

export const sendAnnouncementAction = eventAction({
  schema: z.record(z.string(), z.string()),
  run: async ({ user, event, raw }): Promise<ActionState> => {
    const t = await words();
    const parsed = announcementFormSchema(event.timeZone).safeParse(raw);
    if (!parsed.success) return invalidState(parsed.error, raw);
    const result = await startAnnouncement(db(), user, event.id, parsed.data);
    if (!result.ok) {
      if (result.reason === "problems") return problemState(result.problems, raw);
      if (result.reason === "nobody") return { error: t("announcements.nobody"), values: keptValues(raw) };
      if (result.reason === "cancelled") return { error: t("announcements.eventCancelled"), values: keptValues(raw) };
      return { error: t("announcements.noEvent") };
    }
    revalidatePath(`/events/${event.id}/announcements`);
    redirect(`/events/${event.id}/announcements/${result.announcementId}`);
  },
});

export const sendTestAnnouncementAction = eventAction({
  schema: z.record(z.string(), z.string()),
  run: async ({ user, event, raw }): Promise<ActionState> => {
    const t = await words();
    const parsed = announcementDraftSchema.safeParse(raw);
    if (!parsed.success) return invalidState(parsed.error, raw);
    const requestId = z.uuid().safeParse(raw.testRequestId).data ?? randomUUID();
    const result = await sendTestAnnouncement(db(), user, event, parsed.data, requestId);
    if (!result.ok) return problemState(result.problems, raw);
    return { ok: true, message: t("announcements.testSent", { to: result.to }), values: keptValues(raw) };
  },
});

export async function previewAnnouncementAction(eventId: string, input: { subject: string; body: string }): Promise<AnnouncementPreview> {
  const access = await organizerEvent(eventId);
  if (!access) return { ok: false, error: (await words())("announcements.noEvent") };
  const parsed = announcementDraftSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: templateIssueText(parsed.error.issues[0], messagingWords(await userLocale())) };
  return previewAnnouncement(access.event, parsed.data);
}
