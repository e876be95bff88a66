// The browser side of an image upload (certificate logo and signature, event cover): the file as the
// request body, as the upload routes read it (lib/certificates/image-upload.ts). Refuses a file over
// the limit before it is sent; the route's own message comes back when it refuses one.
import { type ImageRefusal, MAX_IMAGE_BYTES } from "@/lib/certificates/image-upload";

export type UploadOutcome =
  | { ok: true }
  /** Over the limit here, before anything was sent (worded by lib/i18n/image-refusal-text.ts). */
  | { ok: false; reason: "too_large"; refusal: ImageRefusal }
  /** Refused by the route: its message, or null when it sent none. */
  | { ok: false; reason: "refused"; error: string | null }
  | { ok: false; reason: "offline" };

export async function uploadImageFile(uploadUrl: string, file: File): Promise<UploadOutcome> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, reason: "too_large", refusal: { key: "tooLarge", bytes: file.size } };
  try {
    const res = await fetch(uploadUrl, {
      method: "POST",
      body: file,
      headers: { "Content-Type": "application/octet-stream", "X-Filename": encodeURIComponent(file.name) },
    });
    if (res.ok) return { ok: true };
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    return { ok: false, reason: "refused", error: body.error ?? null };
  } catch {
    return { ok: false, reason: "offline" };
  }
}
