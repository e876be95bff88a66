import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea";
import { events } from "./events";
import { operations } from "./operations";
import { participants } from "./participants";


export const messageKinds = [
  "registration_received",
  "approved",
  "rejected",
  "rsvp_request",
  "ticket_resend",
  "certificate",
] as const;
export type MessageKind = (typeof messageKinds)[number];

/**
 * Emails about an account rather than a participant (no event, no per-event template). Kept apart from
 * messageKinds, which lists the participant emails an organizer can word per event.
 */
export const accountMessageKinds = ["invitation", "password_reset"] as const;
export const allMessageKinds = [...messageKinds, ...accountMessageKinds] as const;
export type AnyMessageKind = (typeof allMessageKinds)[number];

export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // One logical email = one key (e.g. "registration:<participantId>"). Unique, and sent to the
    // provider as its idempotency key, so a retried job never sends twice.
    key: text("key").notNull().unique(),
    eventId: uuid("event_id").references(() => events.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id").references(() => participants.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: allMessageKinds }).notNull(),
    // The bulk operation this message belongs to, if any.
    operationId: uuid("operation_id").references(() => operations.id, { onDelete: "set null" }),
    fromAddress: text("from_address").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html"),
    text: text("text"),
    status: text("status", { enum: ["queued", "sent", "failed"] }).notNull().default("queued"),
    transport: text("transport"),
    providerId: text("provider_id"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("messages_created_idx").on(t.createdAt),
    index("messages_participant_idx").on(t.participantId),
    index("messages_event_idx").on(t.eventId),
    index("messages_operation_idx").on(t.operationId, t.status),
  ],
);

export const messageAttachments = pgTable("message_attachments", {
  id: uuid("id").primaryKey().defaultRandom(),
  messageId: uuid("message_id")
    .notNull()
    .references(() => messages.id, { onDelete: "cascade" }),
  filename: text("filename").notNull(),
  contentType: text("content_type").notNull(),
  content: bytea("content").notNull(),
});

export type Message = typeof messages.$inferSelect;
