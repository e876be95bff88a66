import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
  "cancelled",
  "waitlist_joined",
  "waitlist_offer",
] as const;
export type MessageKind = (typeof messageKinds)[number];

/**
 * Emails about an account rather than a participant (no event, no per-event template). Kept apart from
 * messageKinds, which lists the participant emails an organizer can word per event.
 */
export const accountMessageKinds = ["invitation", "password_reset"] as const;
/** Emails the organizer writes for one occasion (no per-event template): announcements and their test sends. */
export const announcementMessageKinds = ["announcement"] as const;
export const allMessageKinds = [...messageKinds, ...accountMessageKinds, ...announcementMessageKinds] as const;
export type AnyMessageKind = (typeof allMessageKinds)[number];

// suppressed: never sent because the participant's address was marked undeliverable (a hard bounce or
// a complaint reported by Resend) when its turn came.
export const messageStatuses = ["queued", "sending", "sent", "failed", "cancelled", "suppressed"] as const;
export type MessageStatus = (typeof messageStatuses)[number];

/** What the provider reported after accepting the email (Resend webhooks), latest first wins. */
export const deliveryStatuses = ["delivered", "delayed", "bounced", "complained"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

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
    // queued → sending (in a recorded send attempt, see sendAttempts) → sent | failed; cancelled when
    // the person was anonymised before any attempt. "sent" with a null providerId: Resend said an
    // earlier request with this key was processed (409 invalid_idempotent_request).
    status: text("status", { enum: messageStatuses }).notNull().default("queued"),
    // The send attempt this message is in while "sending"; no other request may carry it meanwhile.
    attemptId: uuid("attempt_id"),
    transport: text("transport"),
    providerId: text("provider_id"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    // From the provider's webhooks: delivered / delayed / bounced / complained, with its detail
    // (e.g. "Permanent: mailbox does not exist") and when it was reported.
    deliveryStatus: text("delivery_status", { enum: deliveryStatuses }),
    deliveryDetail: text("delivery_detail"),
    deliveryReportedAt: timestamp("delivery_reported_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    // Recipient and subject without accents or case, for the outbox search (lib/db/search-text.ts).
    searchText: text("search_text").notNull().generatedAlwaysAs(sql`search_normalize(to_address || ' ' || subject)`),
  },
  (t) => [
    index("messages_created_idx").on(t.createdAt, t.id),
    // Outbox filters, each served newest first with keyset paging (lib/db/queries/messages.ts).
    index("messages_event_created_idx").on(t.eventId, t.createdAt, t.id),
    index("messages_kind_created_idx").on(t.kind, t.createdAt, t.id),
    index("messages_status_created_idx").on(t.status, t.createdAt, t.id),
    index("messages_delivery_created_idx").on(t.deliveryStatus, t.createdAt, t.id).where(sql`${t.deliveryStatus} is not null`),
    // Webhooks find the message by the id Resend gave at send.
    index("messages_provider_id_idx").on(t.providerId),
    index("messages_participant_idx").on(t.participantId),
    index("messages_operation_idx").on(t.operationId, t.status),
    index("messages_attempt_idx").on(t.attemptId),
    index("messages_search_text_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

/**
 * Resend webhook calls already processed, by their svix-id: a replayed call (same id, still
 * inside the signature's 5-minute tolerance) is answered 200 and changes nothing.
 */
export const resendWebhookReceipts = pgTable(
  "resend_webhook_receipts",
  {
    svixId: text("svix_id").primaryKey(),
    eventType: text("event_type").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("resend_webhook_receipts_received_idx").on(t.receivedAt)],
);

// Indexed by message: every single send looks its message's attachments up (none, mostly).
export const messageAttachments = pgTable(
  "message_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    messageId: uuid("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    content: bytea("content").notNull(),
  },
  (t) => [index("message_attachments_message_idx").on(t.messageId)],
);

export type Message = typeof messages.$inferSelect;

/**
 * One provider request, recorded before it is made: which messages it carries, under which
 * idempotency key, and the exact request (frozen: a retry of a lost answer re-sends these bytes with
 * this key, whatever happened to the messages since). Resend keeps a key 24 h; a request still
 * pending after that has an unknown outcome and is only sent again when an organizer confirms.
 */
export const sendAttempts = pgTable(
  "send_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    endpoint: text("endpoint", { enum: ["email", "batch"] }).notNull(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    messageIds: uuid("message_ids").array().notNull(),
    requestHash: text("request_hash").notNull(),
    // The SDK argument (attachments as base64); null once redacted after the attempt was resolved.
    request: jsonb("request"),
    // pending (with a lease while a worker calls the provider) → sent | failed | not_sent (a quota
    // or configuration refusal: nothing went out) | unknown (24 h passed) → abandoned (confirmed).
    state: text("state", { enum: ["pending", "sent", "failed", "not_sent", "unknown", "abandoned"] })
      .notNull()
      .default("pending"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    calls: integer("calls").notNull().default(0),
    // A call ended without a definite answer (timeout, 5xx, lost connection): Resend may have it.
    uncertain: boolean("uncertain").notNull().default(false),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [index("send_attempts_state_idx").on(t.state, t.createdAt)],
);

export type SendAttempt = typeof sendAttempts.$inferSelect;

/** Resend keeps an idempotency key 24 h; a margin keeps our re-sends inside that window. */
export const SEND_ATTEMPT_WINDOW_MS = 23 * 3600_000;

/**
 * Sending is paused for everyone (one row per reason): a quota until it can have reset, or a
 * configuration error (key, domain) until a probe succeeds. nextProbeAt: when one request may try.
 */
export const emailSendingPauses = pgTable("email_sending_pauses", {
  reason: text("reason", { enum: ["daily_quota", "monthly_quota", "configuration"] }).primaryKey(),
  message: text("message").notNull(),
  resumesAt: timestamp("resumes_at", { withTimezone: true }).notNull(),
  since: timestamp("since", { withTimezone: true }).notNull().defaultNow(),
});

export type EmailSendingPause = typeof emailSendingPauses.$inferSelect;
