// The one place a participant is admitted. Two rules live here:
// - One admission per participant, decided by the database: the insert relies on the partial unique
//   index (participant_id where undone_at is null), so simultaneous scans at several doors give one
//   "admitted" and the rest "already", whatever each of them read before.
// - One answer per client-made scan id: the scan row is inserted first, in the same transaction, so a
//   retried request (flaky venue Wi-Fi) waits for the first one and returns its answer instead of
//   being counted again.
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { findActiveCheckIn, type CheckInTarget } from "@/lib/db/queries/check-ins";
import { checkIns, checkInScans } from "@/lib/db/schema";
import { countAdmissionInCachedCounters } from "./cached-counters";
import type { CheckInActor, CheckInResult } from "./check-in-result";

export type RecordCheckInInput = {
  eventId: string;
  participant: CheckInTarget;
  actor: CheckInActor;
  clientScanId: string;
  method: "scan" | "manual";
};

export async function recordCheckIn(db: Db, input: RecordCheckInInput): Promise<CheckInResult> {
  const result = await recordInTransaction(db, input);
  if (result.outcome === "admitted") countAdmissionInCachedCounters(input.eventId);
  return result;
}

async function recordInTransaction(db: Db, input: RecordCheckInInput): Promise<CheckInResult> {
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .insert(checkInScans)
      .values({ eventId: input.eventId, clientScanId: input.clientScanId, result: {} })
      .onConflictDoNothing()
      .returning({ clientScanId: checkInScans.clientScanId });
    if (!claimed) {
      // Seen before (the insert waited for that request's transaction): its answer, unchanged.
      const [first] = await tx
        .select({ result: checkInScans.result })
        .from(checkInScans)
        .where(and(eq(checkInScans.eventId, input.eventId), eq(checkInScans.clientScanId, input.clientScanId)));
      return { ...(first.result as CheckInResult), replayed: true };
    }
    const result = await decide(tx, input);
    await tx
      .update(checkInScans)
      .set({ result })
      .where(and(eq(checkInScans.eventId, input.eventId), eq(checkInScans.clientScanId, input.clientScanId)));
    return result;
  });
}

async function decide(tx: Tx, { eventId, participant: p, actor, method }: RecordCheckInInput): Promise<CheckInResult> {
  if (p.eventId !== eventId) return { outcome: "wrong_event" };
  const who = { id: p.id, name: `${p.firstName} ${p.lastName}`.trim() };
  if (p.status !== "approved") return { outcome: "not_approved", participant: who, status: p.status };
  // Normally one round; again only if the check-in we collided with was undone in between.
  for (let attempt = 0; attempt < 3; attempt++) {
    const [admitted] = await tx
      .insert(checkIns)
      .values({ eventId, participantId: p.id, staffId: actor.id, staffName: actor.name, deviceId: actor.deviceId, method })
      .onConflictDoNothing({ target: checkIns.participantId, where: sql`undone_at is null` })
      .returning({ checkedInAt: checkIns.checkedInAt, staffName: checkIns.staffName });
    if (admitted)
      return { outcome: "admitted", participant: who, checkedInAt: admitted.checkedInAt.toISOString(), staffName: admitted.staffName };
    const active = await findActiveCheckIn(tx, p.id);
    if (active) return { outcome: "already", participant: who, checkedInAt: active.checkedInAt.toISOString(), staffName: active.staffName };
  }
  throw new Error(`check-in of participant ${p.id} kept colliding with check-ins being undone`);
}
