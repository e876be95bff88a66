// The one way an email about a participant gets its words: in the participant's language (their
// choice on a public page, else the event's), the event's own template for that kind and language if
// the organizer wrote one, that language's default otherwise, filled with the participant's values.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { eventEmailTemplates, type Event, type MessageKind, type Participant } from "@/lib/db/schema";
import { type Locale, resolveLocale } from "@/lib/i18n/locales";
import { templateProblems } from "./parse-template";
import { answerKeys } from "@/lib/questions/answer-placeholders";
import { participantVariables } from "./participant-variables";
import { renderTemplate, type RenderedEmail } from "./render-template";
import { defaultTemplatesFor, type EmailTemplate } from "./templates/defaults";

export type ComposedEmail = RenderedEmail;

/** The event's saved wording for one kind in one language, or null when it uses the default. */
export async function getEventTemplate(
  db: DbOrTx,
  eventId: string,
  kind: MessageKind,
  locale: Locale = "en",
): Promise<EmailTemplate | null> {
  const [custom] = await db
    .select({ subject: eventEmailTemplates.subject, body: eventEmailTemplates.body })
    .from(eventEmailTemplates)
    .where(and(eq(eventEmailTemplates.eventId, eventId), eq(eventEmailTemplates.kind, kind), eq(eventEmailTemplates.language, locale)));
  return custom ?? null;
}

/** The language an email to this participant is written in. */
export function participantLocale(event: Pick<Event, "language">, participant: Pick<Participant, "language">): Locale {
  return resolveLocale(participant.language, event.language);
}

export async function composeEmail(
  db: DbOrTx,
  event: Event,
  participant: Participant,
  kind: MessageKind,
  extra: Record<string, string> = {},
  /** A line the email must carry, in the email's language: appended (a template line, values escaped) when the text lacks `value`. */
  ensure?: { value: string; line: (locale: Locale) => string },
): Promise<ComposedEmail> {
  const locale = participantLocale(event, participant);
  const defaults = defaultTemplatesFor(locale);
  const custom = await getEventTemplate(db, event.id, kind, locale);
  let template = custom ?? defaults[kind];
  // Saving checks every template, so this only happens to one saved before a placeholder was
  // withdrawn: the participant still gets an email, in the default wording, instead of none.
  if (custom && hasProblems(custom, kind, event)) {
    console.warn(`[compose-email] event ${event.id}: saved "${kind}" template no longer valid; using the default`);
    template = defaults[kind];
  }
  const vars = { ...participantVariables(event, participant, locale), ...extra };
  const email = await renderTemplate(template, vars, kind, locale);
  if (!ensure || email.text.includes(ensure.value)) return email;
  return renderTemplate({ ...template, body: `${template.body.trimEnd()}\n\n${ensure.line(locale)}` }, vars, kind, locale);
}

function hasProblems(template: EmailTemplate, kind: MessageKind, event: Event): boolean {
  const { subject, body } = templateProblems(template, kind, answerKeys(event));
  return subject.length > 0 || body.length > 0;
}
