// An organizer's wording of one kind of email for one event in one language. No row: the default
// wording of that language is used.
import { pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { localeCodes as locales } from "./locale-codes";
import { eventIdColumn } from "./events";
import { messageKinds } from "./messages";

export const eventEmailTemplates = pgTable(
  "event_email_templates",
  {
    eventId: eventIdColumn(),
    kind: text("kind", { enum: messageKinds }).notNull(),
    language: text("language", { enum: locales }).notNull().default("en"),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.kind, t.language] })],
);
