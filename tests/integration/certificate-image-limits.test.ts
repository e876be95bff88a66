// Image bombs: an uploaded logo or signature is refused when its header says it is larger than
// 4,000 × 4,000 pixels (before anything decodes it), and an accepted large one is stored scaled down.
import { deflateSync } from "node:zlib";
import { eq } from "drizzle-orm";
import { PNG } from "pngjs";
import { imageSize } from "image-size";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { saveImage } from "@/lib/certificates/save-settings";
import { db } from "@/lib/db/client";
import { certificateSettings, uploads } from "@/lib/db/schema";
import { createAccount } from "../helpers/check-in";
import { closeConnections, createEvent, resetDb } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A small file whose header claims width × height pixels: what an image bomb looks like. */
function bombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  // A few compressed rows of zeros (the rest "missing", as a decoder would find out too late).
  const rows = deflateSync(Buffer.alloc((width * 4 + 1) * 16));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", rows),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function realPng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([i < png.data.length / 2 ? 200 : 20, 80, 160, 255], i);
  return PNG.sync.write(png);
}

describe("certificate images", () => {
  it("refuses a 12,000 × 12,000 PNG from its header, saying the limit, and stores nothing", async () => {
    const event = await createEvent();
    const owner = await createAccount("owner", "Olga Owner");
    const bytes = bombPng(12_000, 12_000);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const error = await saveImage(db(), event.id, "logo", { name: "bomb.png", bytes, size: bytes.length }, owner.id);
    expect(error).toBe("The image is 12,000 × 12,000 pixels; the limit is 4,000 × 4,000.");
    expect(await db().select().from(uploads).where(eq(uploads.eventId, event.id))).toHaveLength(0);
  });

  it("stores an accepted large image scaled down once, and a small one as it is", async () => {
    const event = await createEvent();
    const owner = await createAccount("owner", "Olga Owner");
    const large = realPng(3000, 1500);
    expect(await saveImage(db(), event.id, "logo", { name: "logo.png", bytes: large, size: large.length }, owner.id)).toBeNull();
    const [settings] = await db().select().from(certificateSettings).where(eq(certificateSettings.eventId, event.id));
    const [stored] = await db().select().from(uploads).where(eq(uploads.id, settings.logoUploadId!));
    expect(imageSize(stored.content)).toMatchObject({ width: 1200, height: 600, type: "png" });
    expect(stored.size).toBe(stored.content.length);

    const small = realPng(300, 100);
    expect(await saveImage(db(), event.id, "signature", { name: "sig.png", bytes: small, size: small.length }, owner.id)).toBeNull();
    const [after] = await db().select().from(certificateSettings).where(eq(certificateSettings.eventId, event.id));
    const [sig] = await db().select().from(uploads).where(eq(uploads.id, after.signatureUploadId!));
    expect(Buffer.compare(sig.content, small)).toBe(0);
  });
});
