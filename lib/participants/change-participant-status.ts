// The engine behind approve-participants and reject-participants: one transaction per request that
// checks the organizer may manage the event, then makes the change through the one status
// transition (transition-participant-status.ts: conditional UPDATE, history rows, jobs and seats,
// each one statement whatever the size), so "all matching the filter" works for tens of thousands of
// participants in one request. A participant already in the target status is left alone, so two
// concurrent approvals of one participant make one change, one history row and one job.
import { sql } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { participants } from "@/lib/db/schema";
import {
  SeatsFull,
  selectionWhere,
  transitionParticipantStatus,
  uniqueIds,
  type ParticipantSelection,
  type Transition,
} from "./transition-participant-status";

export { selectionWhere, uniqueIds, type ParticipantSelection };

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
  | { ok: false; reason: "not_found" }
  /** A change that needs free seats (restoring) found none: nothing changed. */
  | { ok: false; reason: "full" };

type Change = Omit<Transition, "actor">;

export const CHANGES = {
  approve: { to: "approved", from: ["pending", "rejected"], job: "participant.approved" },
  reject: { to: "rejected", from: ["pending", "approved"], job: "participant.rejected" },
  // Cancelling (the organizer's "Cancel", or "Remove from the waitlist"): the email is optional.
  cancel: { to: "cancelled", from: ["pending", "approved", "waitlisted", "offered"], job: "participant.cancelled" },
  // Restoring a cancelled participant needs a free seat; they start again as a new registration.
  restore: { to: "pending", from: ["cancelled"], job: "registration.process", seats: "enforce" },
  // Promoting from the waitlist by hand: the organizer's choice, so it may fill past the capacity.
  promote: { to: "pending", from: ["waitlisted", "offered"], job: "registration.process" },
} as const;

export async function changeParticipantStatus(
  db: Db,
  actor: Actor,
  eventId: string,
  selection: ParticipantSelection,
  change: Change,
): Promise<StatusChangeResult> {
  try {
    return await changeInTransaction(db, actor, eventId, selection, change);
  } catch (err) {
    if (err instanceof SeatsFull) return { ok: false, reason: "full" };
    throw err;
  }
}

async function changeInTransaction(
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
    const from = sql.join(
      change.from.map((s) => sql`${s}`),
      sql`, `,
    );

    const [before] = await tx.execute<{ matched: number; ineligible: number }>(sql`
      select count(*)::int as matched,
             count(*) filter (where ${participants.status} <> ${change.to} and ${participants.status} not in (${from}))::int as ineligible
      from ${participants} where ${where}`);

    const { changes } = await transitionParticipantStatus(
      tx,
      { eventId: event.id, selection },
      { ...change, actor: { kind: "user", id: actor.id, name: actor.name } },
    );

    const changed = changes.length;
    const notFound = "ids" in selection ? new Set(selection.ids).size - before.matched : 0;
    // Whatever matched and neither changed nor was out of scope was already there (possibly because a
    // concurrent request moved it a moment ago).
    const skipped = Math.max(0, before.matched - changed - before.ineligible);
    return { ok: true, changed, skipped, ineligible: before.ineligible + Math.max(0, notFound) } as const;
  });
}
