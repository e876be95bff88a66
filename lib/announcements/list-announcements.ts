// The history of an event's announcements, with each one's send (its operation), newest first.
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { isUuid } from "@/lib/db/queries/participants";
import { announcements, operations } from "@/lib/db/schema";

export async function listAnnouncements(db: DbOrTx, eventId: string, limit = 100) {
  return db
    .select({ announcement: announcements, operation: operations })
    .from(announcements)
    .leftJoin(operations, eq(operations.id, announcements.operationId))
    .where(eq(announcements.eventId, eventId))
    .orderBy(desc(announcements.createdAt), desc(announcements.id))
    .limit(limit);
}

export type AnnouncementRow = Awaited<ReturnType<typeof listAnnouncements>>[number];

/** One announcement of this event, or null; the caller has checked the organizer's access to the event. */
export async function getAnnouncement(db: DbOrTx, eventId: string, announcementId: string): Promise<AnnouncementRow | null> {
  if (!isUuid(announcementId)) return null;
  const [row] = await db
    .select({ announcement: announcements, operation: operations })
    .from(announcements)
    .leftJoin(operations, eq(operations.id, announcements.operationId))
    .where(and(eq(announcements.id, announcementId), eq(announcements.eventId, eventId)));
  return row ?? null;
}
