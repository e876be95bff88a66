// The door's counters ({checkedIn, approved}), which every scanning phone polls: one count per event
// per COUNTERS_TTL_MS per process serves them all. An admission or undo made through this process
// forgets its event's entry, so the phone that scanned sees its own change at once; phones served by
// another web process see it within the TTL.
import type { Db } from "@/lib/db/client";
import { countCheckIns } from "@/lib/db/queries/check-ins";
import type { CheckInCounters } from "./check-in-result";
import { COUNTERS_TTL_MS, ShortCache } from "./door-cache";

const counters = new ShortCache<CheckInCounters>(COUNTERS_TTL_MS);

export function cachedCheckInCounters(db: Db, eventId: string): Promise<CheckInCounters> {
  return counters.get(eventId, () => countCheckIns(db, eventId));
}

export function forgetCheckInCounters(eventId: string): void {
  counters.delete(eventId);
}
