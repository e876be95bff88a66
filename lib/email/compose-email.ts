// The one way an email about a participant gets its words: in the participant's language (their
// choice on a public page, else the event's), the event's own template for that kind and language if
// the organizer wrote one, that language's default otherwise, filled with the participant's values.
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { eventEmailTemplates, events, type Event, type MessageKind, type Participant } from "@/lib/db/schema";
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
  ensure?: EnsureLine,
): Promise<ComposedEmail> {
  const locale = participantLocale(event, participant);
  const custom = await getEventTemplate(db, event.id, kind, locale);
  return composeInLocale(event, participant, kind, locale, custom, extra, ensure);
}

/** The event's saved wording for one kind in every language, as read by `savedTemplatesColumn`. */
export type SavedTemplate = { language: string; subject: string; body: string };

/**
 * A column for a query that has `events` in its FROM: the event's saved templates of `kind`, every
 * language (there are few), so a caller reading the event and participant gets them in that query.
 */
export function savedTemplatesColumn(kind: MessageKind) {
  return sql<SavedTemplate[]>`coalesce((
    select json_agg(json_build_object('language', t.language, 'subject', t.subject, 'body', t.body))
    from ${eventEmailTemplates} t where t.event_id = ${events}.id and t.kind = ${kind}), '[]'::json)`;
}

/** composeEmail for a caller that read the saved templates with its rows (savedTemplatesColumn): no lookup of its own. */
export function composeEmailFromSaved(
  event: Event,
  participant: Participant,
  kind: MessageKind,
  saved: SavedTemplate[],
  extra: Record<string, string> = {},
  ensure?: EnsureLine,
): Promise<ComposedEmail> {
  const locale = participantLocale(event, participant);
  const custom = saved.find((t) => t.language === locale);
  return composeInLocale(event, participant, kind, locale, custom ? { subject: custom.subject, body: custom.body } : null, extra, ensure);
}

type EnsureLine = { value: string; line: (locale: Locale) => string };

async function composeInLocale(
  event: Event,
  participant: Participant,
  kind: MessageKind,
  locale: Locale,
  custom: EmailTemplate | null,
  extra: Record<string, string>,
  ensure: EnsureLine | undefined,
): Promise<ComposedEmail> {
  const defaults = defaultTemplatesFor(locale);
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
