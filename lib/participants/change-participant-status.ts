// The engine behind approve-participants and reject-participants: one transaction per request that
// (1) checks the organizer may manage the event, (2) moves every matching participant that may make
// this move with a single conditional UPDATE, (3) writes one history row per changed participant
// with a single INSERT … SELECT, and (4) enqueues one job per changed participant with bulk inserts
// into pg-boss on the same transaction. Nothing is loaded into JS one participant at a time, so
// "all matching the filter" works for tens of thousands of participants in one request.
//
// Concurrency: the rows are locked (FOR UPDATE, in id order so two bulk changes cannot deadlock) and
// their status re-checked by PostgreSQL after any concurrent change commits. A participant already
// in the target status is left alone, so two concurrent approvals of one participant make one change,
// one history row and one job.
import { sql, type SQL } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { isUuid, participantFilterWhere } from "@/lib/db/queries/participants";
import { participants, participantStatusHistory, type ParticipantStatus } from "@/lib/db/schema";
import { sendJobs } from "@/lib/queue/boss";
import type { ParticipantFilter } from "@/lib/validation/participant-list";

/** Which participants: chosen ones (ids, checked against the event) or all that a filter matches. */
export type ParticipantSelection = { ids: string[] } | { filter: ParticipantFilter };

export type Actor = Pick<SessionUser, "id" | "name" | "role">;

export type StatusChangeResult =
  | {
      ok: true;
      /** Participants moved to the new status (one history row and one job each). */
      changed: number;
      /** Already in the new status: left alone. */
      skipped: number;
      /** Matched but in a status this change does not apply to (cancelled), or ids not in this event. */
      ineligible: number;
    }
  | { ok: false; reason: "not_found" };

type Change = {
  to: "approved" | "rejected";
  from: readonly ParticipantStatus[];
  job: "participant.approved" | "participant.rejected";
  reason: string | null;
};

export const CHANGES = {
  approve: { to: "approved", from: ["pending", "rejected"], job: "participant.approved" },
  reject: { to: "rejected", from: ["pending", "approved"], job: "participant.rejected" },
} as const;

// pg-boss receives the jobs as one JSON parameter per insert; chunks keep each one a few hundred KB.
const JOB_CHUNK = 5_000;

export function selectionWhere(eventId: string, selection: ParticipantSelection): SQL {
  if ("filter" in selection) return participantFilterWhere(eventId, selection.filter);
  const ids = sql.join(uniqueIds(selection.ids).map((id) => sql`${id}::uuid`), sql`, `);
  return sql`${participants.eventId} = ${eventId} and ${participants.id} in (${ids})`;
}

/** Distinct well-formed ids; anything else cannot name a participant and counts as not found. */
export function uniqueIds(ids: string[]): string[] {
  return [...new Set(ids)].filter(isUuid);
}

export async function changeParticipantStatus(
  db: Db,
  actor: Actor,
  eventId: string,
  selection: ParticipantSelection,
  change: Change,
): Promise<StatusChangeResult> {
  return db.transaction(async (tx) => {
    const event = await getEventForUser(tx, actor, eventId);
    if (!event) return { ok: false, reason: "not_found" } as const;
    if ("ids" in selection && uniqueIds(selection.ids).length === 0) return { ok: true, changed: 0, skipped: 0, ineligible: 0 } as const;

    const where = selectionWhere(event.id, selection);
    const from = sql.join(change.from.map((s) => sql`${s}`), sql`, `);

    const [before] = await tx.execute<{ matched: number; ineligible: number }>(sql`
      select count(*)::int as matched,
             count(*) filter (where ${participants.status} <> ${change.to} and ${participants.status} not in (${from}))::int as ineligible
      from ${participants} where ${where}`);

    const changes = await tx.execute<{ change_id: string; participant_id: string }>(sql`
      with locked as (
        select ${participants.id} as id, ${participants.status} as status
        from ${participants}
        where ${where} and ${participants.status} in (${from})
        order by ${participants.id}
        for update
      ), changed as (
        update ${participants} set
          status = ${change.to},
          status_changed_at = now(),
          updated_at = now(),
          rejection_reason = ${change.reason}
        from locked
        where ${participants.id} = locked.id
        returning ${participants.id} as id, locked.status as from_status
      )
      insert into ${participantStatusHistory} (participant_id, from_status, to_status, reason, changed_by, changed_by_name)
      select id, from_status, ${change.to}, ${change.reason}, ${actor.id}, ${actor.name} from changed
      returning id as change_id, participant_id`);

    if (changes.length) {
      const rows = [...changes];
      for (let i = 0; i < rows.length; i += JOB_CHUNK) {
        await sendJobs(tx, change.job, rows.slice(i, i + JOB_CHUNK).map((r) => ({ participantId: r.participant_id, changeId: r.change_id })));
      }
    }

    const changed = changes.length;
    const notFound = "ids" in selection ? new Set(selection.ids).size - before.matched : 0;
    // Whatever matched and neither changed nor was out of scope was already there (possibly because a
    // concurrent request moved it a moment ago).
    const skipped = Math.max(0, before.matched - changed - before.ineligible);
    return { ok: true, changed, skipped, ineligible: before.ineligible + Math.max(0, notFound) } as const;
  });
}
