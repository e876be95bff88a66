// An event's optional cover image, shown at the top of its public page. The bytes live in uploads
// like the certificate logos (checked and scaled down once on upload: lib/events/save-cover.ts); this
// row points at the current one and keeps its size in pixels, so the page reserves its space before
// it loads. Its own table: events cannot reference uploads, which already references events.
import { integer, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { events } from "./events";
import { uploads } from "./operations";

export const eventCovers = pgTable("event_covers", {
  eventId: uuid("event_id")
    .primaryKey()
    .references(() => events.id, { onDelete: "cascade" }),
  uploadId: uuid("upload_id")
    .notNull()
    .references(() => uploads.id, { onDelete: "cascade" }),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type EventCover = typeof eventCovers.$inferSelect;
