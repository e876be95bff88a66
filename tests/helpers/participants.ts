// Seeding for the participants tests: participants in bulk, organizer accounts (user rows only: the
// use-cases take the signed-in user, they do not read the session), and what a change left behind.
import { randomBytes } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { participants, participantStatusHistory, user, type ParticipantStatus } from "@/lib/db/schema";
import { syncSeatCounters } from "./seats";

type NewParticipant = Partial<typeof participants.$inferInsert> & { firstName: string; lastName: string };

export async function addParticipants(eventId: string, rows: NewParticipant[]) {
  const added = await db()
    .insert(participants)
    .values(
      rows.map((r, i) => ({
        email: `${r.firstName}.${r.lastName}.${i}.${randomBytes(3).toString("hex")}@example.com`
          .toLowerCase()
          .replace(/[^a-z0-9.@-]/g, "x"),
        ...r,
        eventId,
      })),
    )
    .returning();
  await syncSeatCounters();
  return added;
}

/** n pending participants named Person 0001…, registered one second apart, oldest first. */
export async function addManyParticipants(eventId: string, n: number, status: ParticipantStatus = "pending") {
  await db().execute(sql`
    insert into participants (event_id, first_name, last_name, email, status, created_at)
    select ${eventId}, 'Person', lpad(g::text, 5, '0'), 'person' || g || '@example.com', ${status},
           now() - interval '1 day' + g * interval '1 second'
    from generate_series(1, ${n}) g`);
  await syncSeatCounters();
}

export async function createUser(role: "owner" | "organizer", name = role === "owner" ? "Olga Owner" : "Oscar Organizer") {
  const id = `user-${randomBytes(6).toString("hex")}`;
  const [row] = await db()
    .insert(user)
    .values({ id, name, email: `${id}@example.com`, role })
    .returning({ id: user.id, name: user.name, role: user.role });
  return row;
}

export async function historyOf(participantIds: string[]) {
  if (!participantIds.length) return [];
  return db().select().from(participantStatusHistory).where(inArray(participantStatusHistory.participantId, participantIds));
}

export async function statusOf(participantId: string) {
  const [row] = await db().select().from(participants).where(eq(participants.id, participantId));
  return row;
}

/** Jobs of one queue, as { participantId, changeId } payloads. */
export async function jobPayloads(name: string) {
  const rows = await db().execute<{ data: { participantId: string; changeId?: string; requestId?: string } }>(
    sql`select data from pgboss.job where name = ${name}`,
  );
  return [...rows].map((r) => r.data);
}
