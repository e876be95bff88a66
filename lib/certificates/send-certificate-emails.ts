// Sends the certificate emails of one chunk of a certificates_email operation. Safe to run twice,
// also at once: the message key certificate:<participantId> is unique (one email per participant
// ever), delivery happens at most once, and the item is settled in the transaction that marks the
// email sent or failed. A message already sent by an earlier operation counts as skipped. A
// temporary provider failure is rethrown so the job is retried with backoff.
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { certificates, messages, participants } from "@/lib/db/schema";
import { composeEmail } from "@/lib/email/compose-email";
import { createMessageForDelivery } from "@/lib/email/create-message";
import { deliverMessage } from "@/lib/email/deliver-message";
import { settleEmailedItems, settleItems } from "@/lib/operations/settle-items";
import { runningChunk } from "./running-chunk";
import { entryName } from "./zip-certificates";
import { itemReason } from "@/lib/operations/item-reason";

export async function sendCertificateEmails(db: Db, operationId: string, participantIds: string[]): Promise<void> {
  const chunk = await runningChunk(db, operationId, "certificates_email", participantIds);
  if (!chunk) return;
  const { event, pending } = chunk;

  for (const participantId of pending) {
    const message = await db.transaction(async (tx) => {
      const [person] = await tx
        .select()
        .from(participants)
        .where(and(eq(participants.id, participantId), eq(participants.eventId, event.id)));
      const [cert] = await tx
        .select()
        .from(certificates)
        .where(and(eq(certificates.participantId, participantId), isNull(certificates.revokedAt)));
      if (!person || !cert) {
        await settleItems(tx, operationId, [
          { participantId, status: "skipped", error: person ? "No valid certificate any more." : "The participant no longer exists." },
        ]);
        return null;
      }
      const content = await composeEmail(tx, event, person, "certificate");
      return createMessageForDelivery(tx, {
        key: `certificate:${participantId}`,
        kind: "certificate",
        eventId: event.id,
        participantId,
        to: person.email,
        ...content,
        attachments: [{ filename: entryName(cert.holderName, cert.code), contentType: "application/pdf", content: cert.pdf }],
      });
    });
    if (!message) continue;
    const outcome = await deliverMessage(db, message, undefined, {
      priority: "bulk",
      onSettled: settleEmailedItems(operationId, () => participantId),
    });
    if (outcome === "skipped") {
      // Already done (by an earlier operation) or being sent right now by a concurrent run of this chunk.
      const [m] = await db.select({ status: messages.status, error: messages.error }).from(messages).where(eq(messages.id, message.id));
      if (m?.status === "sent")
        await settleItems(db, operationId, [{ participantId, status: "skipped", error: itemReason({ code: "alreadyEmailed" }) }]);
      else if (m?.status === "failed") await settleItems(db, operationId, [{ participantId, status: "failed", error: m.error }]);
    }
  }
}
