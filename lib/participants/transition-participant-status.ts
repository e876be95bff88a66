// The one participant status transition (tx, scope, change): the dashboard's approve/reject, the
// worker's automatic approval (registration.process) and every later caller move participants
// through here, so each change writes its history row, enqueues its job and keeps the seat counter
// right in the same transaction. It does not check access: the caller has already decided that the
// actor may touch this event (an organizer through getEventForUser, the system by being the system).
//
// One conditional UPDATE moves every matching participant that may make this move (rows locked in
// id order so two bulk changes cannot deadlock, status re-checked by PostgreSQL after any concurrent
// change commits), one INSERT … SELECT writes the history, and the seats freed or taken are summed
// in the same statement and applied by one adjustSeats call at the end.
import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { isUuid, participantFilterWhere } from "@/lib/db/queries/participants";
import { participants, participantStatusHistory, type ParticipantStatus } from "@/lib/db/schema";
import { sendJob, sendJobs } from "@/lib/queue/boss";
import type { ParticipantFilter } from "@/lib/validation/participant-list";
import { adjustSeats, holdsSeatSql } from "./seat-accounting";

/** Which participants: chosen ones (ids, checked against the event) or all that a filter matches. */
export type ParticipantSelection = { ids: string[] } | { filter: ParticipantFilter };

/** Who makes a change, as data: an organizer, or the system with the reason it acts. */
export type ChangeActor = { kind: "user"; id: string; name: string } | { kind: "system"; reason: string };

export type TransitionScope = { eventId: string; selection: ParticipantSelection };

export type Transition = {
  to: "approved" | "rejected" | "cancelled" | "pending";
  from: readonly ParticipantStatus[];
  /** The job each changed participant gets (email, ticket), enqueued in the same transaction; null: none. */
  job: "participant.approved" | "participant.rejected" | "participant.cancelled" | "registration.process" | null;
  reason: string | null;
  actor: ChangeActor;
  /**
   * "enforce": a change that takes seats past the capacity throws SeatsFull and the caller's
   * transaction rolls back (restoring a cancelled participant). Default: the organizer may overfill.
   */
  seats?: "enforce";
};

/** Thrown by a transition with seats: "enforce" when the event has no seat left for it. */
export class SeatsFull extends Error {
  constructor() {
    super("the event has no free seat");
    this.name = "SeatsFull";
  }
}

export type TransitionResult = {
  changes: { participantId: string; changeId: string }[];
  /** Seats taken (positive) or freed (negative) by this change. */
  seatDelta: number;
};

// pg-boss receives the jobs as one JSON parameter per insert; chunks keep each one a few hundred KB.
const JOB_CHUNK = 5_000;

export function selectionWhere(eventId: string, selection: ParticipantSelection): SQL {
  if ("filter" in selection) return participantFilterWhere(eventId, selection.filter);
  const ids = sql.join(
    uniqueIds(selection.ids).map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`${participants.eventId} = ${eventId} and ${participants.id} in (${ids})`;
}

/** Distinct well-formed ids; anything else cannot name a participant and counts as not found. */
export function uniqueIds(ids: string[]): string[] {
  return [...new Set(ids)].filter(isUuid);
}

export async function transitionParticipantStatus(tx: Tx, scope: TransitionScope, change: Transition): Promise<TransitionResult> {
  if ("ids" in scope.selection && uniqueIds(scope.selection.ids).length === 0) return { changes: [], seatDelta: 0 };
  const where = selectionWhere(scope.eventId, scope.selection);
  const from = sql.join(
    change.from.map((s) => sql`${s}`),
    sql`, `,
  );
  const changedBy = change.actor.kind === "user" ? change.actor.id : null;
  const changedByName = change.actor.kind === "user" ? change.actor.name : change.actor.reason;

  const rows = await tx.execute<{ change_id: string; participant_id: string; seat_delta: number }>(sql`
    with locked as (
      select ${participants.id} as id, ${participants.status} as status, ${participants.rsvpAnswer} as rsvp
      from ${participants}
      where ${where} and ${participants.status} in (${from})
      order by ${participants.id}
      for update
    ), changed as (
      update ${participants} set
        status = ${change.to},
        status_changed_at = now(),
        updated_at = now(),
        rejection_reason = ${change.reason},
        waitlisted_at = case when ${change.to} in ('pending', 'approved') then null else ${participants.waitlistedAt} end,
        offer_expires_at = null
      from locked
      where ${participants.id} = locked.id
      returning ${participants.id} as id, locked.status as from_status,
        ${holdsSeatSql(sql`${change.to}::text`, "locked.rsvp")}::int - ${holdsSeatSql("locked.status", "locked.rsvp")}::int as seat_delta
    ), history as (
      insert into ${participantStatusHistory} (participant_id, from_status, to_status, reason, changed_by, changed_by_name)
      select id, from_status, ${change.to}, ${change.reason}, ${changedBy}, ${changedByName} from changed
      returning id as change_id, participant_id
    )
    select history.change_id, history.participant_id, changed.seat_delta
    from history join changed on changed.id = history.participant_id`);

  const changes = [...rows].map((r) => ({ participantId: r.participant_id, changeId: r.change_id }));
  if (changes.length && change.job) {
    for (let i = 0; i < changes.length; i += JOB_CHUNK) {
      await sendJobs(tx, change.job, changes.slice(i, i + JOB_CHUNK) as { participantId: string; changeId: string }[]);
    }
  }
  // Last, so the event row is held only for the rest of the commit. An organizer's approval of
  // someone rejected may fill the event past its capacity: it is their choice, as with imports.
  const seatDelta = rows.reduce((sum, r) => sum + Number(r.seat_delta), 0);
  // A seat freed here goes to the waitlist: its refill job is enqueued with the change.
  if (seatDelta < 0) await sendJob(tx, "waitlist.refill", { eventId: scope.eventId });
  const seats = await adjustSeats(tx, scope.eventId, seatDelta, { enforce: change.seats === "enforce" });
  if (!seats.ok) throw new SeatsFull();
  return { changes, seatDelta };
}
