// The participants.cancel job's work: cancel every pending item of a bulk cancellation, a chunk at a
// time. Each chunk is one transaction: the participants still cancellable go through the one status
// transition (history rows with the organizer as the actor, seats freed, waitlist.refill enqueued),
// and either their items are settled at once (no email) or their cancellation emails are recorded,
// keyed `cancel:<operationId>:<participantId>`, with the items left pending until the provider has
// answered (settleEmailedItems, after the commit: no network call inside a transaction).
//
// Safe to run again and at once (the advisory lock lets one run through at a time): the work is
// "whatever is still pending". After a kill -9 the next run finds each pending item's state in the
// database: a recorded email still queued is delivered (once, by its key and send attempt), one
// already sent settles the item, a participant not yet cancelled is cancelled now. Nobody is
// cancelled twice (the transition only moves cancellable rows) and nobody is emailed twice.
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { events, messages, operationItems, operations, participants, type Event, type Operation } from "@/lib/db/schema";
import { composeEmail } from "@/lib/email/compose-email";
import { recordMessages } from "@/lib/email/create-message";
import { deliverMessages } from "@/lib/email/deliver-batch";
import type { EmailTransport } from "@/lib/email/transport";
import { env } from "@/lib/env";
import { completeIfNothingPending } from "@/lib/operations/fail-pending-items";
import { withOperationLock } from "@/lib/operations/operation-lock";
import { settleEmailedItems, settleItems, type ItemOutcome, resumeRecordedEmail } from "@/lib/operations/settle-items";
import { CHANGES } from "./change-participant-status";
import type { BulkCancelParams } from "./start-bulk-cancel";
import { transitionParticipantStatus } from "./transition-participant-status";
import { itemReason } from "@/lib/operations/item-reason";

export type RunBulkCancelOptions = {
  transport?: EmailTransport;
  /** Participants per chunk (default 100, the provider's batch size). */
  chunkSize?: number;
  /** Called after each chunk committed (and its emails were delivered): tests stop a run here. */
  afterChunk?: (chunks: number) => void | Promise<void>;
};

export const cancelMessageKey = (operationId: string, participantId: string) => `cancel:${operationId}:${participantId}`;

const ROUNDS = 3;

export async function runBulkCancel(db: Db, operationId: string, opts: RunBulkCancelOptions = {}): Promise<void> {
  await withOperationLock(`participants_cancel:${operationId}`, async () => {
    const [op] = await db.select().from(operations).where(eq(operations.id, operationId));
    if (op?.kind !== "participants_cancel" || op.state !== "running") return;
    const [event] = await db.select().from(events).where(eq(events.id, op.eventId));
    if (!event) return;
    await db.execute(sql`update operations set started_at = coalesce(started_at, now()) where id = ${operationId}`);
    for (let round = 1; ; round++) {
      let cursor: string | null = null;
      let chunks = 0;
      for (;;) {
        const chunk = await cancelChunk(db, op, event, cursor, opts.chunkSize ?? 100);
        if (!chunk) break;
        cursor = chunk.lastParticipantId;
        if (chunk.messageIds.length)
          await deliverMessages(db, chunk.messageIds, {
            priority: "bulk",
            transport: opts.transport,
            onSettled: settleEmailedItems(operationId, (id) => chunk.recipients.get(id)!),
          });
        await opts.afterChunk?.(++chunks);
      }
      const [left] = await db.execute<{ n: number }>(
        sql`select count(*)::int as n from operation_items where operation_id = ${operationId} and status = 'pending'`,
      );
      if (left.n === 0) {
        await completeIfNothingPending(db, operationId);
        return;
      }
      // An email another delivery held (or a send the provider left unanswered) stays pending.
      if (round >= ROUNDS) throw new Error(`${left.n} cancellation(s) are still pending; the job will try again`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  });
}

type Chunk = { messageIds: string[]; recipients: Map<string, string>; lastParticipantId: string };

async function cancelChunk(db: Db, op: Operation, event: Event, after: string | null, size: number): Promise<Chunk | null> {
  const params = op.params as BulkCancelParams;
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        participantId: operationItems.participantId,
        status: participants.status,
        messageId: messages.id,
        messageStatus: messages.status,
      })
      .from(operationItems)
      .leftJoin(participants, and(eq(participants.id, operationItems.participantId), eq(participants.eventId, event.id)))
      .leftJoin(messages, eq(messages.key, sql`'cancel:' || ${op.id}::text || ':' || ${operationItems.participantId}::text`))
      .where(
        and(
          eq(operationItems.operationId, op.id),
          eq(operationItems.status, "pending"),
          after ? gt(operationItems.participantId, after) : undefined,
        ),
      )
      .orderBy(asc(operationItems.participantId))
      .limit(size);
    if (rows.length === 0) return null;

    const settled: ItemOutcome[] = [];
    const recipients = new Map<string, string>();
    const requeue: string[] = [];
    const toCancel: string[] = [];
    for (const row of rows) {
      // Cancelled by an earlier run of this job; its email is recorded.
      if (row.messageId) resumeRecordedEmail({ settled, requeue, recipients }, row.participantId, row.messageId, row.messageStatus);
      else if (!row.status) settled.push({ participantId: row.participantId, status: "skipped", error: itemReason({ code: "deleted" }) });
      else if ((CHANGES.cancel.from as readonly string[]).includes(row.status)) toCancel.push(row.participantId);
      else
        settled.push({
          participantId: row.participantId,
          status: "skipped",
          error: itemReason({ code: "leftAsItWas", status: row.status }),
        });
    }

    const { changes } = await transitionParticipantStatus(
      tx,
      { eventId: event.id, selection: { ids: toCancel } },
      {
        ...CHANGES.cancel,
        job: null,
        reason: params.reason ?? null,
        actor: op.createdBy
          ? { kind: "user", id: op.createdBy, name: op.createdByName ?? "" }
          : { kind: "system", reason: op.createdByName ?? "bulk cancellation" },
      },
    );
    const changed = new Set(changes.map((c) => c.participantId));
    // Moved by someone else between the read and the transition (cancelled, rejected meanwhile).
    for (const id of toCancel)
      if (!changed.has(id)) settled.push({ participantId: id, status: "skipped", error: itemReason({ code: "changedMeanwhile" }) });

    if (params.notify && changed.size) {
      const config = env();
      const cancelled = await tx
        .select()
        .from(participants)
        .where(inArray(participants.id, [...changed]));
      const values = [];
      for (const p of cancelled) {
        const content = await composeEmail(tx, event, p, "cancelled", { reason: params.reason ?? "" });
        values.push({
          key: cancelMessageKey(op.id, p.id),
          kind: "cancelled" as const,
          eventId: event.id,
          participantId: p.id,
          operationId: op.id,
          fromAddress: config.EMAIL_FROM,
          toAddress: p.email,
          transport: config.EMAIL_TRANSPORT,
          ...content,
        });
      }
      const { all } = await recordMessages(tx, values);
      for (const m of all) recipients.set(m.id, m.participantId!);
    } else {
      for (const id of changed) settled.push({ participantId: id, status: "succeeded", error: null });
    }
    if (requeue.length)
      await tx
        .update(messages)
        .set({ status: "queued" })
        .where(and(inArray(messages.id, requeue), eq(messages.status, "failed")));
    await settleItems(tx, op.id, settled);
    return { messageIds: [...recipients.keys()], recipients, lastParticipantId: rows[rows.length - 1].participantId };
  });
}
