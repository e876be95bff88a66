// Certificates of attendance (issue 7). A rendered certificate is stored, so every download, the
// email attachment and the ZIP are the same bytes. At most one certificate per participant is valid
// at a time (partial unique index on non-revoked rows); a re-issue revokes the old one, whose code
// then verifies as "revoked" rather than silently vanishing.
import { sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea";
import { events, eventIdColumn } from "./events";
import { operations, uploads } from "./operations";
import { participantIdColumn } from "./participants";

export const certificates = pgTable(
  "certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: eventIdColumn(),
    participantId: participantIdColumn(),
    // Crockford base32, 128 random bits, stored canonical (upper case).
    code: text("code").notNull().unique(),
    // The holder's name as printed, kept so /verify shows what the paper shows.
    holderName: text("holder_name").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    pdf: bytea("pdf").notNull(),
    sha256: text("sha256").notNull(),
    operationId: uuid("operation_id").references(() => operations.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("certificates_one_valid_per_participant").on(t.participantId).where(sql`${t.revokedAt} is null`),
    index("certificates_event_idx").on(t.eventId, t.issuedAt),
  ],
);

export const certificateSettings = pgTable("certificate_settings", {
  eventId: uuid("event_id")
    .primaryKey()
    .references(() => events.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  body: text("body").notNull(),
  signerName: text("signer_name").notNull().default(""),
  signerTitle: text("signer_title").notNull().default(""),
  // Free text for the {{hours}} placeholder, e.g. "6 hours".
  extra: text("extra").notNull().default(""),
  orientation: text("orientation", { enum: ["landscape", "portrait"] })
    .notNull()
    .default("landscape"),
  logoUploadId: uuid("logo_upload_id").references(() => uploads.id, { onDelete: "set null" }),
  signatureUploadId: uuid("signature_upload_id").references(() => uploads.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The organizer's additions to (included) and removals from (not included) the default eligibility. */
export const certificateOverrides = pgTable(
  "certificate_overrides",
  {
    eventId: eventIdColumn(),
    participantId: participantIdColumn(),
    included: boolean("included").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.participantId] })],
);

export type Certificate = typeof certificates.$inferSelect;
export type CertificateSettings = typeof certificateSettings.$inferSelect;
