// A rendered ticket is stored, so the email attachment and every later download are the same bytes.
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea";
import { eventIdColumn } from "./events";
import { participants } from "./participants";

export const tickets = pgTable("tickets", {
  participantId: uuid("participant_id")
    .primaryKey()
    .references(() => participants.id, { onDelete: "cascade" }),
  eventId: eventIdColumn(),
  code: text("code").notNull(),
  pdf: bytea("pdf").notNull(),
  sha256: text("sha256").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Ticket = typeof tickets.$inferSelect;
