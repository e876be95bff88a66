// The certificate preview image: a real PDF from the certificate renderer, rasterised by pdf.js.
import { describe, expect, it } from "vitest";
import { defaultSettings } from "@/lib/certificates/load-settings";
import { renderCertificatePdf } from "@/lib/certificates/render-certificate";
import { cachedPreviewPng, PREVIEW_WIDTH } from "@/lib/certificates/render-preview-png";

const event = {
  title: "Preview test",
  venue: "Athens",
  startsAt: new Date("2026-05-01T09:00:00Z"),
  endsAt: new Date("2026-05-01T17:00:00Z"),
  timeZone: "Europe/Athens",
};

describe("certificate preview PNG", () => {
  it("renders the first page as a PNG of the landscape A4 proportions and serves the second request from cache", async () => {
    const loaded = { settings: defaultSettings("00000000-0000-0000-0000-000000000000"), logo: null, signature: null };
    let renders = 0;
    const render = async () => {
      renders += 1;
      return renderCertificatePdf(
        event,
        loaded,
        { firstName: "Μαρία", lastName: "Παπαδοπούλου" },
        "0SAMP1E0000000000000000000",
        new Date(),
      );
    };
    const key = `test-${Date.now()}`;
    const first = await cachedPreviewPng(key, render);
    expect(first.hit).toBe(false);
    expect([...first.png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = first.png.readUInt32BE(16);
    const height = first.png.readUInt32BE(20);
    expect(width).toBe(PREVIEW_WIDTH);
    expect(height).toBe(Math.round((PREVIEW_WIDTH * 595.28) / 841.89));
    const second = await cachedPreviewPng(key, render);
    expect(second.hit).toBe(true);
    expect(second.png.equals(first.png)).toBe(true);
    expect(renders).toBe(1);
  }, 60_000);
});
