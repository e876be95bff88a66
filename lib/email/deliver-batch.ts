// Delivers many recorded messages with as few provider calls as possible, each at most once:
// messages with attachments one by one (deliverMessage), the others through the batch endpoint,
// ≤ 100 per call. Each call's rows are locked (FOR UPDATE SKIP LOCKED: one worker per message) and
// marked sent/failed in the transaction that held the lock during the call.
//
// Crash safety rests on the batch's idempotency key, derived from its messages' keys: the ids are
// sorted and cut into chunks of 100 before anything else, so a job run again with the same ids
// sends the same still-queued chunk, with the same key, and Resend (which keeps keys 24 h) answers
// with the first call's result instead of sending again. Give a job a fixed list of ids.
import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { messageAttachments, messages } from "@/lib/db/schema";
import { deliverMessage, outgoing, type DeliverOptions, type SettledMessage } from "./deliver-message";
import { getTransport } from "./get-transport";
import { MAX_BATCH_SIZE, PermanentEmailError, type BatchItemResult, type EmailTransport } from "./transport";

export type DeliverManyOptions = DeliverOptions & { transport?: EmailTransport };

export type DeliverManyResult = {
  /** Messages this call sent / marked failed / left alone (already done, or locked elsewhere). */
  sent: string[];
  failed: { messageId: string; error: string }[];
  skipped: string[];
  /** Provider calls made for batches (retries inside the transport not counted). */
  batchCalls: number;
};

/**
 * Send the still-queued messages among `messageIds`. Throws a RetryableEmailError (after recording
 * the attempt on the messages of the failing call) when the provider could not be reached, so the
 * job is retried; what was sent before stays sent.
 */
export async function deliverMessages(db: Db, messageIds: string[], opts: DeliverManyOptions = {}): Promise<DeliverManyResult> {
  const transport = opts.transport ?? getTransport();
  const priority = opts.priority ?? "bulk";
  const result: DeliverManyResult = { sent: [], failed: [], skipped: [], batchCalls: 0 };
  const ids = [...new Set(messageIds)].sort();
  if (ids.length === 0) return result;

  const withAttachments = new Set<string>();
  for (const chunk of chunks(ids, 1000)) {
    const rows = await db.selectDistinct({ id: messageAttachments.messageId }).from(messageAttachments).where(inArray(messageAttachments.messageId, chunk));
    for (const r of rows) withAttachments.add(r.id);
  }

  for (const chunk of chunks(ids.filter((id) => !withAttachments.has(id)), MAX_BATCH_SIZE)) {
    await deliverChunk(db, chunk, transport, { ...opts, priority }, result);
  }
  for (const id of ids.filter((id) => withAttachments.has(id))) {
    const settled: SettledMessage[] = [];
    const outcome = await deliverMessage(db, id, transport, {
      priority,
      onSettled: async (tx, s) => {
        settled.push(...s);
        await opts.onSettled?.(tx, s);
      },
    });
    if (outcome === "skipped") result.skipped.push(id);
    else if (outcome === "sent") result.sent.push(id);
    else result.failed.push({ messageId: id, error: settled[0]?.error ?? "failed" });
  }
  return result;
}

async function deliverChunk(db: Db, ids: string[], transport: EmailTransport, opts: DeliverOptions, result: DeliverManyResult): Promise<void> {
  let failure: Error | undefined;
  await db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(messages)
      .where(inArray(messages.id, ids))
      .orderBy(messages.key)
      .for("update", { skipLocked: true });
    const queued = rows.filter((m) => m.status === "queued");
    const queuedIds = new Set(queued.map((m) => m.id));
    result.skipped.push(...ids.filter((id) => !queuedIds.has(id)));
    if (queued.length === 0) return;

    let outcomes: BatchItemResult[];
    try {
      result.batchCalls++;
      outcomes = await transport.sendBatch(
        queued.map((m) => outgoing(m)),
        { priority: opts.priority },
      );
    } catch (err) {
      const error = (err as Error).message;
      if (!(err instanceof PermanentEmailError)) failure = err as Error;
      // A refused call (a bad API key…) fails every email in it; anything else leaves them queued.
      outcomes = queued.map(() => ({ ok: false, error }));
    }

    const status = (o: BatchItemResult) => (o.ok ? "sent" : failure ? "queued" : "failed");
    const updates = queued.map((m, i) => ({
      id: m.id,
      status: status(outcomes[i]),
      provider_id: outcomes[i].ok ? outcomes[i].providerId : null,
      error: outcomes[i].ok ? null : outcomes[i].error,
    }));
    // One statement for the whole chunk.
    await tx.execute(sql`
      update ${messages} m
      set status = u.status, provider_id = coalesce(u.provider_id, m.provider_id), error = u.error,
          transport = ${transport.name}, attempts = m.attempts + 1,
          sent_at = case when u.status = 'sent' then now() else m.sent_at end
      from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as u(id uuid, status text, provider_id text, error text)
      where m.id = u.id`);
    if (failure) return;

    const settled: SettledMessage[] = updates.map((u) => ({ messageId: u.id, outcome: u.status as "sent" | "failed", error: u.error }));
    for (const s of settled) {
      if (s.outcome === "sent") result.sent.push(s.messageId);
      else result.failed.push({ messageId: s.messageId, error: s.error ?? "failed" });
    }
    await opts.onSettled?.(tx, settled);
  });
  // Rethrown after the transaction committed, so the attempt and its error are recorded.
  if (failure) throw failure;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
