// What the door sees after a scan or a tap, as the API returns it. Shared by the server use-cases and
// the scanner page, so it imports nothing server-only.
import type { ParticipantStatus } from "@/lib/db/schema/participants";

export type CheckInOutcome = "admitted" | "already" | "wrong_event" | "not_approved" | "invalid";

export type CheckInParticipant = { id: string; name: string };

export type CheckInResult =
  | { outcome: "admitted"; participant: CheckInParticipant; checkedInAt: string; staffName: string | null; replayed?: boolean }
  | { outcome: "already"; participant: CheckInParticipant; checkedInAt: string; staffName: string | null; replayed?: boolean }
  | { outcome: "not_approved"; participant: CheckInParticipant; status: Exclude<ParticipantStatus, "approved">; replayed?: boolean }
  // A ticket of another event: no name, door staff of one event learn nothing about another's guests.
  | { outcome: "wrong_event"; replayed?: boolean }
  // Not a ticket code at all, or a well-formed code that belongs to no one.
  | { outcome: "invalid"; replayed?: boolean };

export type CheckInCounters = { checkedIn: number; approved: number };

/**
 * What the scan, manual and undo routes answer: the result and the event's counters after it, so the
 * page shows its own change without asking for the counters again (a second request per scan).
 */
export type WithCounters<T> = T & { counters: CheckInCounters };

/** Who performed a check-in or an undo, and from which device: recorded with the row. */
export type CheckInActor = { id: string; name: string; deviceId: string | null };
