// The editor's live preview: a template rendered exactly as composeEmail would, for a sample
// participant of the real event. Nothing is stored.
import type { Event, MessageKind } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { templateProblems, type TemplateProblem } from "../parse-template";
import { answerKeys } from "@/lib/questions/answer-placeholders";
import { participantVariables } from "../participant-variables";
import { renderTemplate, type RenderedEmail } from "../render-template";
import type { EmailTemplate } from "./defaults";

export const SAMPLE_PARTICIPANT = {
  firstName: "Μαρία",
  lastName: "Παπαδοπούλου",
  email: "maria.papadopoulou@example.com",
  rejectionReason: "The workshop is fully booked.",
};

export type EmailPreview =
  | { ok: true; email: RenderedEmail }
  | { ok: false; problems: { subject: TemplateProblem[]; body: TemplateProblem[] } };

/** What the preview action answers: a rendering, the template's problems, or why it could not try. */
export type PreviewAnswer = EmailPreview | { ok: false; error: string };

export function sampleValues(event: Event, locale: Locale = "en"): Record<string, string> {
  const link = (path: string) => new URL(path, env().APP_URL).toString();
  return {
    ...participantVariables(event, SAMPLE_PARTICIPANT, locale),
    ...sampleAnswers(event),
    rsvp_url: link("/rsvp/sample-link"),
    manage_url: link("/rsvp/sample-link"),
    waitlist_position: "3",
    offer_expires: "Mon, 30 November 2026, 18:00 (EET)",
    ticket_url: link("/t/sample-ticket"),
    // As the event sends tickets: attached, or as links only.
    ticket_attached: event.ticketsAsLinks ? "" : "yes",
    ticket_link_only: event.ticketsAsLinks ? "yes" : "",
  };
}

/** A made-up answer per question, for the preview: the first option, Yes, or the question's label in brackets. */
function sampleAnswers(event: Event): Record<string, string> {
  return Object.fromEntries(
    event.questions.map((q) => [
      `answer.${q.key}`,
      q.options?.[0]?.label ?? (q.type === "yes_no" ? "Yes" : q.type === "number" ? String(q.min ?? 1) : `(answer to “${q.label}”)`),
    ]),
  );
}

export async function previewEmailTemplate(
  event: Event,
  kind: MessageKind,
  template: EmailTemplate,
  locale: Locale = "en",
): Promise<EmailPreview> {
  const problems = templateProblems(template, kind, answerKeys(event));
  if (problems.subject.length || problems.body.length) return { ok: false, problems };
  return { ok: true, email: await renderTemplate(template, sampleValues(event, locale), kind, locale) };
}
