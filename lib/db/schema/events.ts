import { sql } from "drizzle-orm";
import { boolean, check, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Question } from "./question-shapes";
import { localeCodes as locales } from "./locale-codes";
import { user } from "./auth";

export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    venue: text("venue").notNull().default(""),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    timeZone: text("time_zone").notNull(),
    capacity: integer("capacity"),
    // Seats held (pending or approved, not declined), kept by lib/participants/seat-accounting.ts only.
    // Null exactly when there is no capacity: an unlimited event keeps no counter, so its
    // registrations take no lock on this row.
    seatsTaken: integer("seats_taken"),
    registrationOpen: boolean("registration_open").notNull().default(true),
    approvalMode: text("approval_mode", { enum: ["automatic", "manual"] })
      .notNull()
      .default("manual"),
    // Proof of work (ALTCHA) on the public registration form: never, only while registrations arrive
    // faster than a threshold (lib/altcha/registration-challenge.ts), or always.
    registrationChallenge: text("registration_challenge", { enum: ["off", "automatic", "always"] })
      .notNull()
      .default("off"),
    // Personal data of the participants is anonymised this many days after the event ends (null: kept).
    anonymiseAfterDays: integer("anonymise_after_days"),
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    // "Will you still attend?" is sent automatically this many days before the start (null: never).
    rsvpReminderDays: integer("rsvp_reminder_days"),
    // When the RSVP links of this event were invalidated, some time after it ended.
    rsvpLinksExpiredAt: timestamp("rsvp_links_expired_at", { withTimezone: true }),
    // The language of the public pages, default emails and documents (lib/i18n/locales.ts).
    language: text("language", { enum: locales }).notNull().default("en"),
    // The registration form's own questions, in order, removed ones kept (lib/db/schema/question-shapes.ts, rules in lib/questions/).
    questions: jsonb("questions").$type<Question[]>().notNull().default([]),
    // The ticket email carries the ticket's link instead of the PDF (some mail systems block PDFs).
    ticketsAsLinks: boolean("tickets_as_links").notNull().default(false),
    // The calendar entry's SEQUENCE (RFC 5545): raised each time participants are told of a new time or
    // venue, and on cancellation, so calendars replace the entry they hold instead of adding one.
    calendarSequence: integer("calendar_sequence").notNull().default(0),
    // The whole event is cancelled: its public page says so, registration is closed.
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    // When full, the public form offers the waitlist; freed seats are offered to it in order, each
    // offer held for waitlist_offer_hours.
    waitlistEnabled: boolean("waitlist_enabled").notNull().default(true),
    waitlistOfferHours: integer("waitlist_offer_hours").notNull().default(24),
    // Who runs the event, shown on the public page (empty: not shown). The URL is http(s) only and the
    // email becomes a mailto link (lib/validation/events.ts checks both).
    organizerName: text("organizer_name").notNull().default(""),
    organizerEmail: text("organizer_email").notNull().default(""),
    organizerPhone: text("organizer_phone").notNull().default(""),
    organizerUrl: text("organizer_url").notNull().default(""),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("events_capacity_positive", sql`${t.capacity} is null or ${t.capacity} > 0`),
    check(
      "events_seats_taken_with_capacity",
      sql`(${t.capacity} is null) = (${t.seatsTaken} is null) and (${t.seatsTaken} is null or ${t.seatsTaken} >= 0)`,
    ),
    check("events_ends_after_start", sql`${t.endsAt} >= ${t.startsAt}`),
    check("events_rsvp_reminder_days_range", sql`${t.rsvpReminderDays} is null or ${t.rsvpReminderDays} between 1 and 90`),
    check("events_language_supported", sql`${t.language} in ('en', 'el')`),
    check("events_waitlist_offer_hours_range", sql`${t.waitlistOfferHours} between 1 and 336`),
    check("events_organizer_url_http", sql`${t.organizerUrl} = '' or ${t.organizerUrl} ~* '^https?://'`),
    check("events_anonymise_after_days_range", sql`${t.anonymiseAfterDays} is null or ${t.anonymiseAfterDays} between 0 and 3650`),
  ],
);

/** The event a row belongs to; deleting the event deletes the row. */
export const eventIdColumn = () =>
  uuid("event_id")
    .notNull()
    .references(() => events.id, { onDelete: "cascade" });

export type Event = typeof events.$inferSelect;
