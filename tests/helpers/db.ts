// Database helpers for integration tests: empty the tables between tests, close connections at the
// end of a file, and build valid rows and inputs with as little noise as each test needs.
//
//   beforeEach(resetDb);
//   afterAll(closeConnections);
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { closeDb, db } from "@/lib/db/client";
import { events, messages, participants, type Event } from "@/lib/db/schema";
import { stopProducer } from "@/lib/queue/boss";
import { forgetBlockedKeysInProcess } from "@/lib/rate-limit/hit-rate-limit";
import type { Registration } from "@/lib/validation/participants";

/** Empty every application table and pg-boss's job table (queues and pg-boss's own state stay). */
export async function resetDb(): Promise<void> {
  await db().execute(
    sql`truncate table events, participants, used_challenges, messages, message_attachments, send_attempts, email_sending_pauses, resend_webhook_receipts, "user", session, account, verification restart identity cascade`,
  );
  // Request budgets too (and this process's memory of blocked keys), so that no test inherits a block.
  await db().execute(sql`truncate table rate_limit_counters`);
  forgetBlockedKeysInProcess();
  // pgboss.job is partitioned by queue name; deleting from the parent empties every partition.
  await db().execute(sql`delete from pgboss.job`);
}

/** Close this test file's pool and pg-boss producer, so that its test process exits cleanly. */
export async function closeConnections(): Promise<void> {
  await stopProducer();
  await closeDb();
}

export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

const DAY = 24 * 3600 * 1000;

/** Insert an event open for registration, starting in a week (override any column). */
export async function createEvent(overrides: Partial<typeof events.$inferInsert> = {}): Promise<Event> {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 7 * DAY);
  const [row] = await db()
    .insert(events)
    .values({
      slug: `test-event-${uniqueSuffix()}`,
      title: "Test Workshop",
      venue: "Main Hall",
      timeZone: "Europe/Athens",
      capacity: null,
      registrationOpen: true,
      approvalMode: "manual",
      ...overrides,
      startsAt,
      endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 8 * 3600 * 1000),
    })
    .returning();
  return row;
}

/** A registration as the form's schema outputs it (already validated: lower-case email, consent). */
export function registration(overrides: Partial<Registration> = {}): Registration {
  return {
    firstName: "Ada",
    lastName: "Lovelace",
    email: `ada-${uniqueSuffix()}@example.com`,
    organisation: undefined,
    phone: undefined,
    consent: true,
    ...overrides,
  };
}

export async function participantsOf(eventId: string) {
  return db().select().from(participants).where(eq(participants.eventId, eventId));
}

export async function messagesOf(participantId: string) {
  return db().select().from(messages).where(eq(messages.participantId, participantId));
}

/** pg-boss jobs of one queue whose payload names this participant. */
export async function jobsFor(name: string, participantId: string) {
  const rows = await db().execute<{ id: string; state: string; data: unknown }>(
    sql`select id, state, data from pgboss.job where name = ${name} and data->>'participantId' = ${participantId}`,
  );
  return [...rows];
}
