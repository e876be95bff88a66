// A bulk job the organizer started (bulk email, CSV import, certificate generation). Progress is
// data: counters updated in the same transaction as each item's effect; the operation is complete
// when processed = total (see DESIGN.md, invariant 4).
import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea";
import { eventIdColumn } from "./events";

export const operationKinds = [
  "rsvp_email",
  "participants_import",
  "certificates_generate",
  "certificates_email",
  "announcement_email",
  "participants_cancel",
] as const;
export type OperationKind = (typeof operationKinds)[number];

export const operations = pgTable(
  "operations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: eventIdColumn(),
    kind: text("kind", { enum: operationKinds }).notNull(),
    // running → completed | failed | cancelled. "completed" is set by whoever makes processed reach total.
    state: text("state", { enum: ["running", "completed", "failed", "cancelled"] })
      .notNull()
      .default("running"),
    // A client-made id (or a hash of the request) so that the same button pressed twice starts one operation.
    requestKey: text("request_key").unique(),
    createdBy: text("created_by"),
    createdByName: text("created_by_name"),
    params: jsonb("params").$type<Record<string, unknown>>().notNull().default({}),
    total: integer("total").notNull().default(0),
    processed: integer("processed").notNull().default(0),
    succeeded: integer("succeeded").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    skipped: integer("skipped").notNull().default(0),
    // Where a resumable job (an import) has committed up to, e.g. the last row number.
    cursor: bigint("cursor", { mode: "number" }).notNull().default(0),
    // The organizer-facing message of a failed operation, in English (older rows, and as a fallback);
    // errorDetail holds it as a code (lib/imports/import-reason.ts), worded in the reader's language.
    error: text("error"),
    errorDetail: jsonb("error_detail"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("operations_event_created_idx").on(t.eventId, t.createdAt),
    check("operations_counters_sane", sql`${t.processed} >= 0 and ${t.processed} <= greatest(${t.total}, ${t.processed})`),
  ],
);

/** One recipient/participant of an operation: its outcome, so failures can be listed and retried. */
export const operationItems = pgTable(
  "operation_items",
  {
    operationId: uuid("operation_id")
      .notNull()
      .references(() => operations.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id").notNull(),
    status: text("status", { enum: ["pending", "succeeded", "failed", "skipped"] })
      .notNull()
      .default("pending"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.participantId] }), index("operation_items_status_idx").on(t.operationId, t.status)],
);

/** Row-level problems of an operation that has no participant yet (an import's bad or duplicate rows). */
export const operationRowErrors = pgTable(
  "operation_row_errors",
  {
    operationId: uuid("operation_id")
      .notNull()
      .references(() => operations.id, { onDelete: "cascade" }),
    rowNumber: integer("row_number").notNull(),
    outcome: text("outcome", { enum: ["skipped", "failed"] }).notNull(),
    // English, for older rows and as a fallback; reasonDetail holds the coded problems, worded at read time.
    reason: text("reason").notNull(),
    reasonDetail: jsonb("reason_detail"),
    // The row as read (capped), so the report can give it back.
    raw: jsonb("raw").$type<string[]>(),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.rowNumber] })],
);

/** Uploaded files (CSV imports, logos): stored in PostgreSQL, never on a web server's disk. */
export const uploads = pgTable(
  "uploads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: eventIdColumn(),
    purpose: text("purpose", { enum: ["participants_import", "certificate_logo", "certificate_signature", "event_cover"] }).notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    content: bytea("content").notNull(),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("uploads_event_idx").on(t.eventId, t.purpose)],
);

export type Operation = typeof operations.$inferSelect;
