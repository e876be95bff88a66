// Saving an event's certificate settings, and its logo/signature images (stored in uploads).
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { certificateSettings, uploads } from "@/lib/db/schema";
import { unknownPlaceholders } from "./certificate-text";
import { imageRefusalText } from "@/lib/i18n/image-refusal-text";
import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { checkImage, type ImageRefusal } from "./image-upload";
import { prepareImage } from "./prepare-image";
import { defaultSettings } from "./load-settings";

export const settingsSchema = z.object({
  title: z.string().trim().min(1, "Enter a title.").max(120, "Keep the title under 120 characters."),
  body: z
    .string()
    .trim()
    .min(1, "Enter the certificate text.")
    .max(1000, "Keep the text under 1,000 characters.")
    .refine((b) => unknownPlaceholders(b, null).length === 0, { message: "The text uses a placeholder that does not exist." }),
  signerName: z.string().trim().max(120, "Keep the signer's name under 120 characters."),
  signerTitle: z.string().trim().max(120, "Keep the signer's title under 120 characters."),
  extra: z.string().trim().max(120, "Keep the hours text under 120 characters."),
  orientation: z.enum(["landscape", "portrait"]),
});
export type SettingsInput = z.infer<typeof settingsSchema>;

export async function saveSettings(db: Db, eventId: string, input: SettingsInput): Promise<void> {
  const values = { ...input, updatedAt: new Date() };
  await db
    .insert(certificateSettings)
    .values({ ...defaultSettings(eventId), ...values })
    .onConflictDoUpdate({ target: certificateSettings.eventId, set: values });
}

export type ImageKind = "logo" | "signature";

const refusalText = (locale: Locale, r: ImageRefusal) => imageRefusalText(r, locale, translator(locale, "certificates"));

/** Stores an image and points the settings at it; returns why it is refused, in `locale`, when it is. */
export async function saveImage(
  db: Db,
  eventId: string,
  kind: ImageKind,
  file: { name: string; bytes: Uint8Array | null; size: number },
  userId: string,
  locale: Locale = "en",
): Promise<string | null> {
  const checked = checkImage(file.bytes, file.size);
  if (!checked.ok) return refusalText(locale, checked.refusal);
  // Size in pixels from the header; large ones scaled down once, here (prepare-image.ts).
  const prepared = await prepareImage(file.bytes!, checked.contentType);
  if (!prepared.ok) return refusalText(locale, prepared.refusal);
  await db.transaction(async (tx) => {
    const [up] = await tx
      .insert(uploads)
      .values({
        eventId,
        purpose: kind === "logo" ? "certificate_logo" : "certificate_signature",
        filename: file.name.slice(0, 200),
        contentType: prepared.contentType,
        size: prepared.bytes.length,
        content: prepared.bytes,
        createdBy: userId,
      })
      .returning({ id: uploads.id });
    const set = kind === "logo" ? { logoUploadId: up.id, updatedAt: new Date() } : { signatureUploadId: up.id, updatedAt: new Date() };
    await tx
      .insert(certificateSettings)
      .values({ ...defaultSettings(eventId), ...set })
      .onConflictDoUpdate({ target: certificateSettings.eventId, set });
  });
  return null;
}

export async function removeImage(db: Db, eventId: string, kind: ImageKind): Promise<void> {
  const set = kind === "logo" ? { logoUploadId: null, updatedAt: new Date() } : { signatureUploadId: null, updatedAt: new Date() };
  await db.update(certificateSettings).set(set).where(eq(certificateSettings.eventId, eventId));
}
