// Records one logical email. The key is unique: creating the same email again (a retried job)
// returns the existing row instead of a second one.
import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { messageAttachments, messages, type AnyMessageKind } from "@/lib/db/schema";
import { env } from "@/lib/env";

export type NewMessage = {
  key: string;
  kind: AnyMessageKind;
  eventId: string | null;
  participantId: string | null;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: Buffer }[];
};

export async function createMessage(tx: DbOrTx, m: NewMessage): Promise<{ id: string; created: boolean }> {
  const [row] = await tx
    .insert(messages)
    .values({
      key: m.key,
      kind: m.kind,
      eventId: m.eventId,
      participantId: m.participantId,
      fromAddress: env().EMAIL_FROM,
      toAddress: m.to,
      subject: m.subject,
      html: m.html,
      text: m.text,
      transport: env().EMAIL_TRANSPORT,
    })
    .onConflictDoNothing({ target: messages.key })
    .returning({ id: messages.id });
  if (!row) {
    const [existing] = await tx.select({ id: messages.id }).from(messages).where(eq(messages.key, m.key));
    return { id: existing.id, created: false };
  }
  if (m.attachments?.length) {
    await tx.insert(messageAttachments).values(m.attachments.map((a) => ({ messageId: row.id, ...a })));
  }
  return { id: row.id, created: true };
}

type MessageRow = typeof messages.$inferInsert;

/**
 * Records a chunk of a bulk send's emails at once, each by its unique key: a key recorded before (a
 * retried chunk, or the same recipient made ready elsewhere at the same moment) keeps its first row.
 * Answers the rows this call inserted and every row the keys name, new or not.
 */
export async function recordMessages(
  tx: DbOrTx,
  values: (MessageRow & { key: string })[],
): Promise<{ inserted: { id: string; participantId: string | null }[]; all: { id: string; participantId: string | null }[] }> {
  if (!values.length) return { inserted: [], all: [] };
  const inserted = await tx
    .insert(messages)
    .values(values)
    .onConflictDoNothing({ target: messages.key })
    .returning({ id: messages.id, participantId: messages.participantId });
  const all = await tx
    .select({ id: messages.id, participantId: messages.participantId })
    .from(messages)
    .where(
      inArray(
        messages.key,
        values.map((v) => v.key),
      ),
    );
  return { inserted, all };
}
