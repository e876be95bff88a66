// Admission at the door. At most one active check-in per participant, enforced by a partial unique
// index; an undo keeps the row (undone_at/undone_by) so the history stays.
import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { eventIdColumn } from "./events";
import { participantIdColumn } from "./participants";

export const checkIns = pgTable(
  "check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: eventIdColumn(),
    participantId: participantIdColumn(),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }).notNull().defaultNow(),
    staffId: text("staff_id"),
    staffName: text("staff_name"),
    deviceId: text("device_id"),
    method: text("method", { enum: ["scan", "manual"] })
      .notNull()
      .default("scan"),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
    undoneById: text("undone_by_id"),
    undoneByName: text("undone_by_name"),
  },
  (t) => [
    uniqueIndex("check_ins_one_active_per_participant").on(t.participantId).where(sql`${t.undoneAt} is null`),
    index("check_ins_event_idx").on(t.eventId, t.checkedInAt),
  ],
);

/** The first answer to each client-made scan id, so a retried request returns it instead of counting twice. */
export const checkInScans = pgTable(
  "check_in_scans",
  {
    eventId: eventIdColumn(),
    clientScanId: text("client_scan_id").notNull(),
    result: jsonb("result").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.clientScanId] })],
);

/** Which events a non-owner account may work on, and as what. The owner sees every event. */
export const eventStaff = pgTable(
  "event_staff",
  {
    eventId: eventIdColumn(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index("event_staff_user_idx").on(t.userId)],
);

/** An invitation to create an account with a role; the link carries a token whose hash is stored. */
export const invitations = pgTable("invitations", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull(),
  name: text("name").notNull(),
  role: text("role", { enum: ["organizer", "door_staff"] }).notNull(),
  eventIds: jsonb("event_ids").$type<string[]>().notNull().default([]),
  tokenHash: text("token_hash").notNull().unique(),
  invitedBy: text("invited_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  acceptedAt: timestamp("accepted_at", { withTimezone: true }),
});
