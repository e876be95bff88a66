// Delivers many recorded messages with as few provider calls as possible, each exactly once:
// messages with attachments one by one (deliverMessage), the others through the batch endpoint,
// ≤ 100 per call. Every call is a recorded send attempt (send-attempts.ts): claimed in a short
// transaction, made outside any, its outcome recorded in another.
//
// A message already in a pending attempt (a batch whose answer was lost) is sent only by re-sending
// that attempt, exactly as it was, with its key: whatever the chunk looks like now (another worker
// took a message, a participant left), Resend recognises the request and sends nobody twice.
import { and, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { messageAttachments, messages } from "@/lib/db/schema";
import { deliverAttempt } from "./deliver-attempt";
import { deliverMessage, outgoing, type DeliverOptions, type SettledMessage } from "./deliver-message";
import { getTransport } from "./get-transport";
import { claimNewAttempt, claimPendingAttempts, type MemberOutcome } from "./send-attempts";
import { MAX_BATCH_SIZE, type EmailTransport } from "./transport";

export type DeliverManyOptions = DeliverOptions & { transport?: EmailTransport };

export type DeliverManyResult = {
  /** Messages this call sent / marked failed / left alone (already done, or held elsewhere). */
  sent: string[];
  failed: { messageId: string; error: string }[];
  skipped: string[];
  /** Provider calls made for batches (retries inside the transport not counted). */
  batchCalls: number;
};

/**
 * Send the still-queued messages among `messageIds`. Throws (after recording the attempt) when the
 * provider could not be reached (RetryableEmailError) or sending is paused (SendingPausedError), so
 * the job comes back; what was sent before stays sent.
 */
export async function deliverMessages(db: Db, messageIds: string[], opts: DeliverManyOptions = {}): Promise<DeliverManyResult> {
  const transport = opts.transport ?? getTransport();
  const priority = opts.priority ?? "bulk";
  const result: DeliverManyResult = { sent: [], failed: [], skipped: [], batchCalls: 0 };
  const ids = [...new Set(messageIds)].sort();
  if (ids.length === 0) return result;
  const wanted = new Set(ids);
  const done = new Set<string>();

  const collect = (outcomes: MemberOutcome[]) => {
    for (const o of outcomes) {
      if (!wanted.has(o.messageId) || done.has(o.messageId)) continue;
      done.add(o.messageId);
      if (o.outcome === "sent") result.sent.push(o.messageId);
      else result.failed.push({ messageId: o.messageId, error: o.error ?? "failed" });
    }
  };
  const onAnswer = async (tx: Parameters<NonNullable<DeliverOptions["onSettled"]>>[0], moved: MemberOutcome[]) => {
    const mine = moved
      .filter((o) => wanted.has(o.messageId))
      .map((o): SettledMessage => ({ messageId: o.messageId, outcome: o.outcome, error: o.error }));
    if (mine.length) await opts.onSettled?.(tx, mine);
  };

  // First the attempts some of these messages are already in, re-sent as they were.
  for (const claimed of await claimPendingAttempts(db, ids)) {
    if (claimed.attempt.endpoint === "batch") result.batchCalls++;
    collect(await deliverAttempt(db, claimed, transport, { priority, onAnswer: opts.onSettled ? onAnswer : undefined }));
  }

  const withAttachments = new Set<string>();
  for (const chunk of chunks(ids, 1000)) {
    const rows = await db
      .selectDistinct({ id: messageAttachments.messageId })
      .from(messageAttachments)
      .where(inArray(messageAttachments.messageId, chunk));
    for (const r of rows) withAttachments.add(r.id);
  }
  for (const chunk of chunks(
    ids.filter((id) => !withAttachments.has(id) && !done.has(id)),
    MAX_BATCH_SIZE,
  )) {
    const claimed = await claimNewAttempt(db, chunk, "batch", outgoing);
    if (!claimed) continue;
    result.batchCalls++;
    collect(await deliverAttempt(db, claimed, transport, { priority, onAnswer: opts.onSettled ? onAnswer : undefined }));
  }
  for (const id of ids.filter((id) => withAttachments.has(id) && !done.has(id))) {
    const settled: SettledMessage[] = [];
    const outcome = await deliverMessage(db, id, transport, {
      priority,
      onSettled: async (tx, s) => {
        settled.push(...s);
        await opts.onSettled?.(tx, s);
      },
    });
    if (outcome === "sent") {
      done.add(id);
      result.sent.push(id);
    } else if (outcome === "failed") {
      done.add(id);
      result.failed.push({ messageId: id, error: settled[0]?.error ?? "failed" });
    }
  }

  // The rest were done elsewhere (one attempt re-sent by a Retry, say) or suppressed (an undeliverable
  // address: counted as failed, with the reason). Their outcome is reported to
  // the hook as well (progress hooks count an item once), so nobody waits for them forever.
  const rest = ids.filter((id) => !done.has(id));
  result.skipped.push(...rest);
  if (rest.length && opts.onSettled) {
    const elsewhere = await db
      .select({ id: messages.id, status: messages.status, error: messages.error })
      .from(messages)
      .where(and(inArray(messages.id, rest), inArray(messages.status, ["sent", "failed", "suppressed"])));
    const settled = elsewhere.map(
      (m): SettledMessage => ({ messageId: m.id, outcome: m.status === "sent" ? "sent" : "failed", error: m.error }),
    );
    if (settled.length) await db.transaction((tx) => opts.onSettled!(tx, settled));
  }
  return result;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
