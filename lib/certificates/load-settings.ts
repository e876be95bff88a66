// An event's certificate settings with its images, or the defaults when the organizer saved none.
import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { certificateSettings, uploads, type CertificateSettings } from "@/lib/db/schema";
import { DEFAULT_BODY, DEFAULT_TITLE } from "./certificate-text";

export type CertificateImage = { data: Buffer; format: "png" | "jpg" };
export type LoadedSettings = {
  settings: Omit<CertificateSettings, "updatedAt">;
  logo: CertificateImage | null;
  signature: CertificateImage | null;
};

export function defaultSettings(eventId: string): Omit<CertificateSettings, "updatedAt"> {
  return {
    eventId,
    title: DEFAULT_TITLE,
    body: DEFAULT_BODY,
    signerName: "",
    signerTitle: "",
    extra: "",
    orientation: "landscape",
    logoUploadId: null,
    signatureUploadId: null,
  };
}

export async function loadSettings(db: DbOrTx, eventId: string): Promise<LoadedSettings> {
  const [row] = await db.select().from(certificateSettings).where(eq(certificateSettings.eventId, eventId));
  const settings = row ?? defaultSettings(eventId);
  const ids = [settings.logoUploadId, settings.signatureUploadId].filter((id): id is string => !!id);
  const files = ids.length
    ? await db
        .select({ id: uploads.id, contentType: uploads.contentType, content: uploads.content })
        .from(uploads)
        .where(inArray(uploads.id, ids))
    : [];
  const image = (id: string | null): CertificateImage | null => {
    const f = files.find((x) => x.id === id);
    return f ? { data: f.content, format: f.contentType === "image/png" ? "png" : "jpg" } : null;
  };
  return { settings, logo: image(settings.logoUploadId), signature: image(settings.signatureUploadId) };
}
