// Image bombs: a 560 KB PNG can hold 12,000 × 12,000 pixels, which every decode (the preview, each
// certificate render) expands to ~576 MB. So on upload the size in pixels is read from the file's
// header (image-size, no decoding), anything over MAX_IMAGE_SIDE on a side is refused with the limit
// in the message, and an accepted image is decoded once, here, and scaled down to what a certificate
// needs (sharp), so nothing later ever decodes a large one.
import { imageSize } from "image-size";
import sharp from "sharp";
import { type ImageRefusal, MAX_IMAGE_SIDE } from "./image-upload";

// A logo or signature on an A4 certificate at print resolution needs no more than this.
export const STORED_IMAGE_SIDE = 1200;

export type PreparedImage =
  | { ok: true; bytes: Buffer; contentType: "image/png" | "image/jpeg"; width: number; height: number }
  | { ok: false; refusal: ImageRefusal };

const UNREADABLE = { ok: false, refusal: { key: "unreadable" } } as const satisfies PreparedImage;

/** `storedSide`: the longest side kept (a certificate's logo needs less than an event's cover). */
export async function prepareImage(
  bytes: Uint8Array,
  contentType: "image/png" | "image/jpeg",
  storedSide = STORED_IMAGE_SIDE,
): Promise<PreparedImage> {
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = imageSize(bytes));
  } catch {
    return UNREADABLE;
  }
  if (!width || !height) return UNREADABLE;
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    return { ok: false, refusal: { key: "tooManyPixels", width, height } };
  }
  if (width <= storedSide && height <= storedSide) return { ok: true, bytes: Buffer.from(bytes), contentType, width, height };
  try {
    // limitInputPixels: the header could lie about the size; sharp refuses to decode more than this.
    const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_SIDE * MAX_IMAGE_SIDE, failOn: "error" })
      .rotate()
      .resize({ width: storedSide, height: storedSide, fit: "inside", withoutEnlargement: true });
    const out =
      contentType === "image/png"
        ? await image.png().toBuffer({ resolveWithObject: true })
        : await image.jpeg({ quality: 88 }).toBuffer({ resolveWithObject: true });
    return { ok: true, bytes: out.data, contentType, width: out.info.width, height: out.info.height };
  } catch {
    return UNREADABLE;
  }
}
