// Records one logical email. The key is unique: creating the same email again (a retried job)
// returns the existing row instead of a second one.
import { eq } from "drizzle-orm";
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
