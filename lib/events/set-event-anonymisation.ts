// The organizer's choice: anonymise this event's personal data N days after it ends, or keep it.
import { eq } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { events } from "@/lib/db/schema";

export async function setEventAnonymisation(
  db: Db,
  user: Pick<SessionUser, "id" | "role">,
  eventId: string,
  afterDays: number | null,
): Promise<{ ok: true } | { ok: false; reason: "not_found" | "already_anonymised" }> {
  return db.transaction(async (tx) => {
    const event = await getEventForUser(tx, user, eventId);
    if (!event) return { ok: false, reason: "not_found" } as const;
    if (event.anonymisedAt) return { ok: false, reason: "already_anonymised" } as const;
    await tx.update(events).set({ anonymiseAfterDays: afterDays, updatedAt: new Date() }).where(eq(events.id, event.id));
    return { ok: true } as const;
  });
}
