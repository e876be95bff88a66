// Raw form inputs (strings, as a browser posts them) that pass validation; tests override the field
// they are about.
import type { RegistrationInput } from "@/lib/validation/participants";

export function registrationForm(overrides: Partial<Record<keyof RegistrationInput, unknown>> = {}): Record<string, unknown> {
  return {
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada@example.com",
    organisation: "Analytical Engines Ltd",
    phone: "+30 210 123 4567",
    consent: "on",
    ...overrides,
  };
}

export function eventForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Data Protection Workshop",
    slug: "data-protection-2026",
    description: "A one-day workshop.",
    venue: "Athens Conference Centre",
    startsAt: "2026-12-01T09:30",
    endsAt: "2026-12-01T17:00",
    timeZone: "Europe/Athens",
    capacity: "120",
    registrationOpen: "open",
    approvalMode: "manual",
    ...overrides,
  };
}
