// The system's own wording of an event change ("the time or place changed", "cancelled"), in every
// language (messages/<language>/messaging.json, defaultTexts: {{placeholder}} templates, not ICU).
import { messagesFor } from "@/lib/i18n/catalogue";
import { type Locale, locales } from "@/lib/i18n/locales";
import type { AnnouncementDraft } from "./announcement-template";

export type EventChangeMethod = "REQUEST" | "CANCEL";

/** The system's wording of an event change in one language (messages/<language>/messaging.json). */
export function eventChangeWords(locale: Locale, method: EventChangeMethod): AnnouncementDraft {
  const texts = messagesFor(locale).messaging.defaultTexts;
  return { ...(method === "REQUEST" ? texts.eventUpdated : texts.eventCancelled) };
}

/**
 * Whether an announcement carries the system's own wording of an event change (in any language) and
 * so is written to each participant in theirs; anything else is someone's own text, sent as written.
 */
export function isEventChangeDefault(announcement: AnnouncementDraft & { calendarMethod: EventChangeMethod | null }): boolean {
  const method = announcement.calendarMethod;
  if (!method) return false;
  return locales.some((locale) => {
    const words = eventChangeWords(locale, method);
    return words.subject === announcement.subject && words.body === announcement.body;
  });
}
