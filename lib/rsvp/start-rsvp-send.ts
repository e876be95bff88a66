// Starting a bulk RSVP send: one transaction writes the operation, one item per recipient (a single
// INSERT … SELECT over the same selection model as approve/reject: chosen ids, or all a filter
// matches), its total, and the rsvp.bulk job. Only approved participants are asked; anyone else in
// the selection is left out and counted.
//
// requestId is made in the organizer's browser when they open the confirmation: the same request
// sent twice (a double click, a resubmitted form) finds the operation it already started. Two
// different requests for the same people are two operations, and each sends its own email: that is
// what the organizer asked for.
//
// Nobody to ask means no operation at all: the transaction is rolled back, nothing is left running.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { events, operations, participants } from "@/lib/db/schema";
import { selectionWhere, uniqueIds, type Actor, type ParticipantSelection } from "@/lib/participants/change-participant-status";
import { sendJob } from "@/lib/queue/boss";
import type { RsvpSendParams } from "./describe-recipients";
import { operationForRequest, startOperation } from "@/lib/operations/start-operation";

export type StartRsvpSendResult =
  /** answered: approved participants who had already answered and were skipped (unless asked to re-ask). */
  | { ok: true; operationId: string; total: number; duplicate: boolean; leftOut: number; answered: number }
  | { ok: false; reason: "not_found" | "started" | "nobody"; matched?: number; answered?: number };

class NobodyToAsk extends Error {
  constructor(
    readonly matched: number,
    readonly answered = 0,
  ) {
    super("nobody to ask");
  }
}

/** An organizer (access checked), or the system acting on its own with a reason (no user to check). */
export type RsvpSender = Actor | { kind: "system"; reason: string };

export async function startRsvpSend(
  db: Db,
  actor: RsvpSender,
  eventId: string,
  selection: ParticipantSelection,
  requestId: string,
  // By default those who already answered are not asked again; reask: everyone approved is.
  opts: { reask?: boolean } = {},
): Promise<StartRsvpSendResult> {
  const reask = opts.reask === true;
  try {
    return await db.transaction(async (tx) => {
      const event =
        "kind" in actor ? (await tx.select().from(events).where(eq(events.id, eventId)))[0] : await getEventForUser(tx, actor, eventId);
      if (!event) return { ok: false, reason: "not_found" } as const;
      const createdBy = "kind" in actor ? null : actor.id;
      const createdByName = "kind" in actor ? actor.reason : actor.name;
      // Scoped to the event, so that a key sent for another event can never name this one's operation.
      const requestKey = `rsvp_email:${event.id}:${requestId}`;
      const before = await operationForRequest(tx, requestKey);
      if (before) return { ok: true, operationId: before.id, total: before.total, duplicate: true, leftOut: 0, answered: 0 } as const;
      if (event.startsAt <= new Date()) return { ok: false, reason: "started" } as const;
      if ("ids" in selection && uniqueIds(selection.ids).length === 0) throw new NobodyToAsk(0);

      const params: RsvpSendParams =
        "ids" in selection
          ? { scope: "selection", selected: uniqueIds(selection.ids).length }
          : { scope: "filter", filter: selection.filter };
      const op = await startOperation(tx, {
        eventId: event.id,
        kind: "rsvp_email",
        requestKey,
        actor: { id: createdBy, name: createdByName },
        params,
      });
      if (op.duplicate) return { ok: true, operationId: op.id, total: op.total, duplicate: true, leftOut: 0, answered: 0 } as const;

      const where = selectionWhere(event.id, selection);
      const [counts] = await tx.execute<{ matched: number; asked: number; answered: number }>(sql`
        with chosen as (
          select ${participants.id} as id, ${participants.status} as status, ${participants.rsvpAnswer} as answer
          from ${participants} where ${where}
        ), ins as (
          insert into operation_items (operation_id, participant_id)
          select ${op.id}::uuid, id from chosen where status = 'approved' and (${reask} or answer is null)
          returning 1
        )
        select (select count(*)::int from chosen) as matched, (select count(*)::int from ins) as asked,
          (select count(*)::int from chosen where status = 'approved' and answer is not null and not ${reask}) as answered`);
      if (counts.asked === 0) throw new NobodyToAsk(counts.matched, counts.answered);

      await tx.update(operations).set({ total: counts.asked }).where(eq(operations.id, op.id));
      await sendJob(tx, "rsvp.bulk", { operationId: op.id });
      return {
        ok: true,
        operationId: op.id,
        total: counts.asked,
        duplicate: false,
        leftOut: counts.matched - counts.asked - counts.answered,
        answered: counts.answered,
      } as const;
    });
  } catch (err) {
    if (err instanceof NobodyToAsk) return { ok: false, reason: "nobody", matched: err.matched, answered: err.answered };
    throw err;
  }
}
