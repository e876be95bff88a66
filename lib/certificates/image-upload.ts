// A logo or signature image: at most 2 MB, and PNG or JPEG by its first bytes (the name and the
// browser's stated type are not trusted). Anything else is refused with a message for the organizer.
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export type CheckedImage = { ok: true; contentType: "image/png" | "image/jpeg" } | { ok: false; error: string };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function checkImage(bytes: Uint8Array | null, size: number): CheckedImage {
  if (size > MAX_IMAGE_BYTES) return { ok: false, error: `The image is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB.` };
  if (!bytes || size === 0) return { ok: false, error: "The file is empty." };
  if (PNG.every((b, i) => bytes[i] === b)) return { ok: true, contentType: "image/png" };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { ok: true, contentType: "image/jpeg" };
  return { ok: false, error: "The file is not a PNG or JPEG image." };
}
