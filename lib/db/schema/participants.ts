import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { events } from "./events";

export const participantStatuses = ["pending", "approved", "rejected", "cancelled"] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];

export const participants = pgTable(
  "participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    organisation: text("organisation"),
    phone: text("phone"),
    status: text("status", { enum: participantStatuses }).notNull().default("pending"),
    source: text("source", { enum: ["form", "csv", "dashboard"] }).notNull().default("form"),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The same address registers once per event, whatever its case: enforced here, not only checked.
    uniqueIndex("participants_event_email_unique").on(t.eventId, sql`lower(${t.email})`),
    index("participants_event_status_idx").on(t.eventId, t.status),
    index("participants_event_created_idx").on(t.eventId, t.createdAt),
  ],
);

export type Participant = typeof participants.$inferSelect;
