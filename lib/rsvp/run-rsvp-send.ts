// The rsvp.bulk job's work: send every pending recipient of an RSVP operation, 100 emails per
// provider call (deliverMessages, priority "bulk": transactional email waiting for the provider goes
// first), each chunk's outcome and the operation's counters committed together (onSettled).
//
// While one chunk is with the provider, the next one is rendered and recorded, so the send runs at
// the provider's rate rather than at the rate plus the rendering time.
//
// Safe to run again and at once: the work is "whatever is still pending", each email has one key
// and is delivered at most once, and a per-operation advisory lock lets one run at a time go through
// the recipients in the same order (a second run waits, then finds nothing or the rest to do).
import { and, count, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { events, operationItems, operations, type Event } from "@/lib/db/schema";
import { deliverMessages } from "@/lib/email/deliver-batch";
import type { EmailTransport } from "@/lib/email/transport";
import { prepareRsvpChunk } from "./prepare-rsvp-chunk";
import { completeIfNothingPending } from "@/lib/operations/fail-pending-items";
import { settleEmailedItems } from "@/lib/operations/settle-items";
import { withOperationLock } from "@/lib/operations/operation-lock";

export type RunRsvpSendOptions = {
  transport?: EmailTransport;
  /** Emails per provider call (default and maximum 100). */
  chunkSize?: number;
  /** Called after each chunk was delivered: tests stop a run here to simulate a crash. */
  afterChunk?: (chunks: number) => void | Promise<void>;
  /** Pause before looking again at recipients whose emails were busy elsewhere (default 1 s). */
  busyPauseMs?: number;
};

const ROUNDS = 3;

export async function runRsvpSend(db: Db, operationId: string, opts: RunRsvpSendOptions = {}): Promise<void> {
  await withOperationLock(`rsvp_email:${operationId}`, async () => {
    const [op] = await db.select().from(operations).where(eq(operations.id, operationId));
    if (op?.kind !== "rsvp_email" || op.state !== "running") return;
    const [event] = await db.select().from(events).where(eq(events.id, op.eventId));
    if (!event) return;
    await db.execute(sql`update operations set started_at = coalesce(started_at, now()) where id = ${operationId}`);

    for (let round = 1; ; round++) {
      await sendPending(db, operationId, event, opts);
      const left = await pendingCount(db, operationId);
      if (left === 0) {
        await completeIfNothingPending(db, operationId);
        return;
      }
      // Emails another delivery held locked (or just sent) stay pending: look again shortly.
      if (round >= ROUNDS) throw new Error(`${left} recipient(s) are still pending; the job will try again`);
      await new Promise((r) => setTimeout(r, opts.busyPauseMs ?? 1000));
    }
  });
}

async function sendPending(db: Db, operationId: string, event: Event, opts: RunRsvpSendOptions): Promise<void> {
  const size = opts.chunkSize;
  const prepare = (after: string | null) => {
    const p = prepareRsvpChunk(db, operationId, event, after, size);
    // Handled here so that a failure while the previous chunk is with the provider is not reported
    // as unhandled; it is rethrown where the chunk is awaited.
    p.catch(() => {});
    return p;
  };
  let next = prepare(null);
  let chunks = 0;
  for (;;) {
    const chunk = await next;
    if (!chunk) return;
    next = prepare(chunk.lastParticipantId);
    if (chunk.messageIds.length) {
      await deliverMessages(db, chunk.messageIds, {
        priority: "bulk",
        transport: opts.transport,
        onSettled: settleEmailedItems(operationId, (id) => chunk.recipients.get(id)!),
      });
    }
    await opts.afterChunk?.(++chunks);
  }
}

async function pendingCount(db: Db, operationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(operationItems)
    .where(and(eq(operationItems.operationId, operationId), eq(operationItems.status, "pending")));
  return row.n;
}
