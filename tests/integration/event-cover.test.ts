// The event's cover image: over 2 MB, over 4,000 px a side or not an image refused with a message and
// nothing stored; stored scaled down like the certificate logos, replaced and removed, and served
// publicly only under the current upload's address. (The upload route's statuses and its session
// check are in tests/e2e/ui-rough-edges.spec.ts: the route reads the session from Next's request.)
import { eq } from "drizzle-orm";
import { imageSize } from "image-size";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as coverRoute from "@/app/(public)/e/[slug]/cover/[uploadId]/route";
import { db } from "@/lib/db/client";
import { eventCovers, uploads } from "@/lib/db/schema";
import { COVER_STORED_SIDE, getCover, removeCover, saveCover } from "@/lib/events/save-cover";
import { signedInAccount } from "../helpers/check-in";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { bombPng, realPng } from "../helpers/png";

beforeEach(resetDb);
afterAll(closeConnections);

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

  it("words its refusals in the organizer's language", async () => {
    const event = await createEvent();
    const owner = await signedInAccount("owner", "Olga Owner");
    const save = (bytes: Buffer) => saveCover(db(), event.id, { name: "cover.png", bytes, size: bytes.length }, owner.id, "el");

    const big = Buffer.concat([realPng(4, 4), Buffer.alloc(2 * 1024 * 1024)]);
    expect(await save(big)).toEqual({ ok: false, error: "Η εικόνα είναι 2,0 MB· το όριο είναι 2 MB." });
    expect(await save(bombPng(12_000, 9_000))).toEqual({
      ok: false,
      error: "Η εικόνα είναι 12.000 × 9.000 εικονοστοιχεία· το όριο είναι 4.000 × 4.000.",
    });
    expect(await save(Buffer.from("<svg onload=alert(1)>"))).toEqual({ ok: false, error: "Το αρχείο δεν είναι εικόνα PNG ή JPEG." });
    expect(await coverCount()).toBe(0);
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
