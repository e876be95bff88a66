// Default wording of each kind of email, per language, used until the organizer writes their own
// for an event (and that language). The words live in messages/<language>/email-templates.json, next
// to the other catalogues. Bodies are plain text with {{placeholders}} (see lib/email/placeholders.ts);
// {{#name}}…{{/name}} keeps a line only when that value is present. The renderer escapes every value
// for the HTML part and builds the plain-text part from the same source.
import type { MessageKind } from "@/lib/db/schema/messages";
import { type Locale, locales } from "@/lib/i18n/locales";
import el from "../../../messages/el/email-templates.json" with { type: "json" };
import en from "../../../messages/en/email-templates.json" with { type: "json" };

export type EmailTemplate = { subject: string; body: string };

const catalogues: Record<Locale, Partial<Record<MessageKind, EmailTemplate>>> = { en, el };

/** The default templates of one language; a kind it lacks falls back to English (the catalogue test reports it). */
export function defaultTemplatesFor(locale: Locale): Record<MessageKind, EmailTemplate> {
  return { ...en, ...catalogues[locale] };
}

/** English defaults (the language of events created before languages existed). */
export const defaultTemplates: Record<MessageKind, EmailTemplate> = en;

export const templateLanguages = locales;
