// Delivers one recorded message through the configured transport, exactly once: claim (a recorded
// send attempt, or the pending one the message is already in), call the provider outside any
// transaction, record the outcome (send-attempts.ts, deliver-attempt.ts). A message that is sent,
// failed, cancelled or being sent by another worker right now is left alone. What could not be
// sent yet is rethrown (RetryableEmailError, SendingPausedError), so the job comes back later.
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { messages, sendAttempts, type Message } from "@/lib/db/schema";
import type { MessageForDelivery } from "./create-message";
import { deferJob } from "./defer-while-paused";
import { deliverAttempt } from "./deliver-attempt";
import { getTransport } from "./get-transport";
import type { SendPriority } from "./rate-limiter";
import { claimNewAttempt, claimPendingAttempts } from "./send-attempts";
import { SendingPausedError } from "./sending-pause";
import type { EmailTransport, OutgoingEmail } from "./transport";

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

/**
 * `message`: the message's id, or what createMessageForDelivery answered in a transaction that has
 * just committed. A message that transaction created cannot be in another send attempt: its
 * attempt was claimed there already or, when the claim was left to this call, the look for a
 * pending one (a transaction of two statements) is skipped.
 */
export async function deliverMessage(
  db: Db,
  message: string | MessageForDelivery,
  transport: EmailTransport = getTransport(),
  opts: DeliverOptions = {},
): Promise<DeliveryOutcome> {
  const prepared = typeof message === "string" ? null : message;
  const messageId = typeof message === "string" ? message : message.id;
  try {
    // A message in a pending attempt (perhaps a batch whose answer was lost) goes out only in it.
    const [pending] = prepared?.created ? [] : await claimPendingAttempts(db, [messageId]);
    const claimed = prepared?.claimed ?? pending ?? (await claimNewAttempt(db, [messageId], "email", outgoing));
    if (!claimed) {
      // Held by another delivery right now. Should that worker die, nobody else would come back for
      // it: look again once its lease can have run out (a no-op if it was sent meanwhile).
      const lease = await heldUntil(db, messageId);
      if (lease) await deferJob("email.send", { messageId }, lease);
      return "skipped";
    }
    const { onSettled } = opts;
    const outcomes = await deliverAttempt(db, claimed, transport, {
      priority: opts.priority ?? "transactional",
      onAnswer: onSettled
        ? async (tx, moved) => {
            const mine = moved.filter((o) => o.messageId === messageId).map((o) => ({ messageId, outcome: o.outcome, error: o.error }));
            if (mine.length) await onSettled(tx, mine);
          }
        : undefined,
    });
    return outcomes.find((o) => o.messageId === messageId)?.outcome ?? "skipped";
  } catch (err) {
    // Paused: the message stays queued and its own email.send job comes back when the pause can be
    // over, so whatever job got here (a registration, an approval) completes. A caller with a
    // progress hook defers its own job instead (deferWhilePaused), to count the item when it goes.
    if (!(err instanceof SendingPausedError) || opts.onSettled) throw err;
    await deferJob("email.send", { messageId }, err.resumesAt);
    return "skipped";
  }
}

/** The email a message row describes; its key is the provider's idempotency key. */
export function outgoing(
  message: Pick<Message, "fromAddress" | "toAddress" | "subject" | "html" | "text" | "key">,
  attachments?: OutgoingEmail["attachments"],
): OutgoingEmail {
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

async function heldUntil(db: Db, messageId: string): Promise<Date | null> {
  const [row] = await db
    .select({ leaseUntil: sendAttempts.leaseUntil })
    .from(messages)
    .innerJoin(sendAttempts, eq(sendAttempts.id, messages.attemptId))
    .where(and(eq(messages.id, messageId), eq(messages.status, "sending"), eq(sendAttempts.state, "pending")));
  return row?.leaseUntil && row.leaseUntil > new Date() ? row.leaseUntil : null;
}
