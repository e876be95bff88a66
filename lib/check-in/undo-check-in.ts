// Undo an admission (scanned the wrong ticket, tapped the wrong name). The row stays, marked undone
// with who did it and when, so the history survives; the participant can then be checked in again.
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { checkIns } from "@/lib/db/schema";
import { forgetCheckInCounters } from "./cached-counters";
import type { CheckInActor } from "./check-in-result";

export type UndoCheckInResult = { ok: true; undoneAt: string } | { ok: false; reason: "not_checked_in" };

export async function undoCheckIn(
  db: Db,
  input: { eventId: string; participantId: string; actor: CheckInActor },
): Promise<UndoCheckInResult> {
  const [row] = await db
    .update(checkIns)
    .set({ undoneAt: new Date(), undoneById: input.actor.id, undoneByName: input.actor.name })
    .where(and(eq(checkIns.eventId, input.eventId), eq(checkIns.participantId, input.participantId), isNull(checkIns.undoneAt)))
    .returning({ undoneAt: checkIns.undoneAt });
  if (row) forgetCheckInCounters(input.eventId);
  return row?.undoneAt ? { ok: true, undoneAt: row.undoneAt.toISOString() } : { ok: false, reason: "not_checked_in" };
}
