// An organizer's wording of one kind of email for one event. No row: the default wording is used.
import { pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { eventIdColumn } from "./events";
import { messageKinds } from "./messages";

export const eventEmailTemplates = pgTable(
  "event_email_templates",
  {
    eventId: eventIdColumn(),
    kind: text("kind", { enum: messageKinds }).notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.kind] })],
);
