// A logo or signature image: at most 2 MB, and PNG or JPEG by its first bytes (the name and the
// browser's stated type are not trusted). Anything else is refused with a message for the organizer.
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/**
 * Why an image was refused, as a key of the certificates catalogue's "upload" messages and its
 * values, so each page says it in its reader's language; `error` is the same in English.
 */
export type ImageRefusal =
  | { key: "tooLarge"; values: { size: string } }
  | { key: "empty" | "notImage" | "unreadable"; values?: undefined }
  | { key: "tooManyPixels"; values: { width: number; height: number; max: number } };

export type CheckedImage = { ok: true; contentType: "image/png" | "image/jpeg" } | { ok: false; error: string; refusal: ImageRefusal };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function checkImage(bytes: Uint8Array | null, size: number): CheckedImage {
  if (size > MAX_IMAGE_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      error: `The image is ${megabytes} MB; the limit is 2 MB.`,
      refusal: { key: "tooLarge", values: { size: megabytes } },
    };
  }
  if (!bytes || size === 0) return { ok: false, error: "The file is empty.", refusal: { key: "empty" } };
  if (PNG.every((b, i) => bytes[i] === b)) return { ok: true, contentType: "image/png" };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { ok: true, contentType: "image/jpeg" };
  return { ok: false, error: "The file is not a PNG or JPEG image.", refusal: { key: "notImage" } };
}
