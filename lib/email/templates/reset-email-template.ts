// "Reset to default": forget the organizer's wording of one email for one event in one language.
import { and, eq } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { DbOrTx } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { eventEmailTemplates, type MessageKind } from "@/lib/db/schema";
import { type Locale, resolveLocale } from "@/lib/i18n/locales";
import { EVENT_NOT_FOUND } from "./save-email-template";

export async function resetEmailTemplate(
  db: DbOrTx,
  user: Pick<SessionUser, "id" | "role">,
  eventId: string,
  kind: MessageKind,
  requestedLanguage?: unknown,
): Promise<{ ok: true; language: Locale } | { ok: false; error: string }> {
  const event = await getEventForUser(db, user, eventId);
  if (!event) return { ok: false, error: EVENT_NOT_FOUND };
  const language = resolveLocale(requestedLanguage, event.language);
  await db
    .delete(eventEmailTemplates)
    .where(and(eq(eventEmailTemplates.eventId, event.id), eq(eventEmailTemplates.kind, kind), eq(eventEmailTemplates.language, language)));
  return { ok: true, language };
}
