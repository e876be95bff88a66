// The announcements the system writes about the event itself, in the caller's transaction (the one
// that changed the event): "the time or venue changed" with each participant's updated calendar entry
// (METHOD:REQUEST, the new SEQUENCE), or "the event is cancelled" (METHOD:CANCEL). Sent like any
// announcement (bulk operation, one email per participant, progress and history on its page), to the
// approved participants: they are the ones holding a calendar entry.
import type { Tx } from "@/lib/db/client";
import { announcements, type Event } from "@/lib/db/schema";
import { sendJob } from "@/lib/queue/boss";
import { releaseAnnouncement } from "./release-announcement";

export const EVENT_CHANGE_WORDS = {
  REQUEST: {
    subject: "Updated: {{event_title}}",
    body: "Dear {{first_name}},\n\nThe time or place of {{event_title}} has changed.\n\nWhen: {{event_date}}\nWhere: {{venue}}\n\nThe attached calendar entry replaces the one you have.\n\n{{event_url}}",
  },
  CANCEL: {
    subject: "Cancelled: {{event_title}}",
    body: "Dear {{first_name}},\n\n{{event_title}} ({{event_date}}) has been cancelled. We are sorry for the inconvenience.\n\nThe attached calendar entry removes it from your calendar.",
  },
} as const;

export async function announceEventChange(
  tx: Tx,
  event: Pick<Event, "id" | "calendarSequence">,
  method: "REQUEST" | "CANCEL",
  actor: { id: string | null; name: string },
): Promise<{ announcementId: string; recipients: number }> {
  const [row] = await tx
    .insert(announcements)
    .values({
      eventId: event.id,
      // One per revision of the calendar entry: the same change told twice is one announcement.
      requestKey: `calendar:${event.id}:${event.calendarSequence}:${method}`,
      ...EVENT_CHANGE_WORDS[method],
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
