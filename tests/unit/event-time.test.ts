import { describe, expect, it } from "vitest";
import { formatEventDate, instantToZonedLocal, isTimeZone, zonedLocalToInstant } from "@/lib/events/time";

describe("event times in the event's time zone", () => {
  it.each([
    // Athens: EET (UTC+2) in winter, EEST (UTC+3) in summer.
    ["2026-12-01T09:30", "Europe/Athens", "2026-12-01T07:30:00.000Z"],
    ["2026-07-01T09:30", "Europe/Athens", "2026-07-01T06:30:00.000Z"],
    // New York: EST (UTC−5) in winter, EDT (UTC−4) in summer.
    ["2026-12-01T09:30", "America/New_York", "2026-12-01T14:30:00.000Z"],
    ["2026-07-01T09:30", "America/New_York", "2026-07-01T13:30:00.000Z"],
    // The day before and after each DST change.
    ["2026-03-28T12:00", "Europe/Athens", "2026-03-28T10:00:00.000Z"],
    ["2026-03-30T12:00", "Europe/Athens", "2026-03-30T09:00:00.000Z"],
    ["2026-03-07T12:00", "America/New_York", "2026-03-07T17:00:00.000Z"],
    ["2026-03-09T12:00", "America/New_York", "2026-03-09T16:00:00.000Z"],
    ["2026-10-24T12:00", "Europe/Athens", "2026-10-24T09:00:00.000Z"],
    ["2026-10-26T12:00", "Europe/Athens", "2026-10-26T10:00:00.000Z"],
    ["2026-10-31T12:00", "America/New_York", "2026-10-31T16:00:00.000Z"],
    ["2026-11-02T12:00", "America/New_York", "2026-11-02T17:00:00.000Z"],
  ])("%s in %s is %s", (local, zone, iso) => {
    const instant = zonedLocalToInstant(local, zone);
    expect(instant.toISOString()).toBe(iso);
    expect(instantToZonedLocal(instant, zone)).toBe(local);
  });

  it.each(["Europe/Athens", "America/New_York"])(
    "reads every quarter hour of 2026 in %s back as the same instant, DST changes included",
    (zone) => {
      const start = Date.UTC(2026, 0, 1);
      const end = Date.UTC(2027, 0, 1);
      let checked = 0;
      for (let t = start; t < end; t += 15 * 60 * 1000) {
        const local = instantToZonedLocal(new Date(t), zone);
        const back = zonedLocalToInstant(local, zone);
        // In the autumn hour that happens twice, the wall clock alone cannot tell which one was meant:
        // either reading is acceptable, but it must show the same wall-clock time.
        if (back.getTime() !== t) expect(Math.abs(back.getTime() - t)).toBe(3600 * 1000);
        expect(instantToZonedLocal(back, zone)).toBe(local);
        checked++;
      }
      expect(checked).toBe(365 * 96);
    },
  );

  it("moves a wall-clock time in the spring-forward gap to the hour after", () => {
    // 02:30 on 8 March 2026 does not exist in New York (02:00 EST → 03:00 EDT).
    expect(instantToZonedLocal(zonedLocalToInstant("2026-03-08T02:30", "America/New_York"), "America/New_York")).toBe("2026-03-08T03:30");
    // 03:30 on 29 March 2026 does not exist in Athens (03:00 EET → 04:00 EEST).
    expect(instantToZonedLocal(zonedLocalToInstant("2026-03-29T03:30", "Europe/Athens"), "Europe/Athens")).toBe("2026-03-29T04:30");
  });

  it("keeps an event's duration across a DST change in wall-clock terms", () => {
    // A New York event from Saturday 18:00 to Sunday 10:00 over the spring-forward night lasts 15 hours, not 16.
    const starts = zonedLocalToInstant("2026-03-07T18:00", "America/New_York");
    const ends = zonedLocalToInstant("2026-03-08T10:00", "America/New_York");
    expect((ends.getTime() - starts.getTime()) / 3600_000).toBe(15);
  });

  it("refuses input that is not a local date-time", () => {
    expect(() => zonedLocalToInstant("2026-12-01 09:30", "Europe/Athens")).toThrow("not a local date-time");
    expect(() => zonedLocalToInstant("2026-12-01T09:30:00Z", "Europe/Athens")).toThrow("not a local date-time");
  });

  it("recognises IANA time zones", () => {
    expect(isTimeZone("Europe/Athens")).toBe(true);
    expect(isTimeZone("America/New_York")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });

  it("formats an event's dates in its own zone, whatever the server's zone", () => {
    const starts = zonedLocalToInstant("2026-12-01T09:30", "Europe/Athens");
    const ends = zonedLocalToInstant("2026-12-01T17:00", "Europe/Athens");
    expect(formatEventDate(starts, ends, "Europe/Athens")).toBe("Tue, 1 December 2026, 09:30–17:00 (EET)");
    const nyStart = zonedLocalToInstant("2026-07-03T21:00", "America/New_York");
    const nyEnd = zonedLocalToInstant("2026-07-04T02:00", "America/New_York");
    expect(formatEventDate(nyStart, nyEnd, "America/New_York")).toBe("Fri, 3 July 2026 21:00 – Sat, 4 July 2026 02:00 (GMT-4)");
  });
});
