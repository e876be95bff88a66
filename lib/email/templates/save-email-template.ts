// Stores the organizer's wording of one email for one event, after checking it with
// emailTemplateSchema (lengths, single-line subject, every placeholder known and available for the
// kind): a template with a problem stores nothing, and says why per field in `locale` (the organizer's). Wording identical to the default stores no row,
// so that an improved default later reaches every event that never changed it.
import { and, eq, sql } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { DbOrTx } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { eventEmailTemplates } from "@/lib/db/schema";
import { type Locale, resolveLocale } from "@/lib/i18n/locales";
import { messagingWords, templateFieldErrors } from "@/lib/i18n/template-field-messages";
import { answerKeys } from "@/lib/questions/answer-placeholders";
import { emailTemplateSchemaFor, type EmailTemplateInput } from "@/lib/validation/email-templates";
import { defaultTemplatesFor } from "./defaults";

export type SaveEmailTemplateResult =
  | { ok: true; template: EmailTemplateInput; isDefault: boolean; language: Locale }
  | { ok: false; error?: string; fieldErrors?: Record<string, string[]> };

export const EVENT_NOT_FOUND = "This event does not exist or you cannot edit it.";

export async function saveEmailTemplate(
  db: DbOrTx,
  user: Pick<SessionUser, "id" | "role">,
  eventId: string,
  raw: unknown,
  locale: Locale = "en",
): Promise<SaveEmailTemplateResult> {
  const event = await getEventForUser(db, user, eventId);
  if (!event) return { ok: false, error: EVENT_NOT_FOUND };
  const parsed = emailTemplateSchemaFor(answerKeys(event)).safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: templateFieldErrors(parsed.error, messagingWords(locale)) };
  const template = parsed.data;
  // Each language keeps its own wording; an unsupported language code means the event's.
  const language = resolveLocale((raw as Record<string, unknown> | null)?.language, event.language);

  const fallback = defaultTemplatesFor(language)[template.kind];
  const isDefault = template.subject === fallback.subject && template.body === fallback.body;
  if (isDefault) {
    await db
      .delete(eventEmailTemplates)
      .where(
        and(
          eq(eventEmailTemplates.eventId, event.id),
          eq(eventEmailTemplates.kind, template.kind),
          eq(eventEmailTemplates.language, language),
        ),
      );
  } else {
    await db
      .insert(eventEmailTemplates)
      .values({ eventId: event.id, kind: template.kind, language, subject: template.subject, body: template.body })
      .onConflictDoUpdate({
        target: [eventEmailTemplates.eventId, eventEmailTemplates.kind, eventEmailTemplates.language],
        set: { subject: template.subject, body: template.body, updatedAt: sql`now()` },
      });
  }
  return { ok: true, template, isDefault, language };
}
