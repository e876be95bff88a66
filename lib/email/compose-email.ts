// The one way an email about a participant gets its words: the event's own template for that kind
// if the organizer wrote one, the default otherwise, filled with the participant's values.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { eventEmailTemplates, type Event, type MessageKind, type Participant } from "@/lib/db/schema";
import { templateProblems } from "./parse-template";
import { answerKeys } from "@/lib/questions/answer-placeholders";
import { participantVariables } from "./participant-variables";
import { renderTemplate, type RenderedEmail } from "./render-template";
import { defaultTemplates, type EmailTemplate } from "./templates/defaults";

export type ComposedEmail = RenderedEmail;

/** The event's saved wording for one kind, or null when it uses the default. */
export async function getEventTemplate(db: DbOrTx, eventId: string, kind: MessageKind): Promise<EmailTemplate | null> {
  const [custom] = await db
    .select({ subject: eventEmailTemplates.subject, body: eventEmailTemplates.body })
    .from(eventEmailTemplates)
    .where(and(eq(eventEmailTemplates.eventId, eventId), eq(eventEmailTemplates.kind, kind)));
  return custom ?? null;
}

export async function composeEmail(
  db: DbOrTx,
  event: Event,
  participant: Participant,
  kind: MessageKind,
  extra: Record<string, string> = {},
  /** A line the email must carry: appended (a template line, values escaped) when the text lacks `value`. */
  ensure?: { value: string; line: string },
): Promise<ComposedEmail> {
  const custom = await getEventTemplate(db, event.id, kind);
  let template = custom ?? defaultTemplates[kind];
  // Saving checks every template, so this only happens to one saved before a placeholder was
  // withdrawn: the participant still gets an email, in the default wording, instead of none.
  if (custom && hasProblems(custom, kind, event)) {
    console.warn(`[compose-email] event ${event.id}: saved "${kind}" template no longer valid; using the default`);
    template = defaultTemplates[kind];
  }
  const vars = { ...participantVariables(event, participant), ...extra };
  const email = await renderTemplate(template, vars, kind);
  if (!ensure || email.text.includes(ensure.value)) return email;
  return renderTemplate({ ...template, body: `${template.body.trimEnd()}\n\n${ensure.line}` }, vars, kind);
}

function hasProblems(template: EmailTemplate, kind: MessageKind, event: Event): boolean {
  const { subject, body } = templateProblems(template, kind, answerKeys(event));
  return subject.length > 0 || body.length > 0;
}
