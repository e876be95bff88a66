// Delivers one recorded message through the configured transport, at most once: the row is locked
// while the provider is called, a message that is no longer "queued" is left alone, and the
// message key doubles as the provider's idempotency key for the crash-between-send-and-commit case.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { messageAttachments, messages } from "@/lib/db/schema";
import { getTransport } from "./get-transport";
import { PermanentEmailError, RetryableEmailError, type EmailTransport } from "./transport";

export type DeliveryOutcome = "sent" | "failed" | "skipped";

const MAX_INLINE_WAIT_MS = 10_000;

export async function deliverMessage(db: Db, messageId: string, transport: EmailTransport = getTransport()): Promise<DeliveryOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await deliverOnce(db, messageId, transport);
    } catch (err) {
      // A short retry-after is waited out here; anything longer goes back to the queue's backoff.
      if (err instanceof RetryableEmailError && err.retryAfterMs !== undefined && err.retryAfterMs <= MAX_INLINE_WAIT_MS && attempt < 3) {
        await new Promise((r) => setTimeout(r, err.retryAfterMs! + Math.random() * 250));
        continue;
      }
      throw err;
    }
  }
}

async function deliverOnce(db: Db, messageId: string, transport: EmailTransport): Promise<DeliveryOutcome> {
  let failure: Error | undefined;
  const outcome = await db.transaction(async (tx) => {
    const [message] = await tx.select().from(messages).where(eq(messages.id, messageId)).for("update", { skipLocked: true });
    // Missing, locked by another worker that is sending it right now, or already done.
    if (!message || message.status !== "queued") return "skipped" as const;
    const attachments = await tx.select().from(messageAttachments).where(eq(messageAttachments.messageId, messageId));
    try {
      const { providerId } = await transport.send({
        from: message.fromAddress,
        to: message.toAddress,
        subject: message.subject,
        html: message.html ?? "",
        text: message.text ?? "",
        attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
        idempotencyKey: message.key,
      });
      await tx
        .update(messages)
        .set({ status: "sent", providerId, transport: transport.name, sentAt: new Date(), error: null, attempts: sql`${messages.attempts} + 1` })
        .where(eq(messages.id, messageId));
      return "sent" as const;
    } catch (err) {
      const permanent = err instanceof PermanentEmailError;
      await tx
        .update(messages)
        .set({ status: permanent ? "failed" : "queued", error: (err as Error).message, transport: transport.name, attempts: sql`${messages.attempts} + 1` })
        .where(eq(messages.id, messageId));
      if (permanent) return "failed" as const;
      failure = err as Error;
      return "skipped" as const;
    }
  });
  // Rethrown after the transaction committed, so the attempt and its error are recorded.
  if (failure) throw failure;
  return outcome;
}
