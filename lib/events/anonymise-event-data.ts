// Anonymise an event's personal data once its retention has passed (events.anonymise_after_days after
// it ends; run by the daily maintenance). The records stay, so counts and history still add up:
// participants keep their status, RSVP and check-in, but lose names, addresses, phone, organisation
// and ticket; emails lose address, subject and bodies. Runs once per event (events.anonymised_at).
import { and, asc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/lib/db/client";
import { events, participants } from "@/lib/db/schema";
import { erasePersonalData } from "@/lib/participants/personal-data";

const CHUNK = 1000;

/** Events whose retention after their end has passed and that are not anonymised yet. */
export async function eventsDueForAnonymisation(db: DbOrTx, now = new Date()): Promise<string[]> {
  const rows = await db
    .select({ id: events.id })
    .from(events)
    .where(
      and(
        isNotNull(events.anonymiseAfterDays),
        isNull(events.anonymisedAt),
        sql`${events.endsAt} + ${events.anonymiseAfterDays} * interval '1 day' <= ${now.toISOString()}::timestamptz`,
      ),
    );
  return rows.map((r) => r.id);
}

export type AnonymiseResult = { anonymised: false } | { anonymised: true; participants: number; erased: Record<string, number> };

export async function anonymiseEventData(db: Db, eventId: string): Promise<AnonymiseResult> {
  return db.transaction(async (tx) => {
    // Locked and re-checked: two workers running maintenance at once anonymise an event once.
    const [event] = await tx
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.id, eventId), isNull(events.anonymisedAt)))
      .for("update");
    if (!event) return { anonymised: false } as const;
    const erased: Record<string, number> = {};
    let count = 0;
    let after = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const chunk = await tx
        .select({ id: participants.id, email: participants.email })
        .from(participants)
        .where(and(eq(participants.eventId, event.id), gt(participants.id, after)))
        .orderBy(asc(participants.id))
        .limit(CHUNK);
      // The event-wide parts (scans, import rows and files) run with the first chunk, even an empty one.
      if (chunk.length === 0 && count > 0) break;
      const done = await erasePersonalData(tx, { eventId: event.id, participants: chunk, wholeEvent: true }, "anonymise");
      for (const [part, n] of Object.entries(done)) erased[part] = (erased[part] ?? 0) + n;
      if (chunk.length === 0) break;
      count += chunk.length;
      after = chunk[chunk.length - 1].id;
    }
    await tx
      .update(participants)
      .set({
        firstName: "Anonymised",
        lastName: "participant",
        // Unique per event (the index is on lower(email)), and never deliverable.
        email: sql`${participants.id}::text || '@anonymised.invalid'`,
        organisation: null,
        phone: null,
        ticketCode: null,
        rejectionReason: null,
        updatedAt: new Date(),
      })
      .where(eq(participants.eventId, event.id));
    await tx.update(events).set({ anonymisedAt: new Date() }).where(eq(events.id, event.id));
    return { anonymised: true, participants: count, erased } as const;
  });
}
