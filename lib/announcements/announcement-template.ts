// An announcement's wording goes through the same placeholder engine as the event's email templates
// (lib/email/parse-template, render-template): the same syntax, HTML escaping and "unknown placeholder"
// problems. It may use the placeholders every participant email has a value for; links that belong to
// one kind of email (an RSVP link, a ticket) are refused, like any unknown name, before anything is sent.
import type { Announcement, Event, Participant } from "@/lib/db/schema";
import { participantLocale } from "@/lib/email/compose-email";
import { resolveLocale } from "@/lib/i18n/locales";
import { eventChangeWords, isEventChangeDefault } from "./event-change-words";
import { parseTemplate, type TemplateNode, type TemplateProblem } from "@/lib/email/parse-template";
import { participantVariables } from "@/lib/email/participant-variables";
import { messageKinds } from "@/lib/db/schema/messages";
import { placeholders } from "@/lib/email/placeholders";
import { renderTemplate, type RenderedEmail } from "@/lib/email/render-template";
import { SAMPLE_PARTICIPANT } from "@/lib/email/templates/preview-email-template";

export type AnnouncementDraft = { subject: string; body: string };

/** The placeholders every kind of participant email has: the only ones an announcement can fill. */
export const announcementPlaceholders = placeholders.filter((p) => messageKinds.every((k) => (p.kinds as readonly string[]).includes(k)));
const allowed = new Set<string>(announcementPlaceholders.map((p) => p.name));

function usedNames(nodes: TemplateNode[], out: Set<string>): Set<string> {
  for (const n of nodes) {
    if (n.type === "value") out.add(n.name);
    if (n.type === "section") {
      out.add(n.name);
      usedNames(n.children, out);
    }
  }
  return out;
}

function fieldProblems(source: string): TemplateProblem[] {
  const { nodes, problems } = parseTemplate(source);
  for (const name of usedNames(nodes, new Set())) {
    if (!allowed.has(name)) {
      const text = `{{${name}}}`;
      problems.push({
        text,
        message: `“${text}” has no value in an announcement: use only the placeholders listed.`,
        code: "notInAnnouncement",
        values: { text },
      });
    }
  }
  return problems;
}

export function announcementProblems(draft: AnnouncementDraft): { subject: TemplateProblem[]; body: TemplateProblem[] } {
  return { subject: fieldProblems(draft.subject), body: fieldProblems(draft.body) };
}

export function hasProblems(p: { subject: TemplateProblem[]; body: TemplateProblem[] }): boolean {
  return p.subject.length > 0 || p.body.length > 0;
}

type Person = Parameters<typeof participantVariables>[1] & { language?: Participant["language"] };
type Stored = AnnouncementDraft & { calendarMethod?: Announcement["calendarMethod"] };

/**
 * The email one person gets; the draft was checked (announcementProblems) when it was written. The
 * system's own event-change wording is written in the person's language (their choice, else the
 * event's); an organizer's text is sent as written, its values (dates) and the email's frame in the
 * event's language, the language that text is written for, so one email never mixes two.
 */
export function renderAnnouncement(event: Event, announcement: Stored, person: Person): Promise<RenderedEmail> {
  const method = announcement.calendarMethod ?? null;
  if (method && isEventChangeDefault({ ...announcement, calendarMethod: method })) {
    const locale = participantLocale(event, { language: person.language ?? null });
    return renderTemplate(eventChangeWords(locale, method), participantVariables(event, person, locale), undefined, locale);
  }
  const locale = resolveLocale(event.language);
  return renderTemplate(announcement, participantVariables(event, person, locale), undefined, locale);
}

export type AnnouncementPreview =
  | { ok: true; email: RenderedEmail }
  | { ok: false; problems: { subject: TemplateProblem[]; body: TemplateProblem[] } }
  | { ok: false; error: string };

/** The live preview and the test send: the draft for the sample participant. Nothing is stored. */
export async function previewAnnouncement(event: Event, draft: AnnouncementDraft): Promise<AnnouncementPreview> {
  const problems = announcementProblems(draft);
  if (hasProblems(problems)) return { ok: false, problems };
  return { ok: true, email: await renderAnnouncement(event, draft, SAMPLE_PARTICIPANT) };
}
