// The door's counters ({checkedIn, approved}), which every scanning phone polls: one count per event
// per COUNTERS_TTL_MS per process serves them all. An admission made through this process adds
// itself to its event's entry and an undo forgets it, so the phone that scanned sees its own change
// at once; phones served by another web process see it within the TTL. (A count loading while the
// admission commits may already include it: then it shows one too many until the entry expires.)
import type { Db } from "@/lib/db/client";
import { countCheckIns } from "@/lib/db/queries/check-ins";
import type { CheckInCounters, WithCounters } from "./check-in-result";
import { COUNTERS_TTL_MS, ShortCache } from "./door-cache";

const counters = new ShortCache<CheckInCounters>(COUNTERS_TTL_MS);

export function cachedCheckInCounters(db: Db, eventId: string): Promise<CheckInCounters> {
  return counters.get(eventId, () => countCheckIns(db, eventId));
}

/**
 * One admission made through this process: the cached count goes up by one instead of being dropped.
 * At hundreds of admissions a second, dropping it made every poll count the event's rows again; the
 * entry still expires within the TTL, so admissions made elsewhere show up as before.
 */
export function countAdmissionInCachedCounters(eventId: string): void {
  counters.update(eventId, (c) => ({ ...c, checkedIn: c.checkedIn + 1 }));
}

/** An answer for the door with the counters after it, from the same cache the polls read. */
export async function withCheckInCounters<T extends object>(db: Db, eventId: string, answer: T): Promise<WithCounters<T>> {
  return { ...answer, counters: await cachedCheckInCounters(db, eventId) };
}

export function forgetCheckInCounters(eventId: string): void {
  counters.delete(eventId);
}
