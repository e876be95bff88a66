// Records one logical email. The key is unique: creating the same email again (a retried job)
// returns the existing row instead of a second one.
import { eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/lib/db/client";
import { emailSendingPauses, messageAttachments, messages, participants, sendAttempts, type AnyMessageKind } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { outgoing } from "./deliver-message";
import { ANONYMISED_ADDRESS, claimCreatedMessage, type ClaimedAttempt } from "./send-attempts";

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
  const { id, created } = await insertMessage(tx, m, false);
  return { id, created };
}

/** A message recorded for a worker that delivers it right after its transaction commits. */
export type MessageForDelivery = {
  id: string;
  created: boolean;
  /** Its first send attempt, claimed in the creating transaction; null when the ordinary claim must decide. */
  claimed: ClaimedAttempt | null;
};

/**
 * createMessage for a job that delivers the email itself once its transaction commits
 * (deliverMessage, given what this answers): a new message also gets its first send attempt in the same
 * transaction, which saves the delivery a claiming transaction of its own. The claim's checks are
 * asked by the insert: while sending is paused, the participant's address is marked undeliverable
 * or the key was used by an attempt before, the claim is left to deliverMessage, which handles them.
 */
export async function createMessageForDelivery(tx: Tx, m: NewMessage): Promise<MessageForDelivery> {
  const { id, created, clear, values } = await insertMessage(tx, m, true);
  if (!created || !clear || m.to === ANONYMISED_ADDRESS) return { id, created, claimed: null };
  // A first attempt goes out under the message's own key (the rule claimNewAttempt follows).
  const claimed = await claimCreatedMessage(tx, id, outgoing(values, m.attachments));
  return { id, created, claimed };
}

async function insertMessage(tx: DbOrTx, m: NewMessage, askClear: boolean) {
  const values = {
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
  };
  // What the first attempt's claim would check, asked only for createMessageForDelivery.
  const [row] = await tx
    .insert(messages)
    .values(values)
    .onConflictDoNothing({ target: messages.key })
    .returning({
      id: messages.id,
      clear: askClear
        ? sql<boolean>`not exists (select 1 from ${emailSendingPauses})
          and not exists (select 1 from ${participants} p where p.id = ${m.participantId} and p.email_undeliverable_at is not null)
          and not exists (select 1 from ${sendAttempts} s where s.idempotency_key = ${m.key})`
        : sql<boolean>`false`,
    });
  if (!row) {
    const [existing] = await tx.select({ id: messages.id }).from(messages).where(eq(messages.key, m.key));
    return { id: existing.id, created: false, clear: false, values };
  }
  if (m.attachments?.length) {
    await tx.insert(messageAttachments).values(m.attachments.map((a) => ({ messageId: row.id, ...a })));
  }
  return { id: row.id, created: true, clear: row.clear, values };
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
