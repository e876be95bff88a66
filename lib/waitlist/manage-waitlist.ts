// The organizer's hand on the waitlist: promote one person, remove one person, switch the list off
// or on. Each checks the organizer may manage the event (changeParticipantStatus / getEventForUser)
// and moves participants only through the one status transition (history, seats, refill, email).
//
// Promote admits the person directly: they become a registration (pending), and registration.process
// approves them with their ticket under automatic approval, or asks the organizer to approve them
// under manual approval, as for anyone who registered. An organizer who picks a name by hand means
// "let this person in", not "send them a link and wait a day"; the person can still cancel from the
// manage link in the email. The seat must exist: promoting takes a free seat (enforced by the seat
// counter, so a refill running at the same moment and the promotion cannot both take the last one),
// and over the capacity only when the organizer ticks "even if the event is full". Someone holding
// an offer already holds a seat: promoting them takes nothing more.
//
// Switching the waitlist off stops new joins (a full event says Full) and new offers; it withdraws
// nobody. Offers already made stand until claimed or lapsed (the seat was promised), people waiting
// keep their place, so switching it on again resumes in the same order, and a refill is enqueued
// then for any seat freed meanwhile. To let the people waiting go, the organizer ticks "also remove
// everyone waiting", which starts a bulk cancellation of them (optionally emailed) with progress.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { events } from "@/lib/db/schema";
import { type Actor, changeParticipantStatus, CHANGES, type StatusChangeResult } from "@/lib/participants/change-participant-status";
import { startBulkCancel } from "@/lib/participants/start-bulk-cancel";
import { sendJob } from "@/lib/queue/boss";

export const WAITLIST_STATUSES = ["waitlisted", "offered"] as const;

export async function promoteFromWaitlist(
  db: Db,
  actor: Actor,
  eventId: string,
  participantId: string,
  opts: { overCapacity: boolean },
): Promise<StatusChangeResult> {
  return changeParticipantStatus(
    db,
    actor,
    eventId,
    { ids: [participantId] },
    { ...CHANGES.promote, reason: null, ...(opts.overCapacity ? {} : { seats: "enforce" as const }) },
  );
}

export async function removeFromWaitlist(
  db: Db,
  actor: Actor,
  eventId: string,
  participantId: string,
  opts: { reason: string | null; notify: boolean },
): Promise<StatusChangeResult> {
  return changeParticipantStatus(
    db,
    actor,
    eventId,
    { ids: [participantId] },
    { to: "cancelled", from: WAITLIST_STATUSES, reason: opts.reason, job: opts.notify ? "participant.cancelled" : null },
  );
}

export type SetWaitlistResult =
  | { ok: true; enabled: boolean; changed: boolean; removal: { operationId: string; total: number } | null }
  | { ok: false; reason: "not_found" };

export async function setWaitlistEnabled(
  db: Db,
  actor: Actor,
  eventId: string,
  opts: { enabled: boolean; removeWaiting?: { requestId: string; reason: string | null; notify: boolean } },
): Promise<SetWaitlistResult> {
  const switched = await db.transaction(async (tx) => {
    const event = await getEventForUser(tx, actor, eventId);
    if (!event) return null;
    const [row] = await tx.execute<{ before: boolean }>(sql`
      update events e set waitlist_enabled = ${opts.enabled}, updated_at = now()
      from (select waitlist_enabled as before from events where id = ${event.id} for update) b
      where e.id = ${event.id}
      returning b.before`);
    // Seats freed while it was off go to the people waiting, in order.
    if (opts.enabled && !row.before) await sendJob(tx, "waitlist.refill", { eventId: event.id });
    return { event, changed: row.before !== opts.enabled };
  });
  if (!switched) return { ok: false, reason: "not_found" };
  let removal: { operationId: string; total: number } | null = null;
  if (!opts.enabled && opts.removeWaiting) {
    const started = await startBulkCancel(
      db,
      actor,
      eventId,
      { filter: { status: "waitlisted" } },
      { requestId: opts.removeWaiting.requestId, reason: opts.removeWaiting.reason, notify: opts.removeWaiting.notify },
    );
    if (started.ok) removal = { operationId: started.operationId, total: started.total };
  }
  return { ok: true, enabled: opts.enabled, changed: switched.changed, removal };
}

export async function waitlistEnabled(db: Db, eventId: string): Promise<boolean> {
  const [row] = await db.select({ on: events.waitlistEnabled }).from(events).where(eq(events.id, eventId));
  return row?.on ?? false;
}
