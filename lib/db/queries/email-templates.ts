// An event's saved email wordings. Callers have already checked that the user may see the event.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { eventEmailTemplates, type MessageKind } from "@/lib/db/schema";

export type SavedEmailTemplate = { subject: string; body: string; updatedAt: Date };

export async function listEventEmailTemplates(db: DbOrTx, eventId: string): Promise<Partial<Record<MessageKind, SavedEmailTemplate>>> {
  const rows = await db
    .select({
      kind: eventEmailTemplates.kind,
      subject: eventEmailTemplates.subject,
      body: eventEmailTemplates.body,
      updatedAt: eventEmailTemplates.updatedAt,
    })
    .from(eventEmailTemplates)
    .where(eq(eventEmailTemplates.eventId, eventId));
  return Object.fromEntries(rows.map(({ kind, ...t }) => [kind, t]));
}
