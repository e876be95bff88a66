// Shared by the specs: direct database access (to seed events and read results) on the database the
// e2e server started.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import postgres from "postgres";

let client: postgres.Sql | undefined;

export function e2eDb(): postgres.Sql {
  client ??= postgres(readFileSync(".tmp/e2e-database-url", "utf8").trim(), { max: 2, onnotice: () => {} });
  return client;
}

/** The two sizes issue 20's fixes are checked at: a laptop's and a phone's. */
export const viewports = [
  { name: "desktop", viewport: { width: 1280, height: 800 }, phone: false },
  { name: "phone", viewport: { width: 390, height: 844 }, phone: true },
];

export const OWNER = { name: "Olga Owner", email: "owner@example.com", password: "correct horse battery" };

export function uniqueSlug(prefix = "event"): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export async function seedEvent(
  overrides: Partial<{
    slug: string;
    title: string;
    capacity: number | null;
    registrationOpen: boolean;
    approvalMode: "automatic" | "manual";
    venue: string;
  }> = {},
) {
  const slug = overrides.slug ?? uniqueSlug();
  const [row] = await e2eDb()`
    insert into events (slug, title, description, venue, starts_at, ends_at, time_zone, capacity, registration_open, approval_mode)
    values (${slug}, ${overrides.title ?? "Data Skills Workshop"}, ${"A hands-on day."}, ${overrides.venue ?? "Athens Conference Centre"},
            now() + interval '30 days', now() + interval '30 days 8 hours', ${"Europe/Athens"},
            ${overrides.capacity ?? null}, ${overrides.registrationOpen ?? true}, ${overrides.approvalMode ?? "manual"})
    returning id, slug`;
  return row as { id: string; slug: string };
}

type SeedQuestion = {
  id: string;
  key: string;
  label: string;
  type?: string;
  required?: boolean;
  options?: { id: string; label: string }[];
  showWhen?: { questionId: string; value: string };
};

/** Sets an event's questions directly: before its public page is first visited (no cached page to expire). */
export async function seedQuestions(eventId: string, questions: SeedQuestion[]) {
  const full = questions.map((q) => ({ type: "short_text", help: "", required: false, ...q }));
  await e2eDb()`update events set questions = ${e2eDb().json(full)} where id = ${eventId}`;
}

export async function messagesTo(email: string) {
  return e2eDb()`select kind, status, subject, html, text from messages where to_address = ${email.toLowerCase()} order by created_at`;
}

export async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Fills the public registration form (English page) and ticks the consent; the caller submits. */
export async function fillRegistration(page: Page, person: { firstName: string; lastName: string; email: string }) {
  await page.getByLabel("First name").fill(person.firstName);
  await page.getByLabel("Last name").fill(person.lastName);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel(/I agree/).check();
}
