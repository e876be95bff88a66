// An email the organizer writes to everyone or a filtered set of an event's participants. The row is
// the history (what was said, to whom, when); the send itself is a bulk operation (operationId),
// made when the announcement goes out: at once, or at sendAt by the announcement.send job.
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { eventIdColumn } from "./events";
import { operations } from "./operations";

export const announcementStates = ["scheduled", "sending", "sent", "cancelled"] as const;
export type AnnouncementState = (typeof announcementStates)[number];

export const announcements = pgTable(
  "announcements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: eventIdColumn(),
    // A client-made id: the same form submitted twice makes one announcement.
    requestKey: text("request_key").notNull().unique(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    // Who it is for (lib/announcements/recipient-filter.ts), as chosen.
    filter: jsonb("filter").$type<Record<string, unknown>>().notNull().default({}),
    // scheduled (waits for sendAt) → sending (its operation runs) → sent; cancelled before it went out.
    state: text("state", { enum: announcementStates }).notNull().default("scheduled"),
    sendAt: timestamp("send_at", { withTimezone: true }),
    // Set on the announcements the system writes about the event itself: each email carries the
    // participant's calendar entry with this method (an update of the time or venue, a cancellation).
    calendarMethod: text("calendar_method", { enum: ["REQUEST", "CANCEL"] }),
    operationId: uuid("operation_id").references(() => operations.id, { onDelete: "set null" }),
    // How many matched when it went out (0 is recorded too: nobody matched at the send time).
    recipients: integer("recipients"),
    createdBy: text("created_by"),
    createdByName: text("created_by_name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("announcements_event_created_idx").on(t.eventId, t.createdAt)],
);

export type Announcement = typeof announcements.$inferSelect;
