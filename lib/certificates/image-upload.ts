// A logo or signature image: at most 2 MB, and PNG or JPEG by its first bytes (the name and the
// browser's stated type are not trusted). Anything else is refused with a message for the organizer.
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
/** The longest side in pixels an upload may have (checked from its header in prepare-image.ts). */
export const MAX_IMAGE_SIDE = 4000;

/**
 * Why an image was refused, as a key of the certificates catalogue's "upload" messages and its
 * values, so each page says it in its reader's language (lib/i18n/image-refusal-text.ts).
 * "overLimit": over the limit by a size not known (the body was cut off at the limit).
 */
export type ImageRefusal =
  | { key: "tooLarge"; bytes: number }
  | { key: "overLimit" | "empty" | "notImage" | "unreadable" }
  | { key: "tooManyPixels"; width: number; height: number };

export type CheckedImage = { ok: true; contentType: "image/png" | "image/jpeg" } | { ok: false; refusal: ImageRefusal };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function checkImage(bytes: Uint8Array | null, size: number): CheckedImage {
  if (size > MAX_IMAGE_BYTES) return { ok: false, refusal: { key: "tooLarge", bytes: size } };
  if (!bytes || size === 0) return { ok: false, refusal: { key: "empty" } };
  if (PNG.every((b, i) => bytes[i] === b)) return { ok: true, contentType: "image/png" };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { ok: true, contentType: "image/jpeg" };
  return { ok: false, refusal: { key: "notImage" } };
}
