// What an event's registration is right now, as the organizer's badges and the public page say it.
// One function, so the list, the overview and the public page never disagree. Issue 16 (waitlist)
// extends "full" and issue 19a (cancellation) passes `cancelledAt`; both add their case here.
// "waitlist": full, but the waitlist is on, so the public form still takes people (onto the waitlist).
export type RegistrationState = "open" | "waitlist" | "full" | "closed" | "past" | "cancelled";

export type RegistrationStateInput = {
  registrationOpen: boolean;
  endsAt: Date;
  capacity: number | null;
  /** Seats held (lib/participants/seat-accounting.ts); null when there is no capacity. */
  seatsTaken: number | null;
  cancelledAt?: Date | null;
  /** When full: whether the public form offers the waitlist (events.waitlist_enabled). */
  waitlistEnabled?: boolean;
};

export function registrationState(event: RegistrationStateInput, now = new Date()): RegistrationState {
  if (event.cancelledAt) return "cancelled";
  if (event.endsAt <= now) return "past";
  if (!event.registrationOpen) return "closed";
  if (event.capacity !== null && (event.seatsTaken ?? 0) >= event.capacity) {
    return event.waitlistEnabled ? "waitlist" : "full";
  }
  return "open";
}

/** Whether the event has ended: the events list shows it under "Past events". */
export function isPastEvent(event: { endsAt: Date }, now = new Date()): boolean {
  return event.endsAt <= now;
}
