// An event's cover image: checked and stored exactly like the certificate logos (at most 2 MB, PNG or
// JPEG by its bytes, at most 4,000 px a side by its header, scaled down once here), in uploads, with
// event_covers pointing at the current one. The previous upload is deleted with its row.
import { and, eq } from "drizzle-orm";
import { checkImage, type ImageRefusal } from "@/lib/certificates/image-upload";
import { imageRefusalText } from "@/lib/i18n/image-refusal-text";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { prepareImage } from "@/lib/certificates/prepare-image";
import type { Db, DbOrTx } from "@/lib/db/client";
import { eventCovers, uploads } from "@/lib/db/schema";

// Wide enough for the public page's column on a high-density screen.
export const COVER_STORED_SIDE = 1600;

export type SaveCoverResult = { ok: true; uploadId: string } | { ok: false; error: string };

export async function saveCover(
  db: Db,
  eventId: string,
  file: { name: string; bytes: Uint8Array | null; size: number },
  userId: string,
  locale: Locale = "en",
): Promise<SaveCoverResult> {
  // A refusal is worded in `locale` (the organizer's), as the certificate images' are.
  const refuse = (refusal: ImageRefusal) =>
    ({ ok: false, error: imageRefusalText(refusal, locale, translator(locale, "certificates")) }) as const;
  const checked = checkImage(file.bytes, file.size);
  if (!checked.ok) return refuse(checked.refusal);
  const prepared = await prepareImage(file.bytes as Uint8Array, checked.contentType, COVER_STORED_SIDE);
  if (!prepared.ok) return refuse(prepared.refusal);
  const uploadId = await db.transaction(async (tx) => {
    const [up] = await tx
      .insert(uploads)
      .values({
        eventId,
        purpose: "event_cover",
        filename: file.name.slice(0, 200),
        contentType: prepared.contentType,
        size: prepared.bytes.length,
        content: prepared.bytes,
        createdBy: userId,
      })
      .returning({ id: uploads.id });
    const row = { uploadId: up.id, width: prepared.width, height: prepared.height, updatedAt: new Date() };
    const [previous] = await tx
      .select({ uploadId: eventCovers.uploadId })
      .from(eventCovers)
      .where(eq(eventCovers.eventId, eventId))
      .for("update");
    await tx
      .insert(eventCovers)
      .values({ eventId, ...row })
      .onConflictDoUpdate({ target: eventCovers.eventId, set: row });
    if (previous) await tx.delete(uploads).where(and(eq(uploads.id, previous.uploadId), eq(uploads.eventId, eventId)));
    return up.id;
  });
  return { ok: true, uploadId };
}

/** Removes the cover (its upload goes with it, and the row with the upload). */
export async function removeCover(db: DbOrTx, eventId: string): Promise<void> {
  await db.delete(uploads).where(and(eq(uploads.eventId, eventId), eq(uploads.purpose, "event_cover")));
}

/** The cover's id and size, for the page that shows it (no bytes). */
export async function getCover(db: DbOrTx, eventId: string) {
  const [row] = await db
    .select({ uploadId: eventCovers.uploadId, width: eventCovers.width, height: eventCovers.height })
    .from(eventCovers)
    .where(eq(eventCovers.eventId, eventId));
  return row ?? null;
}

/** The bytes of the event's current cover, only when `uploadId` is the current one. */
export async function readCover(db: DbOrTx, eventId: string, uploadId: string) {
  const [row] = await db
    .select({ content: uploads.content, contentType: uploads.contentType })
    .from(eventCovers)
    .innerJoin(uploads, eq(uploads.id, eventCovers.uploadId))
    .where(and(eq(eventCovers.eventId, eventId), eq(eventCovers.uploadId, uploadId)));
  return row ?? null;
}
