// Helpers for the certificate tests: participants in bulk, check-ins, and running a generation's
// render jobs in-process the way the worker would (each job's payload through the real handler).
import { eq, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { certificates, checkIns, operations, participants } from "@/lib/db/schema";
import certificatesRenderJob from "@/jobs/certificates-render";
import { uniqueSuffix } from "./db";
import { handlerOf } from "./run-job";

const handle = handlerOf(certificatesRenderJob);

export const owner = { id: "owner-test", name: "Owner", role: "owner" as const };

type Person = {
  firstName?: string;
  lastName?: string;
  status?: "pending" | "approved" | "rejected" | "cancelled";
  rsvpAnswer?: "attending" | "declined" | null;
};

export async function addParticipants(eventId: string, people: Person[]): Promise<string[]> {
  if (people.length === 0) return [];
  const rows = await db()
    .insert(participants)
    .values(
      people.map((p, i) => ({
        eventId,
        firstName: p.firstName ?? `Person${i}`,
        lastName: p.lastName ?? "Example",
        email: `p${i}-${uniqueSuffix()}@example.com`,
        status: p.status ?? "approved",
        rsvpAnswer: p.rsvpAnswer ?? null,
      })),
    )
    .returning({ id: participants.id });
  return rows.map((r) => r.id);
}

export async function checkIn(eventId: string, participantId: string): Promise<void> {
  await db().insert(checkIns).values({ eventId, participantId, method: "manual" });
}

export async function renderJobs(operationId: string) {
  return db().execute<{ id: string; data: unknown; state: string }>(
    sql`select id, data, state from pgboss.job where name = 'certificates.render' and data->>'operationId' = ${operationId}`,
  );
}

/** Runs every render job of the operation through the real handler, as the worker would. */
export async function runRenderJobs(operationId: string): Promise<void> {
  for (const job of await renderJobs(operationId)) await handle(db(), certificatesRenderJob.payload.parse(job.data));
}

export async function operationRow(id: string) {
  const [op] = await db().select().from(operations).where(eq(operations.id, id));
  return op;
}

export async function certificatesOfEvent(eventId: string) {
  return db().select().from(certificates).where(eq(certificates.eventId, eventId));
}
