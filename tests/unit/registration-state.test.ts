import { describe, expect, it } from "vitest";
import { isPastEvent, registrationState } from "@/lib/events/registration-state";

const now = new Date("2027-03-10T12:00:00Z");
const future = new Date("2027-03-11T12:00:00Z");
const base = { registrationOpen: true, endsAt: future, capacity: null, seatsTaken: null };

describe("registrationState", () => {
  it("is open, full at capacity, closed when closed, past once ended, cancelled above all", () => {
    expect(registrationState(base, now)).toBe("open");
    expect(registrationState({ ...base, capacity: 2, seatsTaken: 1 }, now)).toBe("open");
    expect(registrationState({ ...base, capacity: 2, seatsTaken: 2 }, now)).toBe("full");
    expect(registrationState({ ...base, registrationOpen: false, capacity: 2, seatsTaken: 2 }, now)).toBe("closed");
    expect(registrationState({ ...base, endsAt: now }, now)).toBe("past");
    expect(registrationState({ ...base, endsAt: now, cancelledAt: now }, now)).toBe("cancelled");
  });

  it("says Waitlist when full with the waitlist on; closed, past and cancelled still win", () => {
    const fullWithWaitlist = { ...base, capacity: 2, seatsTaken: 2, waitlistEnabled: true };
    expect(registrationState(fullWithWaitlist, now)).toBe("waitlist");
    expect(registrationState({ ...fullWithWaitlist, waitlistEnabled: false }, now)).toBe("full");
    expect(registrationState({ ...fullWithWaitlist, seatsTaken: 1 }, now)).toBe("open");
    expect(registrationState({ ...fullWithWaitlist, registrationOpen: false }, now)).toBe("closed");
    expect(registrationState({ ...fullWithWaitlist, endsAt: now }, now)).toBe("past");
    expect(registrationState({ ...fullWithWaitlist, cancelledAt: now }, now)).toBe("cancelled");
  });

  it("an event that started but has not ended is not past", () => {
    expect(isPastEvent({ endsAt: future }, now)).toBe(false);
    expect(isPastEvent({ endsAt: new Date("2027-03-10T11:59:59Z") }, now)).toBe(true);
  });
});
