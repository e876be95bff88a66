// An event's saved email wordings in one language. Callers have already checked that the user may see the event.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { eventEmailTemplates, type MessageKind } from "@/lib/db/schema";
import type { LocaleCode as Locale } from "@/lib/db/schema/locale-codes";

export type SavedEmailTemplate = { subject: string; body: string; updatedAt: Date };

export async function listEventEmailTemplates(
  db: DbOrTx,
  eventId: string,
  language: Locale = "en",
): Promise<Partial<Record<MessageKind, SavedEmailTemplate>>> {
  const rows = await db
    .select({
      kind: eventEmailTemplates.kind,
      subject: eventEmailTemplates.subject,
      body: eventEmailTemplates.body,
      updatedAt: eventEmailTemplates.updatedAt,
    })
    .from(eventEmailTemplates)
    .where(and(eq(eventEmailTemplates.eventId, eventId), eq(eventEmailTemplates.language, language)));
  return Object.fromEntries(rows.map(({ kind, ...t }) => [kind, t]));
}
