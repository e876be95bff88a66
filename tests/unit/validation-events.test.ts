import { describe, expect, it } from "vitest";
import { eventSchema } from "@/lib/validation/events";
import { fieldErrors } from "@/lib/validation/fields";
import { eventForm } from "../helpers/forms";

function errorsFor(input: Record<string, unknown>) {
  const result = eventSchema.safeParse(input);
  expect(result.success).toBe(false);
  return fieldErrors(result.error!);
}

describe("event form validation", () => {
  it("accepts a complete event and converts the form's strings", () => {
    const result = eventSchema.parse(eventForm());
    expect(result).toMatchObject({
      slug: "data-protection-2026",
      capacity: 120,
      registrationOpen: true,
      approvalMode: "manual",
      timeZone: "Europe/Athens",
    });
  });

  describe("slug", () => {
    it.each(["abc", "workshop-2026", "a1-b2-c3", "x".repeat(80)])("accepts %s", (slug) => {
      expect(eventSchema.parse(eventForm({ slug })).slug).toBe(slug);
    });

    it("is lower-cased and trimmed", () => {
      expect(eventSchema.parse(eventForm({ slug: "  Data-Protection  " })).slug).toBe("data-protection");
    });

    it.each([
      ["ab", "URL slug must be at least 3 characters"],
      ["x".repeat(81), "URL slug must be at most 80 characters"],
      ["data protection", "URL slug may contain only a–z, 0–9 and single dashes"],
      ["data--protection", "URL slug may contain only a–z, 0–9 and single dashes"],
      ["-data", "URL slug may contain only a–z, 0–9 and single dashes"],
      ["data-", "URL slug may contain only a–z, 0–9 and single dashes"],
      ["δεδομένα", "URL slug may contain only a–z, 0–9 and single dashes"],
      ["data_protection", "URL slug may contain only a–z, 0–9 and single dashes"],
      ["../admin", "URL slug may contain only a–z, 0–9 and single dashes"],
    ])("refuses %s", (slug, message) => {
      expect(errorsFor(eventForm({ slug })).slug).toBe(message);
    });
  });

  describe("dates", () => {
    it("refuses an end before the start", () => {
      expect(errorsFor(eventForm({ startsAt: "2026-12-01T17:00", endsAt: "2026-12-01T09:30" })).endsAt).toBe("End must be after the start");
    });

    it("accepts an event that ends when it starts", () => {
      expect(eventSchema.safeParse(eventForm({ startsAt: "2026-12-01T09:30", endsAt: "2026-12-01T09:30" })).success).toBe(true);
    });

    it("accepts an event over several days", () => {
      expect(eventSchema.safeParse(eventForm({ startsAt: "2026-12-01T09:30", endsAt: "2026-12-03T13:00" })).success).toBe(true);
    });

    it("refuses a date that is not a local date-time", () => {
      expect(errorsFor(eventForm({ startsAt: "1 December 2026" })).startsAt).toBe("Start: choose a date and time");
      expect(errorsFor(eventForm({ endsAt: "" })).endsAt).toBe("End: choose a date and time");
    });

    it("refuses an unknown time zone", () => {
      expect(errorsFor(eventForm({ timeZone: "Mars/Olympus_Mons" })).timeZone).toBe("Choose a valid time zone");
    });
  });

  describe("capacity", () => {
    it("is unlimited when left empty", () => {
      expect(eventSchema.parse(eventForm({ capacity: "" })).capacity).toBeNull();
      expect(eventSchema.parse(eventForm({ capacity: undefined })).capacity).toBeNull();
    });

    it.each(["1", "1000000", " 42 "])("accepts %s", (capacity) => {
      expect(eventSchema.parse(eventForm({ capacity })).capacity).toBe(Number(capacity.trim()));
    });

    it.each(["0", "-5", "2.5", "1000001", "ten", "1e3x"])("refuses %s", (capacity) => {
      expect(errorsFor(eventForm({ capacity })).capacity).toBe("Capacity must be a whole number from 1, or empty for no limit");
    });
  });

  it("refuses an unknown approval mode and registration state", () => {
    const errors = errorsFor(eventForm({ approvalMode: "sometimes", registrationOpen: "maybe" }));
    expect(errors.approvalMode).toBe("Choose how registrations are approved");
    expect(errors.registrationOpen).toBeTruthy();
  });

  it("requires a title of at most 200 characters", () => {
    expect(errorsFor(eventForm({ title: "" })).title).toBe("Title is required");
    expect(errorsFor(eventForm({ title: "T".repeat(201) })).title).toBe("Title must be at most 200 characters");
  });
});
