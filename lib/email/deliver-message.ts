// Delivers one recorded message through the configured transport, at most once: the row is locked
// while the provider is called, a message that is no longer "queued" is left alone, and the
// message key doubles as the provider's idempotency key for the crash-between-send-and-commit case.
// Rate limits, outages and timeouts are retried inside the transport a few times; what still fails
// is recorded on the row and rethrown, so the job is retried with its queue's backoff.
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { messageAttachments, messages, type Message } from "@/lib/db/schema";
import { getTransport } from "./get-transport";
import type { SendPriority } from "./rate-limiter";
import { PermanentEmailError, type EmailTransport, type OutgoingEmail } from "./transport";

export type DeliveryOutcome = "sent" | "failed" | "skipped";

/** A message's settled outcome, as handed to a caller's hook inside the marking transaction. */
export type SettledMessage = { messageId: string; outcome: "sent" | "failed"; error: string | null };

export type DeliverOptions = {
  /** Default "transactional": it goes before bulk sends waiting for the provider. */
  priority?: SendPriority;
  /**
   * Runs in the transaction that marks the message sent or failed, e.g. to count it in a bulk
   * operation's progress, so that the count and the effect commit together.
   */
  onSettled?: (tx: Tx, settled: SettledMessage[]) => Promise<void>;
};

export async function deliverMessage(
  db: Db,
  messageId: string,
  transport: EmailTransport = getTransport(),
  opts: DeliverOptions = {},
): Promise<DeliveryOutcome> {
  let failure: Error | undefined;
  const outcome = await db.transaction(async (tx) => {
    const [message] = await tx.select().from(messages).where(eq(messages.id, messageId)).for("update", { skipLocked: true });
    // Missing, locked by another worker that is sending it right now, or already done.
    if (message?.status !== "queued") return "skipped" as const;
    const attachments = await tx.select().from(messageAttachments).where(eq(messageAttachments.messageId, messageId));
    let providerId: string;
    try {
      ({ providerId } = await transport.send(
        outgoing(message, attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content }))),
        { priority: opts.priority ?? "transactional" },
      ));
    } catch (err) {
      const permanent = err instanceof PermanentEmailError;
      const error = (err as Error).message;
      await tx
        .update(messages)
        .set({ status: permanent ? "failed" : "queued", error, transport: transport.name, attempts: sql`${messages.attempts} + 1` })
        .where(eq(messages.id, messageId));
      if (!permanent) {
        failure = err as Error;
        return "skipped" as const;
      }
      await opts.onSettled?.(tx, [{ messageId, outcome: "failed", error }]);
      return "failed" as const;
    }
    await tx
      .update(messages)
      .set({ status: "sent", providerId, transport: transport.name, sentAt: new Date(), error: null, attempts: sql`${messages.attempts} + 1` })
      .where(eq(messages.id, messageId));
    await opts.onSettled?.(tx, [{ messageId, outcome: "sent", error: null }]);
    return "sent" as const;
  });
  // Rethrown after the transaction committed, so the attempt and its error are recorded.
  if (failure) throw failure;
  return outcome;
}

/** The email a message row describes; its key is the provider's idempotency key. */
export function outgoing(message: Message, attachments?: OutgoingEmail["attachments"]): OutgoingEmail {
  return {
    from: message.fromAddress,
    to: message.toAddress,
    subject: message.subject,
    html: message.html ?? "",
    text: message.text ?? "",
    attachments: attachments?.length ? attachments : undefined,
    idempotencyKey: message.key,
  };
}
