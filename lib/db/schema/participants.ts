import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Answers } from "./question-shapes";
import { localeCodes as locales } from "./locale-codes";
import { eventIdColumn } from "./events";

// waitlisted: the event was full when they registered; offered: a freed seat is held for them until
// offer_expires_at (lib/waitlist/). An offered participant holds a seat (seat-accounting.ts).
export const participantStatuses = ["pending", "approved", "rejected", "cancelled", "waitlisted", "offered"] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];

export const participants = pgTable(
  "participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: eventIdColumn(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    organisation: text("organisation"),
    phone: text("phone"),
    status: text("status", { enum: participantStatuses }).notNull().default("pending"),
    source: text("source", { enum: ["form", "csv", "dashboard"] })
      .notNull()
      .default("form"),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    // Printed on the ticket and in its QR code: 128 random bits, never a database id or an email.
    // Set when the participant is first approved.
    ticketCode: text("ticket_code").unique(),
    rejectionReason: text("rejection_reason"),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }),
    // "Will you still attend?": null until answered. Declining frees the seat.
    rsvpAnswer: text("rsvp_answer", { enum: ["attending", "declined"] }),
    rsvpAnsweredAt: timestamp("rsvp_answered_at", { withTimezone: true }),
    // Bumped to invalidate every RSVP link sent so far (links are HMAC-signed with it).
    // The language the participant chose on a public page; null: the event's. Their emails and
    // documents follow it.
    language: text("language", { enum: locales }),
    rsvpTokenVersion: integer("rsvp_token_version").notNull().default(0),
    // Answers to the event's registration questions, by question id, typed (lib/questions/).
    answers: jsonb("answers").$type<Answers>().notNull().default({}),
    // A hard bounce or a complaint (Resend webhook) on an email to this address: later emails are
    // recorded as suppressed instead of sent until an organizer corrects or clears the address.
    emailUndeliverableAt: timestamp("email_undeliverable_at", { withTimezone: true }),
    emailUndeliverableReason: text("email_undeliverable_reason"),
    // The waitlist's order: when they joined it (or went back to its end after an unclaimed offer).
    waitlistedAt: timestamp("waitlisted_at", { withTimezone: true }),
    // The current seat offer (status offered): when it lapses, and which offer it is (keys its email and expiry job).
    offerExpiresAt: timestamp("offer_expires_at", { withTimezone: true }),
    offerCount: integer("offer_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    // Name, email and organisation without accents or case (lib/db/search-text.ts), kept by the
    // database itself so that every writer (forms, imports, anonymising) leaves it right.
    searchText: text("search_text")
      .notNull()
      .generatedAlwaysAs(sql`search_normalize(first_name || ' ' || last_name || ' ' || email || ' ' || coalesce(organisation, ''))`),
  },
  (t) => [
    // The list's filter by a choice answer: answers @> {"<question>": "<option>"}.
    index("participants_answers_idx").using("gin", sql`${t.answers} jsonb_path_ops`),
    index("participants_event_waitlist_idx").on(t.eventId, t.waitlistedAt, t.id).where(sql`${t.status} in ('waitlisted', 'offered')`),
    // The same address registers once per event, whatever its case: enforced here, not only checked.
    uniqueIndex("participants_event_email_unique").on(t.eventId, sql`lower(${t.email})`),
    index("participants_event_status_idx").on(t.eventId, t.status),
    index("participants_event_created_idx").on(t.eventId, t.createdAt),
    index("participants_event_last_name_idx").on(t.eventId, t.lastName, t.firstName),
    index("participants_event_source_idx").on(t.eventId, t.source),
    index("participants_event_rsvp_idx").on(t.eventId, t.rsvpAnswer),
    index("participants_event_undeliverable_idx").on(t.eventId).where(sql`${t.emailUndeliverableAt} is not null`),
    // Substring search over name, email and organisation (pg_trgm), accents and case ignored.
    index("participants_search_text_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** The participant a row belongs to; deleting the participant deletes the row. */
export const participantIdColumn = () =>
  uuid("participant_id")
    .notNull()
    .references(() => participants.id, { onDelete: "cascade" });

export const participantStatusHistory = pgTable(
  "participant_status_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    participantId: participantIdColumn(),
    fromStatus: text("from_status", { enum: participantStatuses }),
    toStatus: text("to_status", { enum: participantStatuses }).notNull(),
    reason: text("reason"),
    // Who made the change: an organizer's id and name (kept if the account goes), or null for the system.
    changedBy: text("changed_by"),
    changedByName: text("changed_by_name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("participant_status_history_participant_idx").on(t.participantId, t.createdAt)],
);

export type Participant = typeof participants.$inferSelect;

/** An organizer's change to a participant's answers: which questions, from what to what (as shown then). */
export const participantAnswerHistory = pgTable(
  "participant_answer_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    participantId: participantIdColumn(),
    changes: jsonb("changes").$type<{ questionId: string; label: string; from: string; to: string }[]>().notNull(),
    changedBy: text("changed_by"),
    changedByName: text("changed_by_name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("participant_answer_history_participant_idx").on(t.participantId, t.createdAt)],
);
