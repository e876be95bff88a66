// The event's cover image: over 2 MB, over 4,000 px a side or not an image refused with a message and
// nothing stored; stored scaled down like the certificate logos, replaced and removed, and served
// publicly only under the current upload's address. (The upload route's statuses and its session
// check are in tests/e2e/ui-rough-edges.spec.ts: the route reads the session from Next's request.)
import { deflateSync } from "node:zlib";
import { eq } from "drizzle-orm";
import { imageSize } from "image-size";
import { PNG } from "pngjs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as coverRoute from "@/app/(public)/e/[slug]/cover/[uploadId]/route";
import { db } from "@/lib/db/client";
import { eventCovers, uploads } from "@/lib/db/schema";
import { COVER_STORED_SIDE, getCover, removeCover, saveCover } from "@/lib/events/save-cover";
import { signedInAccount } from "../helpers/check-in";
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

/** A small file whose header claims width × height pixels. */
function bombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.alloc((width * 4 + 1) * 4))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function realPng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([30, 120, 200, 255], i);
  return PNG.sync.write(png);
}

const coverCount = async () => (await db().select().from(uploads).where(eq(uploads.purpose, "event_cover"))).length;

describe("the cover image", () => {
  it("refuses an oversized, a too-large-dimension and a non-image file with the limit in the message, storing nothing", async () => {
    const event = await createEvent();
    const owner = await signedInAccount("owner", "Olga Owner");
    const save = (bytes: Buffer) => saveCover(db(), event.id, { name: "cover.png", bytes, size: bytes.length }, owner.id);

    const big = Buffer.concat([realPng(4, 4), Buffer.alloc(2 * 1024 * 1024)]);
    expect(await save(big)).toEqual({ ok: false, error: "The image is 2.0 MB; the limit is 2 MB." });
    expect(await save(bombPng(12_000, 9_000))).toEqual({
      ok: false,
      error: "The image is 12,000 × 9,000 pixels; the limit is 4,000 × 4,000.",
    });
    expect(await save(Buffer.from("<svg onload=alert(1)>"))).toEqual({ ok: false, error: "The file is not a PNG or JPEG image." });
    expect(await save(Buffer.alloc(0))).toEqual({ ok: false, error: "The file is empty." });

    expect(await coverCount()).toBe(0);
    expect(await getCover(db(), event.id)).toBeNull();
  });

  it("stores a large cover scaled down with its size, replaces it, serves only the current one, and removes it", async () => {
    const event = await createEvent();
    const owner = await signedInAccount("owner", "Olga Owner");
    const png = realPng(3200, 1000);
    const saved = await saveCover(db(), event.id, { name: "wide.png", bytes: png, size: png.length }, owner.id);
    if (!saved.ok) throw new Error(saved.error);
    const cover = await getCover(db(), event.id);
    expect(cover).toEqual({ uploadId: saved.uploadId, width: COVER_STORED_SIDE, height: 500 });
    const [stored] = await db().select().from(uploads).where(eq(uploads.id, saved.uploadId));
    expect(imageSize(stored.content)).toMatchObject({ width: COVER_STORED_SIDE, height: 500 });

    const get = (uploadId: string, slug = event.slug) =>
      coverRoute.GET(new Request(`http://localhost:3000/e/${slug}/cover/${uploadId}`), {
        params: Promise.resolve({ slug, uploadId }),
      });
    const served = await get(saved.uploadId);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toContain("immutable");
    expect(Buffer.from(await served.arrayBuffer()).equals(stored.content)).toBe(true);

    // A new cover replaces the old one, whose address then answers 404.
    const upload2 = realPng(800, 400);
    const second = await saveCover(db(), event.id, { name: "b.png", bytes: upload2, size: upload2.length }, owner.id);
    if (!second.ok) throw new Error(second.error);
    expect((await get(saved.uploadId)).status).toBe(404);
    expect((await get(second.uploadId)).status).toBe(200);
    expect((await get(second.uploadId, "another-event")).status).toBe(404);
    expect((await get("not-a-uuid")).status).toBe(404);
    expect(await coverCount()).toBe(1);

    await removeCover(db(), event.id);
    expect(await getCover(db(), event.id)).toBeNull();
    expect(await db().select().from(eventCovers)).toHaveLength(0);
    expect(await coverCount()).toBe(0);
  });
});
