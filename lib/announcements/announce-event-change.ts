// The announcements the system writes about the event itself, in the caller's transaction (the one
// that changed the event): "the time or venue changed" with each participant's updated calendar entry
// (METHOD:REQUEST, the new SEQUENCE), or "the event is cancelled" (METHOD:CANCEL). Sent like any
// announcement (bulk operation, one email per participant, progress and history on its page), to the
// approved participants: they are the ones holding a calendar entry. Each participant reads it in
// their own language (their stored choice, else the event's), dates as that language writes them.
import type { Tx } from "@/lib/db/client";
import { announcements, type Event } from "@/lib/db/schema";
import { sendJob } from "@/lib/queue/boss";
import { resolveLocale } from "@/lib/i18n/locales";
import { type EventChangeMethod, eventChangeWords } from "./event-change-words";
import { releaseAnnouncement } from "./release-announcement";

export async function announceEventChange(
  tx: Tx,
  event: Pick<Event, "id" | "calendarSequence" | "language">,
  method: EventChangeMethod,
  actor: { id: string | null; name: string },
): Promise<{ announcementId: string; recipients: number }> {
  const [row] = await tx
    .insert(announcements)
    .values({
      eventId: event.id,
      // One per revision of the calendar entry: the same change told twice is one announcement.
      requestKey: `calendar:${event.id}:${event.calendarSequence}:${method}`,
      // Stored in the event's language (what its history page shows); each email is in the participant's.
      ...eventChangeWords(resolveLocale(event.language), method),
      filter: { status: "approved" },
      calendarMethod: method,
      createdBy: actor.id,
      createdByName: actor.name,
    })
    .onConflictDoNothing({ target: announcements.requestKey })
    .returning();
  if (!row) return { announcementId: "", recipients: 0 };
  const released = await releaseAnnouncement(tx, row, actor);
  if (released.recipients > 0) await sendJob(tx, "announcement.send", { announcementId: row.id });
  return { announcementId: row.id, recipients: released.recipients };
}
