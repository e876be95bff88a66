// Starting an organizer's bulk cancellation (a selection, or all a filter matches) as an operation:
// one transaction writes the operation, one item per participant it may cancel (registered,
// waitlisted or holding an offer; the rest of the selection is left out and counted), its total and
// the participants.cancel job. The cancellations themselves and their emails are the job's work
// (run-bulk-cancel.ts), chunk by chunk with progress, so 2,000 people never wait on one request.
//
// requestId is made in the organizer's browser when the confirmation opens: the same request sent
// twice finds the operation it already started. Nobody to cancel means no operation at all.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { operations, participants } from "@/lib/db/schema";
import { operationForRequest, startOperation } from "@/lib/operations/start-operation";
import { sendJob } from "@/lib/queue/boss";
import { CHANGES, selectionWhere, uniqueIds, type Actor, type ParticipantSelection } from "./change-participant-status";

export type BulkCancelParams = {
  scope: "selection" | "filter";
  selected?: number;
  filter?: unknown;
  reason: string | null;
  notify: boolean;
};

export type StartBulkCancelResult =
  | { ok: true; operationId: string; total: number; duplicate: boolean; leftOut: number }
  | { ok: false; reason: "not_found" | "nobody"; matched?: number };

class NobodyToCancel extends Error {
  constructor(readonly matched: number) {
    super("nobody to cancel");
  }
}

export async function startBulkCancel(
  db: Db,
  actor: Actor,
  eventId: string,
  selection: ParticipantSelection,
  opts: { requestId: string; reason: string | null; notify: boolean },
): Promise<StartBulkCancelResult> {
  try {
    return await db.transaction(async (tx) => {
      const event = await getEventForUser(tx, actor, eventId);
      if (!event) return { ok: false, reason: "not_found" } as const;
      const requestKey = `participants_cancel:${event.id}:${opts.requestId}`;
      const before = await operationForRequest(tx, requestKey);
      if (before) return { ok: true, operationId: before.id, total: before.total, duplicate: true, leftOut: 0 } as const;
      if ("ids" in selection && uniqueIds(selection.ids).length === 0) throw new NobodyToCancel(0);

      const params: BulkCancelParams = {
        ...("ids" in selection
          ? { scope: "selection" as const, selected: uniqueIds(selection.ids).length }
          : { scope: "filter" as const, filter: selection.filter }),
        reason: opts.reason,
        notify: opts.notify,
      };
      const op = await startOperation(tx, {
        eventId: event.id,
        kind: "participants_cancel",
        requestKey,
        actor: { id: actor.id, name: actor.name },
        params,
      });
      if (op.duplicate) return { ok: true, operationId: op.id, total: op.total, duplicate: true, leftOut: 0 } as const;

      const from = sql.join(
        CHANGES.cancel.from.map((s) => sql`${s}`),
        sql`, `,
      );
      const [counts] = await tx.execute<{ matched: number; chosen: number }>(sql`
        with matched as (
          select ${participants.id} as id, ${participants.status} as status
          from ${participants} where ${selectionWhere(event.id, selection)}
        ), ins as (
          insert into operation_items (operation_id, participant_id)
          select ${op.id}::uuid, id from matched where status in (${from})
          returning 1
        )
        select (select count(*)::int from matched) as matched, (select count(*)::int from ins) as chosen`);
      if (counts.chosen === 0) throw new NobodyToCancel(counts.matched);

      await tx.update(operations).set({ total: counts.chosen }).where(eq(operations.id, op.id));
      await sendJob(tx, "participants.cancel", { operationId: op.id });
      return { ok: true, operationId: op.id, total: counts.chosen, duplicate: false, leftOut: counts.matched - counts.chosen } as const;
    });
  } catch (err) {
    if (err instanceof NobodyToCancel) return { ok: false, reason: "nobody", matched: err.matched };
    throw err;
  }
}
