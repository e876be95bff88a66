// Image bombs: an uploaded logo or signature is refused when its header says it is larger than
// 4,000 × 4,000 pixels (before anything decodes it), and an accepted large one is stored scaled down.
import { eq } from "drizzle-orm";
import { imageSize } from "image-size";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { saveImage } from "@/lib/certificates/save-settings";
import { db } from "@/lib/db/client";
import { certificateSettings, uploads } from "@/lib/db/schema";
import { createAccount } from "../helpers/check-in";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { bombPng, realPng } from "../helpers/png";

beforeEach(resetDb);
afterAll(closeConnections);

describe("certificate images", () => {
  it("refuses a 12,000 × 12,000 PNG from its header, saying the limit, and stores nothing", async () => {
    const event = await createEvent();
    const owner = await createAccount("owner", "Olga Owner");
    const bytes = bombPng(12_000, 12_000, 16);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const error = await saveImage(db(), event.id, "logo", { name: "bomb.png", bytes, size: bytes.length }, owner.id);
    expect(error).toBe("The image is 12,000 × 12,000 pixels; the limit is 4,000 × 4,000.");
    // A Greek dashboard user reads the same refusal in Greek.
    expect(await saveImage(db(), event.id, "logo", { name: "bomb.png", bytes, size: bytes.length }, owner.id, "el")).toBe(
      "Η εικόνα είναι 12.000 × 12.000 εικονοστοιχεία· το όριο είναι 4.000 × 4.000.",
    );
    expect(await db().select().from(uploads).where(eq(uploads.eventId, event.id))).toHaveLength(0);
  });

  it("stores an accepted large image scaled down once, and a small one as it is", async () => {
    const event = await createEvent();
    const owner = await createAccount("owner", "Olga Owner");
    const large = realPng(3000, 1500, true);
    expect(await saveImage(db(), event.id, "logo", { name: "logo.png", bytes: large, size: large.length }, owner.id)).toBeNull();
    const [settings] = await db().select().from(certificateSettings).where(eq(certificateSettings.eventId, event.id));
    const [stored] = await db().select().from(uploads).where(eq(uploads.id, settings.logoUploadId!));
    expect(imageSize(stored.content)).toMatchObject({ width: 1200, height: 600, type: "png" });
    expect(stored.size).toBe(stored.content.length);

    const small = realPng(300, 100, true);
    expect(await saveImage(db(), event.id, "signature", { name: "sig.png", bytes: small, size: small.length }, owner.id)).toBeNull();
    const [after] = await db().select().from(certificateSettings).where(eq(certificateSettings.eventId, event.id));
    const [sig] = await db().select().from(uploads).where(eq(uploads.id, after.signatureUploadId!));
    expect(Buffer.compare(sig.content, small)).toBe(0);
  });
});
